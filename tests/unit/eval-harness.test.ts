/**
 * The evaluation harness's own logic: options on the command line, the lookup of owners and
 * options in both script formats (steps and objections today, reactions inside steps in version
 * 2), the call history it scores in, and how the figures are computed from per-item results.
 */
import { describe, expect, it } from "vitest";
import type { ScriptDefinition } from "../../app/engine/script/types";
import { parseArgs, UsageError } from "../eval/cli";
import { parseCondition } from "../../app/engine/script/condition";
import { compatible, entryOf, findOption, historyBefore, openOptions, setEveryOption, stepFor } from "../eval/library";
import { summarise, type Results } from "../eval/metrics";
import { assign } from "../eval/split";
import type { LabelledReply, OffScript, Paraphrase } from "../eval/types";

describe("npm run eval options", () => {
  it("default to all parts without details and read --split both ways", () => {
    expect(parseArgs([])).toEqual({ split: "all", details: false, batches: [], everyOption: false });
    expect(parseArgs(["--split", "dev", "--details"])).toEqual({ split: "dev", details: true, batches: [], everyOption: false });
    expect(parseArgs(["--split=test"])).toEqual({ split: "test", details: false, batches: [], everyOption: false });
  });

  it("read --batch as one batch or a list, both ways, and refuse anything else", () => {
    expect(parseArgs(["--split", "test", "--batch", "4"])).toEqual({ split: "test", details: false, batches: [4], everyOption: false });
    expect(parseArgs(["--split", "dev", "--every-option"]).everyOption).toBe(true);
    expect(parseArgs(["--batch=1,2"]).batches).toEqual([1, 2]);
    expect(() => parseArgs(["--batch"])).toThrow(/batch numbers/);
    expect(() => parseArgs(["--batch", "0"])).toThrow(/batch numbers/);
    expect(() => parseArgs(["--batch=two"])).toThrow(/batch numbers/);
  });

  it("refuse --details on anything but dev, and unknown or bad arguments", () => {
    expect(() => parseArgs(["--split", "test", "--details"])).toThrow(UsageError);
    expect(() => parseArgs(["--details"])).toThrow(/dev split only/);
    expect(() => parseArgs(["--split", "holdout"])).toThrow(/dev, test or all/);
    expect(() => parseArgs(["--split"])).toThrow(UsageError);
    expect(() => parseArgs(["--verbose"])).toThrow(/unknown argument/);
  });
});

const opt = (id: string, quality: string, to?: string) => ({
  id,
  text: `text of ${id}`,
  quality,
  reveals: [],
  mood: {},
  pos: { line: 1, column: 1 },
  ...(to && { to }),
});

/** A version-2 shaped definition: step "ask" has reactions, one with its own options. */
function v2(): ScriptDefinition {
  return {
    meta: {
      id: "s",
      lang: "en",
      leadType: "cold",
      persona: {
        name: "Pat",
        temperament: "neutral",
        mood: {},
        facts: {},
        variants: [
          { id: "first", vars: { boss: "the owner" } },
          { id: "second", vars: { boss: "the CFO" } },
        ],
      },
      speakers: {},
    },
    steps: [
      {
        id: "hello",
        skill: "contact",
        objection: false,
        lines: ["Hello?"],
        options: [opt("hi-good", "good", "ask"), opt("hi-best", "best", "ask"), opt("hi-bad", "bad", "end")],
        hints: [],
        notes: [],
      },
      {
        id: "ask",
        skill: "discovery",
        objection: true,
        lines: ["What is it?"],
        options: [
          {
            ...opt("ask-open", "best", "end"),
            text: "Hi, [[manager]] here. Can [[var.boss]] join?",
            examples: ["Will [[var.boss]] be there?"],
          },
        ],
        hints: [],
        notes: [],
        reactions: [
          {
            id: "busy",
            lines: ["I'm busy."],
            options: [opt("busy-slots", "good"), { ...opt("busy-push", "bad"), examples: ["just listen"] }],
          },
          { id: "fine", lines: ["Go on."] },
        ],
      },
    ],
    objections: [{ id: "price", type: "price", at: ["ask"], lines: ["Too dear."], options: [opt("price-laer", "best")], notes: [] }],
    reveals: [],
    ends: [],
    coaching: [],
    metaLines: {},
  } as unknown as ScriptDefinition;
}

