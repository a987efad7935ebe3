/**
 * Exports of the call graph for people: XState JSON that Stately's editor can import, and a Mermaid
 * state diagram. Both are built from the definition, not from the machine, so they hold no
 * functions: guards and actions appear by name, conditions as their text, reactions and speakers
 * in each state's `meta`. Either format of definition is accepted (a stored round-1 version is
 * shown in the version-2 shape).
 */
import { objectionsAt } from "./graph";
import { asV2Shape } from "./legacy";
import { LEAD_SPEAKER, type AnyScriptDefinition, type OptionDef, type ReactionDef, type ScriptDefinition, type StepDef } from "./types";

interface JsonTransition {
  target?: string;
  guard?: string;
  description: string;
}

interface ReactionMeta {
  id: string;
  weight: number;
  when?: string;
  to?: string;
  speaker?: string;
}

interface JsonState {
  type?: "final";
  description: string;
  on?: Record<string, JsonTransition[]>;
  always?: JsonTransition[];
  meta?: { speaker: string; reactions?: ReactionMeta[]; objections?: string[]; goals?: string[] };
}

export interface XStateJson {
  id: string;
  initial: string;
  description: string;
  states: Record<string, JsonState>;
  meta: { speakers: Record<string, string>; flags: string[]; counters: Record<string, number> };
}

function guardName(base: string, when: { text: string } | undefined): string {
  return when ? `${base} when ${when.text}` : base;
}

function transitionFor(option: OptionDef, guardPrefix: string, resume: string): JsonTransition {
  return {
    target: option.to ?? resume,
    guard: guardName(`${guardPrefix}${option.id}`, option.when),
    description: `${option.quality}: ${option.text}${option.sets ? ` (sets ${option.sets.map(setText).join(", ")})` : ""}`,
  };
}

function setText(op: NonNullable<OptionDef["sets"]>[number]): string {
  if ("flag" in op) return op.value ? op.flag : `not ${op.flag}`;
  return "add" in op ? `${op.counter}${op.add >= 0 ? "+" : ""}${op.add}` : `${op.counter}=${op.set}`;
}

function reactionMeta(reaction: ReactionDef): ReactionMeta {
  return {
    id: reaction.id,
    weight: reaction.weight,
    ...(reaction.when && { when: reaction.when.text }),
    ...(reaction.to !== undefined && { to: reaction.to }),
    ...(reaction.speaker !== undefined && { speaker: reaction.speaker }),
  };
}

function stepJson(def: ScriptDefinition, step: StepDef, hangup: string | undefined): JsonState {
  const handlings = objectionsAt(def, step).flatMap((objection) =>
    objection.options.map((option) => transitionFor(option, `objection ${objection.id}: `, step.id)),
  );
  const reactionReplies = step.reactions.flatMap((reaction) =>
    reaction.options.map((option) => transitionFor(option, `reaction ${reaction.id}: `, step.id)),
  );
  const passes = step.reactions
    .filter((reaction) => reaction.to !== undefined && reaction.options.length === 0)
    .map((reaction) => ({
      target: reaction.to ?? step.id,
      guard: guardName(`reaction ${reaction.id}`, reaction.when),
      description: `passes on: ${reaction.lines[0]?.text ?? ""}`,
    }));
  const first = step.lines[0];
  return {
    description: first?.text ?? "",
    on: { "manager.reply": [...handlings, ...reactionReplies, ...step.options.map((option) => transitionFor(option, "chose ", step.id))] },
    always: [...(hangup ? [{ target: hangup, guard: "patienceOut", description: "the lead runs out of patience" }] : []), ...passes],
    meta: {
      speaker: first?.speaker ?? step.speaker ?? LEAD_SPEAKER,
      ...(step.reactions.length > 0 && { reactions: step.reactions.map(reactionMeta) }),
      ...(step.objection && { objections: objectionsAt(def, step).map((objection) => guardName(objection.id, objection.when)) }),
    },
  };
}

