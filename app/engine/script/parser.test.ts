import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScript } from "./parser";
import { isScriptDefinition } from "./types";
import { compileScriptSource } from "../index";
import { ROOT, fixtureSource, lineOf } from "./__fixtures__/load";

function readmeExample(heading: string): string {
  const readme = readFileSync(join(ROOT, "scripts-content/README.md"), "utf8");
  const match = new RegExp(`## ${heading}[^\\n]*\\n[\\s\\S]*?\`\`\`mdx\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match?.[1]) throw new Error(`README example "${heading}" not found`);
  return match[1];
}

describe("parseScript", () => {
  it("accepts the README's round-1-style example as written", () => {
    const result = compileScriptSource(readmeExample("A complete small example"));
    expect(result.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(result.definition?.meta.id).toBe("example-printer-cold-en");
  }, 60_000);

  it("accepts the README's format-2 example without a single warning", () => {
    const result = compileScriptSource(readmeExample("A complete example in format 2"));
    expect(result.problems).toEqual([]);
    expect(result.definition?.meta.format).toBe(2);
    expect(result.check?.policies.best.passes).toBe(100);
  }, 60_000);

  it("reads steps, options, objections, reveals and ends with their details", () => {
    const { definition } = parseScript(fixtureSource("fixture-crm-warm-en.mdx"));
    expect(definition).toBeDefined();
    if (!definition) return;
    const greeting = definition.steps[0];
    expect(greeting?.id).toBe("greeting");
    expect(definition.format).toBe(2);
    expect(greeting?.lines.map((line) => line.text)).toEqual(["Hello, Dana speaking.", "Northwind, Dana here."]);
    expect(greeting?.reactions).toEqual([]);
    expect(greeting?.options.map((option) => option.id)).toEqual(["greeting-1", "greeting-2", "greeting-3"]);
    expect(greeting?.options[2]?.mood).toEqual({ patience: -2 });
    expect(greeting?.hints).toHaveLength(1);
    const objection = definition.objections.find((candidate) => candidate.id === "expensive");
    expect(objection?.at).toEqual(["present", "team"]);
    expect(objection?.options[0]?.to).toBeUndefined();
    expect(objection?.model).toMatch(/Acknowledge/);
    expect(definition.reveals.find((reveal) => reveal.fact === "budget")?.minTrust).toBe(40);
    expect(definition.ends.map((end) => end.outcome)).toEqual(["won", "callback", "lost", "hung_up"]);
    expect(definition.coaching[0]).toMatch(/warm lead asked/);
    expect(definition.meta.persona.facts.fit).toEqual({ value: "yes", kind: "closed" });
  });

  it("maps a YAML syntax error to its line in the file", () => {
    const source = fixtureSource("fixture-crm-warm-en.mdx").replace("difficulty: 2", "difficulty: [2");
    const result = parseScript(source);
    expect(result.problems[0]?.code).toBe("frontmatter.yaml");
    expect(result.problems[0]?.line).toBeGreaterThanOrEqual(7);
  });

  it("requires a header", () => {
    expect(parseScript('<Step id="a"><Lead>Hi</Lead></Step>').problems[0]?.code).toBe("frontmatter.missing");
  });

  // Format 2 (deliberately unlike round 1): a misspelt `wehn` silently ignored would change the call.
  it("rejects unknown attributes", () => {
    const source = fixtureSource("fixture-crm-warm-en.mdx").replace(
      `<Step id="greeting" skill="contact">`,
      `<Step id="greeting" skill="contact" colour="red">`,
    );
    const result = parseScript(source);
    expect(result.definition).toBeUndefined();
    expect(result.problems).toMatchObject([
      {
        code: "parse.unknown-attribute",
        severity: "error",
        line: lineOf(source, `colour="red"`),
        params: { element: "Step", attribute: "colour" },
      },
    ]);
  });
});

describe("isScriptDefinition", () => {
  it("recognises a parsed script, after a JSON round trip as stored, and nothing else", () => {
    const { definition } = parseScript(fixtureSource("fixture-printers-cold-ru.mdx"));
    expect(isScriptDefinition(JSON.parse(JSON.stringify(definition)))).toBe(true);
    expect(isScriptDefinition({ kind: "quiz", meta: {}, questions: [] })).toBe(false);
    expect(isScriptDefinition({ kind: "lesson", meta: {}, blocks: [] })).toBe(false);
    expect(isScriptDefinition({ meta: null, steps: [], objections: [], ends: [] })).toBe(false);
    expect(isScriptDefinition(null)).toBe(false);
    expect(isScriptDefinition("script")).toBe(false);
  });
});
