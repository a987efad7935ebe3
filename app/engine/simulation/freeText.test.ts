/**
 * Free text in format 2: a matched reply is scored as the option it means, option examples reach
 * the matcher, an ambiguous reply gets a clarifying question, an unmatched one costs patience.
 */
import { describe, expect, it } from "vitest";
import { scorer as realScorer } from "../scoring";
import type { MatchResult, ReplyOption, Scorer } from "../scoring/types";
import { parsed } from "../script/__fixtures__/inline";
import { fixtureSource } from "../script/__fixtures__/load";
import { startAttempt, stepAttempt } from "./attempt";
import { openOptions } from "./call";
import { pickOption } from "./paths";
import { testScorer } from "./testScorer";
import type { AttemptSnapshotV2 } from "./types";

const def = parsed(fixtureSource("fixture-gatekeeper-v2-en.mdx"));
const player = { name: "Alex", form: "m" as const };

/** The test scorer, with a matcher that can be told what to answer and records what it was given. */
function scripted(answer: (options: ReplyOption[]) => Partial<MatchResult>): Scorer & { seen: ReplyOption[][] } {
  const seen: ReplyOption[][] = [];
  return {
    ...testScorer,
    seen,
    matchReply: (text, options, lang) => {
      seen.push(options);
      return { ...testScorer.matchReply(text, options, lang), ...answer(options) };
    },
  };
}

function freeStart(scorer: Scorer, seed = 3): AttemptSnapshotV2 {
  return startAttempt(def, { seed, mode: "practice", answerMode: "free", scorer, player }).snapshot;
}

