/**
 * Exports of the call graph for people: XState JSON that Stately's editor can import, and a Mermaid
 * state diagram. Both are built from the definition, not from the machine, so they hold no
 * functions: guards and actions appear by name only.
 */
import { objectionsAt } from "./graph";
import type { OptionDef, ScriptDefinition } from "./types";

interface JsonTransition {
  target?: string;
  guard?: string;
  description: string;
}

interface JsonState {
  type?: "final";
  description: string;
  on?: Record<string, JsonTransition[]>;
  always?: JsonTransition[];
}

export interface XStateJson {
  id: string;
  initial: string;
  description: string;
  states: Record<string, JsonState>;
}

function transitionFor(option: OptionDef, guardPrefix: string): JsonTransition {
  return { ...(option.to !== undefined && { target: option.to }), guard: `${guardPrefix}${option.id}`, description: `${option.quality}: ${option.text}` };
}

export function toXStateJSON(def: ScriptDefinition): XStateJson {
  const hangup = def.ends.find((end) => end.outcome === "hung_up");
  const states: Record<string, JsonState> = {};
  for (const step of def.steps) {
    const handlings = objectionsAt(def, step).flatMap((objection) =>
      objection.options.map((option) => transitionFor(option, `objection ${objection.id}: `)));
    states[step.id] = {
      description: step.lines[0] ?? "",
      on: { "manager.reply": [...handlings, ...step.options.map((option) => transitionFor(option, "chose "))] },
      ...(hangup && { always: [{ target: hangup.id, guard: "patienceOut", description: "the lead runs out of patience" }] }),
    };
  }
  for (const end of def.ends) states[end.id] = { type: "final", description: `${end.outcome}: ${end.lines[0] ?? ""}` };
  return { id: def.meta.id, initial: def.steps[0]?.id ?? "", description: def.meta.title, states };
}

/** Mermaid ids allow letters, digits and underscores only; the real id goes in the label. */
function mermaidId(id: string): string {
  return `s_${id.replace(/[^A-Za-z0-9]/g, (char) => `_${char.charCodeAt(0).toString(16)}_`)}`;
}

function label(text: string): string {
  return text.replace(/["<>{}:;#]/g, " ").replace(/\s+/g, " ").trim();
}

export function toMermaid(def: ScriptDefinition): string {
  const lines = ["stateDiagram-v2"];
  for (const step of def.steps) lines.push(`  state "${label(step.id)}" as ${mermaidId(step.id)}`);
  for (const end of def.ends) lines.push(`  state "${label(`${end.id} (${end.outcome})`)}" as ${mermaidId(end.id)}`);
  const first = def.steps[0];
  if (first) lines.push(`  [*] --> ${mermaidId(first.id)}`);
  for (const step of def.steps) {
    for (const option of step.options) {
      if (option.to !== undefined) lines.push(`  ${mermaidId(step.id)} --> ${mermaidId(option.to)} : ${label(`${option.id} ${option.quality}`)}`);
    }
    for (const objection of objectionsAt(def, step)) {
      for (const option of objection.options.filter((candidate) => candidate.to !== undefined && candidate.to !== step.id)) {
        lines.push(`  ${mermaidId(step.id)} --> ${mermaidId(option.to ?? step.id)} : ${label(`${objection.id} ${option.quality}`)}`);
      }
    }
  }
  for (const end of def.ends) lines.push(`  ${mermaidId(end.id)} --> [*]`);
  return `${lines.join("\n")}\n`;
}
