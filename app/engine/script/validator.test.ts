import { describe, expect, it } from "vitest";
import { compileScriptSource } from "../index";
import { fixtureSource, lineOf } from "./__fixtures__/load";

const base = fixtureSource("fixture-crm-warm-en.mdx");

function replaced(from: string, to: string): string {
  if (!base.includes(from)) throw new Error(`fixture lacks ${from}`);
  return base.replace(from, to);
}

function appended(extra: string): string {
  return `${base}\n${extra}\n`;
}

/** [check, broken source, expected code, text on the line the problem must point at] */
const BROKEN: [string, string, string, string][] = [
  ["duplicate id", appended(`<End id="won" outcome="won"><Lead>Duplicate end.</Lead></End>`), "validate.duplicate-id", "Duplicate end."],
  [
    "duplicate option id",
    replaced(`<Option to="team" quality="ok">We have the best`, `<Option id="why-crm-1" to="team" quality="ok">We have the best`),
    "validate.duplicate-option",
    `id="why-crm-1"`,
  ],
  ["to a missing step", replaced(`to="callback" quality="ok"`, `to="nowhere" quality="ok"`), "validate.missing-target", `to="nowhere"`],
  ["unknown id in at", replaced(`at="present,team"`, `at="present,nope"`), "validate.unknown-step", `at="present,nope"`],
  [
    "unreachable step",
    appended(`<Step id="orphan"><Lead>Nobody gets here.</Lead><Option to="won" quality="best">Hi.</Option></Step>`),
    "validate.unreachable",
    "Nobody gets here.",
  ],
  [
    "dead end without options",
    replaced(`to="callback" quality="ok"`, `to="limbo" quality="ok"`) + `\n<Step id="limbo"><Lead>Limbo line.</Lead></Step>\n`,
    "validate.no-options",
    "Limbo line.",
  ],
  [
    "dead end in a loop",
    replaced(`to="callback" quality="ok"`, `to="loop" quality="ok"`) +
      `\n<Step id="loop"><Lead>Loop line.</Lead><Option to="loop" quality="ok">Again.</Option></Step>\n`,
    "validate.dead-end",
    "Loop line.",
  ],
  [
    "objection without a good handling",
    replaced(`<Option quality="good">Sure. So I send`, `<Option quality="ok">Sure. So I send`),
    "validate.objection-handling",
    `<Objection id="send-email"`,
  ],
  [
    "objection without a model",
    replaced(`<Model>Agree, then ask one question so the email is relevant, and agree when to talk.</Model>`, ""),
    "validate.objection-model",
    `<Objection id="send-email"`,
  ],
  [
    "hidden fact nobody can reveal",
    replaced(`<Reveal fact="timing"><Ask>when would you like</Ask><Lead>Before the new quarter.</Lead></Reveal>`, ""),
    "validate.fact-unrevealable",
    "timing: { value",
  ],
  ["reveal without an ask", replaced(`<Ask>when would you like</Ask>`, ""), "validate.reveal-no-ask", `<Reveal fact="timing">`],
  // The best path ends in a callback (goal 50): at most 0.65 × 100 + 0.2 × 50 + 0.15 × 100 = 90.
  [
    "pass mark no path can reach",
    replaced("passMark: 70", "passMark: 95").replace(`to="won" quality="best">A 30-minute`, `to="callback" quality="best">A 30-minute`),
    "check.best-unreachable",
    "passMark: 95",
  ],
  ["language mismatch", replaced("lang: en", "lang: ru"), "validate.language", "lang: ru"],
  ["header out of schema", replaced("difficulty: 2", "difficulty: 9"), "frontmatter.range-max", "difficulty: 9"],
  ["header with an unknown temperament", replaced("temperament: busy", "temperament: sleepy"), "frontmatter.choice", "temperament: sleepy"],
  ["header missing a key", replaced("leadType: warm\n", ""), "frontmatter.required", "id: fixture-crm-warm-en"],
  [
    "option without to",
    replaced(`<Option to="won" quality="best">A 30-minute`, `<Option quality="best">A 30-minute`),
    "parse.missing-attribute",
    "A 30-minute",
  ],
  [
    "bad quality",
    replaced(`<Option to="won" quality="best">A 30-minute`, `<Option to="won" quality="great">A 30-minute`),
    "parse.attribute-choice",
    `quality="great"`,
  ],
  [
    "component out of place",
    replaced(`<Hint>Ask an open question about how they work today.</Hint>`, `<Model>Not here.</Model>`),
    "parse.misplaced",
    "Not here.",
  ],
];

describe("validator: one broken script per check", () => {
  it("accepts the intact fixtures; the round-1-style ones only warn about what blind policies do", () => {
    expect(compileScriptSource(fixtureSource("fixture-gatekeeper-v2-en.mdx")).problems).toEqual([]);
    for (const source of [base, fixtureSource("fixture-printers-cold-ru.mdx")]) {
      const { problems, definition } = compileScriptSource(source);
      expect(definition).toBeDefined();
      expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
      expect(new Set(problems.map((problem) => problem.code))).toEqual(
        new Set(["check.round-1-file", "check.blind-pass", "check.quality-longer"]),
      );
    }
  }, 60_000);

  it.each(BROKEN)("%s is reported on its line", (_check, source, code, marker) => {
    const result = compileScriptSource(source);
    const found = result.problems.find((problem) => problem.code === code);
    expect(found, JSON.stringify(result.problems, null, 1)).toBeDefined();
    expect(found?.line).toBe(lineOf(source, marker));
    expect(result.definition).toBeUndefined();
  });

  it("warns, without failing, when a fact can be found only by free text", () => {
    const source = replaced(`reveals="budget">What budget did you plan`, `>How much did you plan to spend`);
    const result = compileScriptSource(source);
    expect(result.definition).toBeDefined();
    const warning = result.problems.find((problem) => problem.code === "validate.fact-choice");
    expect(warning?.severity).toBe("warning");
    expect(warning?.line).toBe(lineOf(source, "budget: { value"));
  });
});