describe("free text", () => {
  it("passes the open options' filled text and examples to the matcher", () => {
    const scorer = scripted(() => ({}));
    const atReaction = [1, 2, 3, 4, 5, 6, 7, 8]
      .map((seed) => stepAttempt(def, freeStart(scorer, seed), { kind: "option", optionId: "office-name" }, { scorer }).snapshot)
      .find((snapshot) => snapshot.machine.context.reaction === "office-who");
    if (!atReaction) throw new Error("no seed draws the receptionist's question");
    stepAttempt(def, atReaction, { kind: "text", text: "about deliveries" }, { scorer });
    const options = scorer.seen.at(-1) ?? [];
    expect(options.map((option) => option.id).sort()).toEqual(["why-hold", "why-honest", "why-vague"]);
    expect(options.find((option) => option.id === "why-honest")?.examples).toEqual([
      "it's about deliveries to your shops on time, could I have his number",
    ]);
    const first = scripted(() => ({}));
    stepAttempt(def, freeStart(first), { kind: "text", text: "hello" }, { scorer: first });
    expect(first.seen[0]?.find((option) => option.id === "office-name")?.text).toBe(
      "Hi Jo, Alex from VanShare. Could I speak to Paul Hart, please?",
    );
  });

  it("scores a matched reply with the option's quality, as a click", () => {
    const qualities: (string | undefined)[] = [];
    const scorer: Scorer = {
      ...testScorer,
      scoreTurn: (input) => {
        qualities.push(input.optionQuality);
        return testScorer.scoreTurn(input);
      },
    };
    const snapshot = freeStart(scorer);
    const typed = stepAttempt(
      def,
      snapshot,
      { kind: "text", text: "Hi Jo, Alex from VanShare. Could I speak to Paul Hart, please?" },
      { scorer },
    );
    expect(typed.turn.matchedOptionId).toBe("office-name");
    expect(qualities).toEqual(["best"]);
    expect(typed.turn.quality).toBe("best");
  });

  it("asks what was meant when two options are too close: no patience lost, not scored, the step stays", () => {
    const scorer = scripted((options) => ({
      optionId: null,
      ambiguous: true,
      ranked: options.map((option) => ({ id: option.id, similarity: 0.5 })),
    }));
    const snapshot = freeStart(scorer);
    const { turn, view, snapshot: after } = stepAttempt(def, snapshot, { kind: "text", text: "could you help me" }, { scorer });
    expect(turn).toMatchObject({ clarification: true, unmatched: false, matchedOptionId: null, score: { items: [], perSkill: {} } });
    expect(turn.moodAfter).toEqual(turn.moodBefore);
    expect(view.clarify).toBe(true);
    expect(view.stepId).toBe("office");
    expect(view.leadLines?.[0]).toEqual({ speaker: "office", text: "Sorry, which do you mean exactly?" });
    expect(after.turns.at(-1)).toMatchObject({ clarify: true });
    expect(after.machine.context.turn).toBe(0);
    expect(view.options.map((option) => option.id).sort()).toEqual(["office-hang", "office-name", "office-pitch"]);
  });

  it("asks once per turn: a second ambiguous answer goes with the best-ranked option, scored as it", () => {
    const qualities: (string | undefined)[] = [];
    const base = scripted((options) => ({
      optionId: null,
      ambiguous: true,
      why: "margin",
      ranked: [
        { id: "office-name", similarity: 0.52 },
        ...options.filter((o) => o.id !== "office-name").map((o) => ({ id: o.id, similarity: 0.5 })),
      ],
    }));
    const scorer: Scorer = {
      ...base,
      scoreTurn: (input) => {
        qualities.push(input.optionQuality);
        return testScorer.scoreTurn(input);
      },
    };
    const first = stepAttempt(def, freeStart(scorer), { kind: "text", text: "could you help me" }, { scorer });
    expect(first.turn.clarification).toBe(true);
    const second = stepAttempt(def, first.snapshot, { kind: "text", text: "could you help me, I said" }, { scorer });
    expect(second.turn).toMatchObject({ clarification: false, unmatched: false, matchedOptionId: "office-name", quality: "best" });
    expect(second.snapshot.turns.at(-1)?.clarify).toBeUndefined();
    expect(qualities).toEqual(["best"]);
    expect(second.view.clarify).toBeUndefined();
    expect(second.view.stepId).not.toBe("office");
  });

  it("a clarification on an earlier turn does not stop the lead asking on a later one", () => {
    let ambiguous = false;
    const scorer = scripted((options) =>
      ambiguous ? { optionId: null, ambiguous: true, ranked: options.map((o) => ({ id: o.id, similarity: 0.5 })) } : {},
    );
    ambiguous = true;
    const asked = stepAttempt(def, freeStart(scorer), { kind: "text", text: "could you help me" }, { scorer });
    ambiguous = false;
    const moved = stepAttempt(
      def,
      asked.snapshot,
      { kind: "text", text: "Hi Jo, Alex from VanShare. Could I speak to Paul Hart, please?" },
      { scorer },
    );
    expect(moved.turn.matchedOptionId).toBe("office-name");
    ambiguous = true;
    const again = stepAttempt(def, moved.snapshot, { kind: "text", text: "about the thing" }, { scorer });
    expect(again.turn.clarification).toBe(true);
  });

  it("answers an unmatched reply with a confused line and one patience point", () => {
    const snapshot = freeStart(testScorer);
    const { turn, view } = stepAttempt(def, snapshot, { kind: "text", text: "zzq xxv plk" }, { scorer: testScorer });
    expect(turn).toMatchObject({ unmatched: true, clarification: false });
    expect(turn.moodAfter.patience).toBe(turn.moodBefore.patience - 1);
    expect(view.stepId).toBe("office");
  });

  it("stores the time a turn took when the app gives it", () => {
    const { snapshot, turn } = stepAttempt(
      def,
      freeStart(testScorer),
      { kind: "option", optionId: "office-name" },
      { scorer: testScorer, elapsedMs: 12_345.6 },
    );
    expect(turn.elapsedMs).toBe(12_346);
    expect(snapshot.turns[0]?.elapsedMs).toBe(12_346);
  });
});

describe("typed option text scores as the click (real scorer)", () => {
  it("within 2 points on every turn of the best path, in both languages", () => {
    for (const file of ["fixture-gatekeeper-v2-en.mdx", "fixture-printers-cold-ru.mdx"]) {
      const script = parsed(fixtureSource(file));
      for (const seed of [1, 2, 3]) {
        let clicked = startAttempt(script, { seed, mode: "exam", answerMode: "choice", scorer: realScorer, player }).snapshot;
        let typed = startAttempt(script, { seed, mode: "exam", answerMode: "free", scorer: realScorer, player }).snapshot;
        while (clicked.machine.status !== "done") {
          const best = pickOption(openOptions(script, clicked.machine), "best");
          if (!best) throw new Error("stuck");
          const click = stepAttempt(script, clicked, { kind: "option", optionId: best.id }, { scorer: realScorer });
          const type = stepAttempt(script, typed, { kind: "text", text: click.turn.text }, { scorer: realScorer });
          expect(type.turn.matchedOptionId, `${file} ${best.id}`).toBe(best.id);
          const points = (turn: typeof click.turn) =>
            Object.values(turn.score.perSkill).reduce((sum, tally) => sum + (tally?.earned ?? 0), 0);
          expect(Math.abs(points(type.turn) - points(click.turn)), `${file} ${best.id}`).toBeLessThanOrEqual(2);
          clicked = click.snapshot;
          typed = type.snapshot;
        }
      }
    }
  }, 60_000);
});
