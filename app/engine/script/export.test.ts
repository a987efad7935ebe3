import { describe, expect, it } from "vitest";
import { createMachine } from "xstate";
import { parseScript } from "./parser";
import { toMermaid, toXStateJSON } from "./export";
import { asV2Shape } from "./legacy";
import { allScripts, fixtureSource } from "./__fixtures__/load";
import definitionsJson from "../v1/__fixtures__/definitions.json";
import type { ScriptDefinitionV1 } from "../v1/index";

describe.each(allScripts().map((file) => [file.name, file.source] as const))("exports of %s", (_name, source) => {
  const definition = parseScript(source).definition;
  if (!definition) throw new Error("fixture does not parse");

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

describe("exports show reactions, conditions and speakers", () => {
  const definition = parseScript(fixtureSource("fixture-gatekeeper-v2-en.mdx")).definition;
  if (!definition) throw new Error("fixture does not parse");
  const json = toXStateJSON(definition);

  it("names speakers and lists reactions with their weights, conditions and targets", () => {
    expect(json.meta.speakers).toEqual({ lead: "Paul Hart", office: "Jo" });
    expect(json.meta.flags).toEqual(["price_named", "put_through"]);
    expect(json.states["office-why"]?.meta).toEqual({
      speaker: "office",
      reactions: [
        { id: "office-who", weight: 2, when: "not chose.office-pitch" },
        { id: "office-connect", weight: 1, when: "chose.office-name", to: "owner" },
      ],
    });
    expect(json.states["office-why"]?.always).toContainEqual({
      target: "owner",
      guard: "reaction office-connect when chose.office-name",
      description: "passes on: One moment, I'll put you through.",
    });
    expect(json.states.present?.on?.["manager.reply"]).toContainEqual(
      expect.objectContaining({ target: "close", guard: "chose present-pain when fact.need" }),
    );
    expect(json.states.present?.meta?.objections).toEqual(["price when price_named"]);
    expect(json.states.callback?.meta).toEqual({ speaker: "lead", goals: ["60 when fact.directLine"] });
  });

  it("draws them in Mermaid too", () => {
    const diagram = toMermaid(definition);
    expect(diagram).toContain('state "office (office)"');
    expect(diagram).toMatch(/s_office_2d_why --> s_owner : reaction office-connect if chose\.office-name/);
    expect(diagram).toMatch(/s_present --> s_close : present-pain best if fact\.need/);
  });

  it("exports a stored round-1 definition in the same shape", () => {
    const stored = (definitionsJson as unknown as Record<string, ScriptDefinitionV1>)["cold-gatekeeper.en.mdx"];
    if (!stored) throw new Error("no stored definition");
    const exported = toXStateJSON(stored);
    expect(exported.initial).toBe(stored.steps[0]?.id);
    expect(Object.keys(exported.states)).toEqual([...stored.steps, ...stored.ends].map((item) => item.id));
    expect(asV2Shape(stored).steps[0]?.lines[0]?.text).toBe(stored.steps[0]?.lines[0]);
    expect(() => createMachine(JSON.parse(JSON.stringify(exported)))).not.toThrow();
  });
});
