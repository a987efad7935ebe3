import { describe, expect, it } from "vitest";
import { parseScript } from "./parser";
import { fixtureSource } from "./__fixtures__/load";
import definitions from "../v1/__fixtures__/definitions.json";
import type { ScriptDefinitionV1 } from "../v1/index";
import { layoutDiagram } from "./diagram";

describe("the studio diagram", () => {
  const def = parseScript(fixtureSource("fixture-gatekeeper-v2-en.mdx")).definition;
  if (!def) throw new Error("fixture does not parse");
  const diagram = layoutDiagram(def);

  it("names who speaks at each step and lists its reactions", () => {
    const office = diagram.nodes.find((node) => node.id === "office-why");
    expect(office).toMatchObject({
      speaker: "Jo",
      reactions: [
        { id: "office-who", weight: 2, when: "not chose.office-pitch" },
        { id: "office-connect", weight: 1, when: "chose.office-name" },
      ],
    });
    expect(diagram.nodes.find((node) => node.id === "owner")?.speaker).toBeNull();
  });

  it("draws reaction replies, pass-throughs and conditions on the routes", () => {
    expect(diagram.edges).toContainEqual(
      expect.objectContaining({ from: "office-why", to: "owner", kind: "pass", conditions: ["chose.office-name"] }),
    );
    expect(diagram.edges).toContainEqual(
      expect.objectContaining({ from: "office-why", to: "owner", kind: "reply", quality: "best", conditions: [] }),
    );
    expect(diagram.edges).toContainEqual(
      expect.objectContaining({ from: "present", to: "close", kind: "reply", conditions: ["fact.need"] }),
    );
    expect(diagram.objections.find((objection) => objection.id === "price")?.when).toBe("price_named");
    for (const edge of diagram.edges) expect(edge.path).toMatch(/^M/);
  });

  it("lays out a stored round-1 definition too", () => {
    const stored = (definitions as unknown as Record<string, ScriptDefinitionV1>)["warm-inbound.ru.mdx"];
    if (!stored) throw new Error("no stored definition");
    const old = layoutDiagram(stored);
    expect(old.nodes.map((node) => node.id)).toEqual([...stored.steps, ...stored.ends].map((item) => item.id));
    expect(old.edges.every((edge) => edge.kind === "reply")).toBe(true);
  });
});
