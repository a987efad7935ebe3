import { describe, expect, it } from "vitest";
import { createMachine } from "xstate";
import { compileScriptSource } from "../index";
import { toMermaid, toXStateJSON } from "./export";
import { allScripts } from "./__fixtures__/load";

describe.each(allScripts().map((file) => [file.name, file.source] as const))("exports of %s", (_name, source) => {
  const definition = compileScriptSource(source).definition;
  if (!definition) throw new Error("fixture does not compile");

  it("XState JSON is plain data that XState itself accepts as a machine config", () => {
    const json = toXStateJSON(definition);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(Object.keys(json.states)).toEqual([...definition.steps, ...definition.ends].map((item) => item.id));
    // Loading it proves every target resolves; guards are names only, as in Stately's editor.
    const machine = createMachine(JSON.parse(JSON.stringify(json)));
    expect(machine.root.initial.target[0]?.key).toBe(definition.steps[0]?.id);
  });

  it("Mermaid diagram declares every state once, marks ends and starts at the first step", () => {
    const diagram = toMermaid(definition);
    expect(diagram.startsWith("stateDiagram-v2\n")).toBe(true);
    for (const end of definition.ends) expect(diagram).toContain(`(${end.outcome})`);
    expect(diagram).toMatch(/\[\*\] --> s_/);
    expect(diagram).not.toMatch(/--> s_[^\s]*[-.][^\s]* :/);
  });
});
