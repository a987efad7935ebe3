import { describe, expect, it } from "vitest";
import type { ScoreItem } from "~/engine";
import { evidenceSpans, itemText, mergedItems } from "./evidence";

const text = "I understand. What are you comparing it with? Actually you are wrong.";
const at = (phrase: string) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase };
};
const item = (rule: string, points: number, phrases: string[], message = rule): ScoreItem => ({
  skill: "objection_acknowledge",
  rule,
  points,
  max: Math.max(0, points),
  evidence: phrases.map(at),
  message,
});

describe("evidence highlighting", () => {
  it("marks rewarded words good and penalised words bad, in order", () => {
    const spans = evidenceSpans(text, [item("ack", 8, ["I understand"]), item("anti.wrong", -5, ["you are wrong"])]);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.tone])).toEqual([
      ["I understand", "good"],
      ["you are wrong", "bad"],
    ]);
  });

  it("lets the narrowest rule decide where a whole-reply rule overlaps", () => {
    const whole = item("hygiene.short", 3, [text]);
    const spans = evidenceSpans(text, [whole, item("anti.wrong", -5, ["you are wrong"])]);
    const bad = spans.filter((s) => s.tone === "bad").map((s) => text.slice(s.start, s.end));
    expect(bad).toEqual(["you are wrong"]);
    expect(spans.some((s) => s.tone === "good" && text.slice(s.start, s.end).includes("I understand"))).toBe(true);
  });

  it("does not paint words for the author's quality mark", () => {
    expect(evidenceSpans(text, [item("option.quality", 5, [text])])).toEqual([]);
  });

  it("ignores evidence outside the text instead of throwing", () => {
    const broken: ScoreItem = { ...item("x", 2, []), evidence: [{ start: 5, end: 500, text: "?" }] };
    expect(evidenceSpans(text, [broken])).toEqual([]);
  });

  it("merges one rule paying into several skills into one line", () => {
    expect(mergedItems([item("q", 5, [], "Quality"), item("q", 1.25, [], "Quality"), item("z", 0, [], "Zero")])).toEqual([
      { message: "Quality", points: 6.3, evidence: [] },
    ]);
  });

  it("says each item by its message key in the interface language, old items by their stored message", () => {
    const t = (key: string, vars?: Record<string, string | number>) =>
      key === "score.item.option.quality.best" ? `Counted as the best reply: "${vars?.quote}"` : key;
    const keyed: ScoreItem = {
      ...item("option.quality", 3, ["I understand"], "Засчитано как лучший вариант"),
      key: "option.quality.best",
      params: { quote: "I understand…" },
    };
    const old = item("objection.acknowledge", 8, ["I understand"], "Присоединение к возражению");
    const unknown: ScoreItem = { ...item("x", 1, [], "Stored text"), key: "no.such.key" };
    expect(itemText(keyed, t)).toBe('Counted as the best reply: "I understand…"');
    expect(itemText(old, t)).toBe("Присоединение к возражению");
    expect(itemText(unknown, t)).toBe("Stored text");
    // the adjustment is one line, and its quote is in its text, not repeated as evidence
    expect(mergedItems([keyed, { ...keyed, skill: "hygiene", points: 1 }], t)).toEqual([
      { message: 'Counted as the best reply: "I understand…"', points: 4, evidence: [] },
    ]);
  });
});