export function toXStateJSON(stored: AnyScriptDefinition): XStateJson {
  const def = asV2Shape(stored);
  const hangup = def.ends.find((end) => end.outcome === "hung_up")?.id;
  const states: Record<string, JsonState> = {};
  for (const step of def.steps) states[step.id] = stepJson(def, step, hangup);
  for (const end of def.ends) {
    states[end.id] = {
      type: "final",
      description: `${end.outcome}: ${end.lines[0]?.text ?? ""}`,
      meta: {
        speaker: end.lines[0]?.speaker ?? end.speaker ?? LEAD_SPEAKER,
        ...(end.goals.length > 0 && { goals: end.goals.map((goal) => `${goal.points} when ${goal.when.text}`) }),
      },
    };
  }
  const speakers = Object.fromEntries([
    [LEAD_SPEAKER, def.meta.persona.name],
    ...Object.entries(def.meta.speakers)
      .filter(([id]) => id !== LEAD_SPEAKER)
      .map(([id, speaker]) => [id, speaker.name]),
  ]);
  return {
    id: def.meta.id,
    initial: def.steps[0]?.id ?? "",
    description: def.meta.title,
    states,
    meta: { speakers, flags: def.meta.state.flags, counters: def.meta.state.counters },
  };
}

/** Mermaid ids allow letters, digits and underscores only; the real id goes in the label. */
function mermaidId(id: string): string {
  return `s_${id.replace(/[^A-Za-z0-9]/g, (char) => `_${char.charCodeAt(0).toString(16)}_`)}`;
}

function label(text: string): string {
  return text
    .replace(/["<>{}:;#]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function edgeLabel(option: OptionDef, owner: string): string {
  return label(`${owner} ${option.quality}${option.when ? ` if ${option.when.text}` : ""}`);
}

export function toMermaid(stored: AnyScriptDefinition): string {
  const def = asV2Shape(stored);
  const lines = ["stateDiagram-v2"];
  for (const step of def.steps) {
    const speaker = step.lines[0]?.speaker ?? step.speaker;
    lines.push(`  state "${label(speaker && speaker !== LEAD_SPEAKER ? `${step.id} (${speaker})` : step.id)}" as ${mermaidId(step.id)}`);
  }
  for (const end of def.ends) lines.push(`  state "${label(`${end.id} (${end.outcome})`)}" as ${mermaidId(end.id)}`);
  const first = def.steps[0];
  if (first) lines.push(`  [*] --> ${mermaidId(first.id)}`);
  for (const step of def.steps) {
    for (const option of step.options) {
      if (option.to !== undefined) lines.push(`  ${mermaidId(step.id)} --> ${mermaidId(option.to)} : ${edgeLabel(option, option.id)}`);
    }
    for (const reaction of step.reactions) {
      if (reaction.to !== undefined && reaction.options.length === 0) {
        lines.push(
          `  ${mermaidId(step.id)} --> ${mermaidId(reaction.to)} : ${label(`reaction ${reaction.id}${reaction.when ? ` if ${reaction.when.text}` : ""}`)}`,
        );
      }
      for (const option of reaction.options.filter((candidate) => candidate.to !== undefined && candidate.to !== step.id)) {
        lines.push(`  ${mermaidId(step.id)} --> ${mermaidId(option.to ?? step.id)} : ${edgeLabel(option, reaction.id)}`);
      }
    }
    for (const objection of objectionsAt(def, step)) {
      for (const option of objection.options.filter((candidate) => candidate.to !== undefined && candidate.to !== step.id)) {
        lines.push(`  ${mermaidId(step.id)} --> ${mermaidId(option.to ?? step.id)} : ${edgeLabel(option, objection.id)}`);
      }
    }
  }
  for (const end of def.ends) lines.push(`  ${mermaidId(end.id)} --> [*]`);
  return `${lines.join("\n")}\n`;
}
