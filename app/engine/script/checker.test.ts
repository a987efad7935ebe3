/**
 * Every checker rule, each triggered by a small change to the format-2 fixture (which passes them
 * all without a warning), over the checker's 100 seeds.
 */
import { describe, expect, it } from "vitest";
import { compileScriptSource } from "../index";
import { scorer as realScorer } from "../scoring";
import { fixtureSource, lineOf } from "./__fixtures__/load";
import { longerQuality } from "./checkRules";
import { parsed } from "./__fixtures__/inline";

const base = fixtureSource("fixture-gatekeeper-v2-en.mdx");

function changed(...pairs: [string, string][]): string {
  return pairs.reduce((source, [from, to]) => {
    if (!source.includes(from)) throw new Error(`fixture lacks ${from}`);
    return source.replace(from, to);
  }, base);
}

const PRESENT_LEAD = "  <Lead>Right. And what would you do about it?</Lead>";

/** [rule, changed source, code, severity, text on the line it must point at] */
const RULES: [string, string, string, "error" | "warning", string][] = [
  // Ending in a callback (goal 50), the best path scores at most 0.65 × 100 + 0.2 × 50 + 0.15 × 100 = 90.
  [
    "pass mark out of reach of the best path",
    changed(["passMark: 70", "passMark: 95"], [`<Option id="close-meet" to="won"`, `<Option id="close-meet" to="callback"`]),
    "check.best-unreachable",
    "error",
    "passMark: 95",
  ],
  // With the costs variant (a third of the seeds) the tied-to-the-pain argument is not open.
  [
    "best path failing on some seeds",
    changed(
      ["minTurns: 5", "minTurns: 3"],
      [`when="fact.need" sets="price_named"`, `when="fact.need and variant.breakdowns" sets="price_named"`],
    ),
    "check.best-unstable",
    "warning",
    "passMark: 70",
  ],
  ["best path shorter than the blueprint", changed(["minTurns: 5", "minTurns: 12"]), "check.best-too-short", "error", "minTurns: 12"],
  [
    "best options in a loop",
    changed([`<Option id="close-meet" to="won"`, `<Option id="close-meet" to="present"`]),
    "check.best-loops",
    "error",
    `<Step id="office"`,
  ],
  [
    "a call that gets stuck",
    changed(
      [`quality="best" when="fact.need" sets="price_named"`, `quality="best" when="turn > 99" sets="price_named"`],
      [`<Option id="present-list" to="lost" quality="ok"`, `<Option id="present-list" to="lost" quality="ok" when="turn > 99"`],
      [`<Option id="present-pressure" to="lost" quality="bad"`, `<Option id="present-pressure" to="lost" quality="bad" when="turn > 99"`],
    ),
    "check.stuck",
    "error",
    `<Step id="office"`,
  ],
  [
    "a blind policy that passes",
    changed(["passMark: 70", "passMark: 15"], ["minCard: 40", "minCard: 0"]),
    "check.blind-pass",
    "error",
    "passMark: 15",
  ],
  [
    "typed best words that do not pass",
    changed([
      `  <Option id="office-name"`,
      `  <Option id="office-copy" to="lost" quality="bad">Hi Jo, [[manager]] from VanShare. Could I speak to Paul Hart, please?</Option>\n  <Option id="office-name"`,
    ]),
    "check.typed-fails",
    "error",
    `<Step id="office"`,
  ],
  [
    "a blueprint objection nothing raises",
    changed(
      ["objections: [price]", "objections: [price, never]"],
      [
        `<Objection id="busy"`,
        `<Objection id="never" type="other" when="turn > 99" at="present"><Lead>Never.</Lead><Option quality="best">Fine.</Option><Model>Fine.</Model></Objection>\n\n<Objection id="busy"`,
      ],
    ),
    "check.blueprint-never",
    "error",
    "objections: [price, never]",
  ],
  [
    "a reaction that never happens",
    changed([
      `  <Reaction id="office-connect"`,
      `  <Reaction id="office-never" when="turn > 99"><Lead>Never said.</Lead></Reaction>\n  <Reaction id="office-connect"`,
    ]),
    "check.never-raised",
    "warning",
    `<Reaction id="office-never"`,
  ],
  [
    "a line never said",
    changed([PRESENT_LEAD, `${PRESENT_LEAD}\n  <Lead when="turn > 99">Too late.</Lead>`]),
    "check.never-shown",
    "warning",
    "Too late.",
  ],
  [
    "a condition that never changes",
    changed([PRESENT_LEAD, `${PRESENT_LEAD}\n  <Lead when="turn >= 0">Always.</Lead>`]),
    "check.condition-constant",
    "warning",
    "Always.",
  ],
  [
    "the best reply always the longest",
    changed(
      ["Could I speak to Paul Hart, please?", "Could I speak to Paul Hart, the owner of the business, please? I won't keep him long."],
      [
        "How do your shops get their bread now, and what gets in the way?",
        "How do your six shops get their bread every morning now, who drives the vans, how often do they break down, and what else gets in the way?",
      ],
      [
        "Tuesday at ten or Wednesday at two, with a costing for your routes?",
        "Shall I come by on Tuesday at ten or on Wednesday at two, and bring a costing worked out for your six shops and routes?",
      ],
      [
        "Fair. What do you pay now, counting the days a van is off the road?",
        "Fair enough. What do you pay now, all in, counting the days a van is off the road and the bread is late?",
      ],
    ),
    "check.quality-longer",
    "warning",
    `<Step id="office"`,
  ],
];

