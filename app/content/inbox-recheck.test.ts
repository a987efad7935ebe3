import { describe, expect, it } from "vitest";
import { scorer } from "~/engine/scoring";
import { parseScript } from "~/engine/script/parser";
import type { ScriptDefinition } from "~/engine";
import { insertExample } from "./inbox-edit";
import { optionSetsAt, recheckReplies } from "./inbox-recheck";
import { scriptTemplate } from "./templates.server";

function parsed(source: string): ScriptDefinition {
  const result = parseScript(source);
  if (!result.definition) throw new Error(JSON.stringify(result.problems.slice(0, 2)));
  return result.definition as ScriptDefinition;
}

const { source } = scriptTemplate("en");
const OFF = "Is your car parking free for visitors?";
const replies = [
  { id: 1, stepId: "opening", text: OFF },
  { id: 2, stepId: "opening", text: "Is the car parking for visitors free?" },
  { id: 3, stepId: "discovery", text: "what a lovely day it is" },
  { id: 4, stepId: "no-such-step", text: OFF },
];

describe("recheckReplies", () => {
  it("counts none on the version that did not understand them", () => {
    const result = recheckReplies(parsed(source), replies, scorer);
    expect(result).toEqual({ held: 4, matched: [], open: [1, 2, 3, 4] });
  });

  it("counts the replies a taught example now covers, and only those, with the option that matched", () => {
    const taught = insertExample(source, { ownerId: "opening", optionId: "opening-1", optionText: "" }, OFF);
    if ("error" in taught) throw new Error(taught.error);
    const result = recheckReplies(parsed(taught.source), replies, scorer);
    expect(result.held).toBe(4);
    expect(result.matched).toEqual([
      { id: 1, optionId: "opening-1" },
      { id: 2, optionId: "opening-1" },
    ]);
    // small talk at another step, and a step that is gone, stay held
    expect(result.open).toEqual([3, 4]);
  });

  it("looks at a step's own options and each reaction's, and an objection's handlings", () => {
    const def = parsed(source);
    const own = def.steps.find((step) => step.id === "opening")?.options.map((option) => option.id);
    expect(own?.length).toBeGreaterThan(1);
    expect(optionSetsAt(def, "opening").map((options) => options.map((option) => option.id))).toEqual([own]);
    expect(optionSetsAt(def, "nowhere")).toEqual([]);
  });
});
