/**
 * <Reveal when="…">: the lead tells the fact only while the condition holds (checked after the
 * reply's own mood change and sets, like minTrust); the condition is parsed and its names checked
 * like every other `when`, and the checker sees it. And an option whose words match an <Ask> (it
 * reveals the fact on a click without saying so) is a warning.
 */
import { describe, expect, it } from "vitest";
import { parseScript } from "../script/parser";
import { checkScript } from "../script/checker";
import { validateScript } from "../script/validator";
import { ENDS, inline, parsed } from "../script/__fixtures__/inline";
import { startAttempt, stepAttempt } from "./attempt";
import { testScorer } from "./testScorer";

const scorer = testScorer;
const header = "state:\n  flags: [introduced]";

function script(when: string): string {
  return inline(
    `<Step id="a">
  <Lead>Hello?</Lead>
  <Option id="intro" to="b" quality="good" sets="introduced">Hi, Sam from PrintCare, we fix office printers.</Option>
  <Option id="blunt" to="b" quality="good">How do you print these days?</Option>
</Step>
<Step id="b">
  <Lead>Go on.</Lead>
  <Option id="ask" to="won" quality="best" reveals="need">So how do you print these days?</Option>
  <Option id="skip" to="lost" quality="ok">Bye then.</Option>
</Step>
<Reveal fact="need" when="${when}"><Ask>how do you print</Ask><Lead>It jams every week.</Lead></Reveal>
${ENDS}`,
    { header },
  );
}

describe("<Reveal when>", () => {
  const def = parsed(script("introduced"));

  it("is read with the condition's text", () => {
    expect(def.reveals[0]?.when?.text).toBe("introduced");
  });

  it("keeps the fact back while the condition is false, and tells it once it holds", () => {
    const start = startAttempt(def, { seed: 1, mode: "practice", answerMode: "choice", scorer }).snapshot;
    // Asked straight away, before introducing oneself: the option's words ask, but the lead does not tell.
    const blunt = stepAttempt(def, start, { kind: "option", optionId: "blunt" }, { scorer });
    expect(blunt.turn.revealed).toEqual([]);
    const later = stepAttempt(def, blunt.snapshot, { kind: "option", optionId: "ask" }, { scorer });
    expect(later.turn.revealed).toEqual([]);
    // Introduced first: the same question now gets the answer.
    const intro = stepAttempt(def, start, { kind: "option", optionId: "intro" }, { scorer });
    const asked = stepAttempt(def, intro.snapshot, { kind: "option", optionId: "ask" }, { scorer });
    expect(asked.turn.revealed).toEqual(["need"]);
    expect(asked.turn.leadLines[0]).toBe("It jams every week.");
  });

  it("reports an unknown name at its column and a malformed condition", () => {
    const unknown = script("introduced and gossip");
    const problem = parseScript(unknown).problems.find((item) => item.code === "name.unknown");
    expect(problem?.params).toMatchObject({ name: "gossip" });
    const lines = unknown.split("\n");
    const line = lines.findIndex((text) => text.includes("gossip")) + 1;
    expect(problem).toMatchObject({ line, column: (lines[line - 1]?.indexOf("gossip") ?? 0) + 1 });
    expect(parseScript(script("introduced = 1")).problems.map((item) => item.code)).toContain("condition.single-equals");
    expect(parseScript(script("introduced")).problems.filter((item) => item.severity === "error")).toEqual([]);
  });

  it("is judged by the checker like any condition: one that is always false is reported", () => {
    const never = parsed(script("introduced and not introduced"));
    const report = checkScript(never, { seeds: 5, scorer });
    expect(report.problems).toContainEqual(
      expect.objectContaining({ code: "check.condition-constant", params: { condition: "introduced and not introduced", value: "false" } }),
    );
    const fine = checkScript(def, { seeds: 5, scorer });
    expect(fine.problems.filter((item) => item.code === "check.condition-constant")).toEqual([]);
  });
});

describe("an option whose words match an <Ask>", () => {
  it("is a warning at the option, unless its reveals names the fact", () => {
    const problems = validateScript(parsed(script("introduced")), { play: false, scorer });
    const asks = problems.filter((item) => item.code === "validate.option-asks");
    expect(asks).toEqual([expect.objectContaining({ severity: "warning", params: { option: "blunt", fact: "need" } })]);
    const source = script("introduced");
    const line = source.split("\n").findIndex((text) => text.includes('id="blunt"')) + 1;
    expect(asks[0]?.line).toBe(line);
  });

  it("really reveals the fact on a click (what the warning is about)", () => {
    const open = parsed(script("turn >= 0"));
    const start = startAttempt(open, { seed: 1, mode: "practice", answerMode: "choice", scorer }).snapshot;
    expect(stepAttempt(open, start, { kind: "option", optionId: "blunt" }, { scorer }).turn.revealed).toEqual(["need"]);
  });
});