describe("the library lookup", () => {
  const entry = entryOf(v2());

  it("finds owners among steps, reactions and objections", () => {
    expect([...entry.owners.keys()].sort()).toEqual(["ask", "busy", "fine", "hello", "price"]);
    expect(entry.owners.get("busy")?.kind).toBe("reaction");
    expect(entry.owners.get("price")?.objectionType).toBe("price");
  });

  it("offers the group that holds the wanted option, or the step's own", () => {
    expect(openOptions(entry, "ask", "busy-push").map((o) => o.id)).toEqual(["busy-slots", "busy-push"]);
    expect(openOptions(entry, "ask").map((o) => o.id)).toEqual(["ask-open"]);
    expect(openOptions(entry, "fine").map((o) => o.id)).toEqual(["ask-open"]);
    expect(openOptions(entry, "nowhere")).toEqual([]);
  });

  it("offers beside a wanted option only the siblings whose `when` can hold with its own", () => {
    const when = (text: string) => ({ text, ast: parseCondition(text).condition?.ast });
    const def = v2() as unknown as { steps: { id: string; options: unknown[] }[] };
    const ask = def.steps.find((s) => s.id === "ask");
    if (!ask) throw new Error("fixture has no ask step");
    ask.options = [
      { ...opt("close-known", "best"), when: when("fact.decisionMaker") },
      { ...opt("close-ask", "best"), when: when("not fact.decisionMaker") },
      { ...opt("close-later", "ok"), when: when("fact.need") },
      opt("close-vague", "bad"),
    ];
    const e = entryOf(def as unknown as ScriptDefinition);
    expect(openOptions(e, "ask", "close-ask").map((o) => o.id)).toEqual(["close-ask", "close-later", "close-vague"]);
    expect(openOptions(e, "ask", "close-vague").map((o) => o.id)).toEqual(["close-known", "close-ask", "close-later", "close-vague"]);
    setEveryOption(true);
    try {
      expect(openOptions(e, "ask", "close-ask")).toHaveLength(4);
    } finally {
      setEveryOption(false);
    }
  });

  it("reads two conditions as compatible when some yes/no values make both true", () => {
    const ast = (text: string) => parseCondition(text).condition?.ast;
    expect(compatible(ast("fact.need"), ast("not fact.need"))).toBe(false);
    expect(compatible(ast("not (offer_fits and permission_asked)"), ast("offer_fits and permission_asked"))).toBe(false);
    expect(compatible(ast("time_known and offer_fits"), ast("not time_known or variant.back"))).toBe(true);
    expect(compatible(ast("fact.need"), undefined)).toBe(true);
    // a comparison with a number is not a yes/no: never ruled out
    expect(compatible(ast("pushes >= 2"), ast("not pushes"))).toBe(true);
  });

  it("finds an option that moved into a reaction, with its example phrasings", () => {
    expect(findOption(entry, "ask", "busy-push")).toMatchObject({ quality: "bad", examples: ["just listen"] });
    expect(findOption(entry, "hello", "busy-slots")?.quality).toBe("good");
    expect(findOption(entry, "ask", "missing")).toBeUndefined();
  });

  it("scores an objection in the step it interrupted, and a step in itself", () => {
    expect(stepFor(entry, "price")?.id).toBe("ask");
    expect(stepFor(entry, "ask")?.skill).toBe("discovery");
  });

  it("reads options as the engine says them: placeholders filled, first variant, no player name", () => {
    expect(findOption(entry, "ask", "ask-open")).toMatchObject({
      text: "Hi, here. Can the owner join?",
      examples: ["Will the owner be there?"],
    });
  });

  it("builds the call up to a step along the best options", () => {
    expect(historyBefore(entry, "hello")).toEqual([]);
    expect(historyBefore(entry, "ask")).toEqual([
      { role: "lead", text: "Hello?" },
      { role: "manager", text: "text of hi-best" },
    ]);
  });
});

