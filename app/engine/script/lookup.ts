/**
 * Elements by id, indexed once per definition: the runtime looks them up on every turn, and the
 * checker plays thousands of turns. Definitions never change once parsed.
 */
import type { EndDef, ObjectionDef, ReactionDef, RevealDef, ScriptDefinition, StepDef } from "./types";

interface Index {
  steps: Map<string, StepDef>;
  reactions: Map<string, ReactionDef>;
  objections: Map<string, ObjectionDef>;
  reveals: Map<string, RevealDef>;
  ends: Map<string, EndDef>;
  hangup: EndDef | undefined;
}

const indexes = new WeakMap<ScriptDefinition, Index>();

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

export function indexOf(def: ScriptDefinition): Index {
  const cached = indexes.get(def);
  if (cached) return cached;
  const built: Index = {
    steps: byKey(def.steps, (step) => step.id),
    reactions: byKey(
      def.steps.flatMap((step) => step.reactions),
      (reaction) => reaction.id,
    ),
    objections: byKey(def.objections, (objection) => objection.id),
    reveals: byKey(def.reveals, (reveal) => reveal.fact),
    ends: byKey(def.ends, (end) => end.id),
    hangup: def.ends.find((end) => end.outcome === "hung_up"),
  };
  indexes.set(def, built);
  return built;
}
