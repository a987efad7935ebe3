import { describe, expect, it } from "vitest";
import type { TurnInput } from "./index";
import { aggregate, detectObjection, matchReply, normalizeForGrouping, scoreQualification, scorer, scoreTurn, turnPercent } from "./index";

const base: TurnInput = {
  lang: "ru",
  leadType: "cold",
  text: "",
  leadLine: "Дорого",
  objectionType: "price",
  history: [],
  turnIndex: 1,
};

const NASTY: [string, string][] = [
  ["empty", ""],
  ["blank", "   \n\t  "],
  ["huge", "Понимаю, с чем сравниваете? ".repeat(4_000)],
  ["emoji", "😀😀🙏🔥"],
  ["mixed", "Понимаю, but what exactly are you comparing it with? Давайте созвонимся tomorrow at 11"],
  ["lone surrogate", "Понимаю \ud800 с чем сравниваете?"],
  ["control chars", "Понимаю\u0000\u0007 с чем\u001b сравниваете?"],
  ["only punctuation", "?!?!... ,,,"],
  ["numbers", "100500 42"],
];

describe("robustness", () => {
  it("scores the same reply the same way every time", () => {
    const input = { ...base, text: "Понимаю вас. А с чем сравниваете? Давайте завтра в 11 созвонимся?" };
    const first = JSON.stringify(scoreTurn(input));
    for (let i = 0; i < 5; i++) expect(JSON.stringify(scoreTurn(input))).toBe(first);
    const opts = [
      { id: "a", text: "Понимаю, с чем сравниваете?" },
      { id: "b", text: "Скидка 10%" },
    ];
    expect(JSON.stringify(matchReply("понимаю вас, а сравниваете с чем", opts, "ru"))).toBe(
      JSON.stringify(matchReply("понимаю вас, а сравниваете с чем", opts, "ru")),
    );
  });

  it.each(NASTY)("never throws on %s input and scores it low with a reason", (name, text) => {
    for (const lang of ["ru", "en"] as const) {
      const s = scoreTurn({ ...base, lang, text });
      const pct = turnPercent(s, "cold");
      for (const i of s.items) for (const e of i.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
      if (["empty", "blank", "huge", "emoji", "only punctuation"].includes(name)) {
        expect(pct, name).toBeLessThan(20);
        expect(s.flags.length, name).toBeGreaterThan(0);
        expect(
          s.items.some((i) => i.rule.startsWith("input.")),
          name,
        ).toBe(true);
      }
      expect(() => matchReply(text, [{ id: "a", text: "Понимаю" }], lang)).not.toThrow();
      expect(() => normalizeForGrouping(text, lang)).not.toThrow();
      expect(() => detectObjection(text, lang)).not.toThrow();
    }
  });

  it("flags each kind of bad input", () => {
    const flags = (text: string) => scoreTurn({ ...base, text }).flags;
    expect(flags("")).toContain("empty");
    expect(flags("x".repeat(100_000))).toContain("too_long");
    expect(flags("🙂🙂")).toContain("no_letters");
    expect(flags("Понимаю \ud800 вас")).toContain("malformed");
    expect(flags("Понимаю, but what are you comparing it with really?")).toContain("mixed_language");
  });

  it("a 100 KB reply is scored quickly", () => {
    const started = performance.now();
    scoreTurn({ ...base, text: "Понимаю вас. ".repeat(8_000) });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("survives input that breaks the types", () => {
    const weird: unknown[] = [null, undefined, 42, { text: 1 }];
    for (const w of weird) {
      // deliberately wrong shapes, as they could arrive from stored JSON
      const input = Object.assign({}, base, { text: w, history: w, markers: w });
      expect(() => scoreTurn(input)).not.toThrow();
      expect(() => aggregate(Object.assign([], w === null ? [] : []), { leadType: "cold" })).not.toThrow();
      expect(() => scoreQualification({}, {}, "ru")).not.toThrow();
    }
    expect(scorer.scoreTurn).toBe(scoreTurn);
  });
});