let seq = 0;
const next = (): string => String((seq += 1));
const base = { script: "s", owner: "o", leadType: "cold" as const, leadLine: "x", objectionType: null, turnIndex: 1 };
const lab = (lang: "ru" | "en", label: "good" | "partial" | "bad", got: "good" | "partial" | "bad") => ({
  item: { ...base, id: `l${next()}`, lang, reply: "r", label, reason: "why" } as LabelledReply,
  percent: 0,
  got,
  matched: null,
  ambiguous: false,
});
const par = (lang: "ru" | "en", quality: "best" | "bad", matched: string | null, free: number, click: number, short: boolean) => ({
  item: { ...base, id: `p${next()}`, lang, option: "want", quality, text: "t" } as Paraphrase,
  quality,
  matched,
  ambiguous: false,
  similarity: 0,
  free,
  click,
  short,
});
const off = (lang: "ru" | "en", matched: string | null) => ({
  item: { ...base, id: `o${next()}`, lang, text: "t", category: "gibberish" } as OffScript,
  matched,
  similarity: 0,
});

describe("the figures", () => {
  const results: Results = {
    labelled: [lab("ru", "good", "good"), lab("ru", "bad", "partial"), lab("en", "partial", "partial"), lab("en", "good", "good")],
    paraphrases: [
      par("ru", "best", "want", 80, 90, true),
      par("ru", "best", null, 40, 90, false),
      par("en", "bad", "other", 30, 20, true),
      par("en", "bad", "want", 20, 20, false),
    ],
    offscript: [off("ru", null), off("ru", "x"), off("en", null), off("en", null)],
    unresolved: [],
  };

  it("are computed per language and overall", () => {
    const all = summarise(results);
    expect(all.labelAgreement).toBe(75);
    expect(all.byLabel).toEqual({ good: 100, partial: 100, bad: 0 });
    expect(all.paraphraseTop1).toBe(50);
    expect(all.paraphraseTop1Short).toBe(50);
    expect(all.missedRate).toBe(25);
    expect(all.wrongOptionRate).toBe(25);
    expect(all.offScriptFalseMatch).toBe(25);
    expect(all.gapBestGood).toBe(-30);
    expect(all.gapBad).toBe(5);
    const ru = summarise(results, "ru");
    expect(ru.n).toEqual({ labelled: 2, paraphrases: 2, short: 1, offscript: 2 });
    expect(ru.labelAgreement).toBe(50);
    expect(ru.gapBad).toBeNull();
    expect(summarise(results, "en").offScriptFalseMatch).toBe(0);
  });
});

describe("the split of later batches and reworded items", () => {
  const item = (n: number, extra: Partial<LabelledReply> = {}): LabelledReply => ({
    id: `lab-ru-${String(n).padStart(8, "0")}`,
    script: "s-ru",
    owner: "o",
    lang: "ru",
    leadType: "cold",
    leadLine: "Алло?",
    objectionType: null,
    turnIndex: 0,
    reply: `ответ ${n}`,
    label: "good",
    reason: "r",
    ...extra,
  });
  const first = Array.from({ length: 21 }, (_, i) => item(i));
  const none = new Set<string>();

  it("halves a later batch on its own and moves no item of the first", () => {
    const before = assign("labelled", first, none);
    const later = Array.from({ length: 9 }, (_, i) => item(100 + i, { batch: 2 }));
    const after = assign("labelled", [...first, ...later], none);
    for (const x of first) expect(after.get(x.id), x.id).toBe(before.get(x.id));
    expect(later.filter((x) => after.get(x.id) === "dev").length).toBe(5);
  });

  it("keeps a reworded item, and every other item, where the published id put them", () => {
    const before = assign("labelled", first, none);
    for (const old of first.slice(0, 6)) {
      const reworded = { ...item(900), id: "lab-ru-reworded", was: old.id };
      const after = assign(
        "labelled",
        first.map((x) => (x.id === old.id ? reworded : x)),
        none,
      );
      expect(after.get("lab-ru-reworded")).toBe(before.get(old.id));
      for (const x of first) if (x.id !== old.id) expect(after.get(x.id), x.id).toBe(before.get(x.id));
      // what the tuner saw under the old id stays in dev under the new one
      expect(
        assign(
          "labelled",
          first.map((x) => (x.id === old.id ? reworded : x)),
          new Set([old.id]),
        ).get("lab-ru-reworded"),
      ).toBe("dev");
    }
  });
});
