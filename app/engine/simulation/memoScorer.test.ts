/**
 * The checker's remembering scorer keys a turn on the last `historyWindow` lines only: that is
 * honest only if the real scorer really reads no further back. Both are checked here.
 */
import { describe, expect, it } from "vitest";
import { scorer } from "../scoring";
import type { TurnInput } from "../scoring/types";
import { memoScorer } from "./memoScorer";

const window = scorer.historyWindow ?? 0;

function input(early: string): TurnInput {
  const history = Array.from({ length: window + 8 }, (_, index) => ({
    role: index % 2 === 0 ? ("lead" as const) : ("manager" as const),
    text: index < 8 ? `${early} ${index}, what went wrong with the deliveries?` : `Line ${index}: we ship pallets every week.`,
  }));
  return {
    lang: "en",
    leadType: "cold",
    text: "I see. What happened when the delivery was late, and what did it cost you?",
    leadLine: "It was late again last week.",
    history,
    turnIndex: 5,
    objectionType: null,
    stepSkill: "discovery",
    optionQuality: "best",
  };
}

describe("memoScorer", () => {
  it("relies on a window the real scorer declares", () => expect(window).toBeGreaterThan(0));

  it("scores the same whatever was said before the window", () => {
    expect(scorer.scoreTurn(input("Why did you leave us"))).toEqual(scorer.scoreTurn(input("Tell me about the budget")));
  });

  it("gives the real scorer's own results", () => {
    const memo = memoScorer(scorer);
    const first = input("Why did you leave us");
    expect(memo.scoreTurn(first)).toEqual(scorer.scoreTurn(first));
    expect(memo.scoreTurn(input("Tell me about the budget"))).toEqual(scorer.scoreTurn(first));
    expect(memo.historyWindow).toBe(window);
  });
});