describe("checker rules on the format-2 fixture", () => {
  it("the fixture passes every rule without a warning, with the figures content:check prints", () => {
    const { problems, check } = compileScriptSource(base);
    expect(problems).toEqual([]);
    expect(check?.seeds).toBe(100);
    expect(check?.policies.best).toMatchObject({ runs: 100, passes: 100, unfinished: 0 });
    expect(check?.policies.best.min).toBeGreaterThanOrEqual(70);
    for (const policy of ["first", "longest", "emptyCard"] as const) expect(check?.policies[policy].passes, policy).toBe(0);
    expect(check?.policies.typed.passes).toBe(100);
  }, 60_000);

  it.each(RULES)(
    "%s",
    (_rule, source, code, severity, marker) => {
      const { problems } = compileScriptSource(source);
      const found = problems.find((problem) => problem.code === code);
      expect(found, JSON.stringify(problems, null, 1)).toBeDefined();
      expect(found?.severity).toBe(severity);
      expect(found?.line).toBe(lineOf(source, marker));
      expect(found?.params).toBeDefined();
    },
    60_000,
  );

  it("reports blind policies only as warnings in a file without format: 2, with a note", () => {
    const source = changed(["passMark: 70", "passMark: 15"], ["minCard: 40", "minCard: 0"]).replace("format: 2\n", "");
    const { problems, definition } = compileScriptSource(source);
    expect(definition).toBeDefined();
    const blind = problems.filter((problem) => problem.code === "check.blind-pass");
    expect(blind.length).toBeGreaterThan(0);
    expect(blind.every((problem) => problem.severity === "warning")).toBe(true);
    expect(problems.some((problem) => problem.code === "check.round-1-file")).toBe(true);
  }, 60_000);

  it("plays with the real scorer when it is given", () => {
    const { problems, check } = compileScriptSource(base, { scorer: realScorer });
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(check?.policies.best.passes).toBe(100);
    expect(check?.policies.longest.passes).toBe(0);
    expect(check?.policies.typed.passes).toBe(100);
  }, 120_000);
});

describe("quality-longer", () => {
  it("counts a quality longest only where it is uniquely longest, in more than half of its sets", () => {
    expect(longerQuality(parsed(base))).toEqual([]);
  });
});
