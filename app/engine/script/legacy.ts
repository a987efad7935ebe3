/**
 * A round-1 definition in the version-2 shape, for read-only displays (the XState export, the
 * studio diagram, the version diff) that should not care which format a stored version has. Never
 * used to run a call: round-1 definitions run on the frozen runtime in app/engine/v1.
 */
import type { ScriptDefinition as ScriptDefinitionV1 } from "../v1/types";
import { DEFAULT_BLUEPRINT, isV2Definition, type AnyScriptDefinition, type LineDef, type Position, type ScriptDefinition } from "./types";

function lines(texts: readonly string[], pos: Position): LineDef[] {
  return texts.map((text) => ({ text, pos }));
}

function upgrade(def: ScriptDefinitionV1): ScriptDefinition {
  const facts = Object.fromEntries(
    Object.entries(def.meta.persona.facts).filter(([, fact]) => fact !== undefined),
  ) as ScriptDefinition["meta"]["persona"]["facts"];
  return {
    format: 2,
    meta: {
      ...def.meta,
      speakers: {},
      state: { flags: [], counters: {} },
      card: {},
      persona: { ...def.meta.persona, facts, variants: [] },
      blueprint: { ...DEFAULT_BLUEPRINT, objections: [] },
    },
    steps: def.steps.map((step) => ({ ...step, lines: lines(step.lines, step.pos), reactions: [] })),
    objections: def.objections.map((objection) => ({ ...objection, weight: 1, lines: lines(objection.lines, objection.pos) })),
    reveals: def.reveals.map((reveal) => ({ ...reveal, lines: lines(reveal.lines, reveal.pos) })),
    ends: def.ends.map((end) => ({ ...end, goals: [], lines: lines(end.lines, end.pos) })),
    coaching: def.coaching,
    metaLines: def.metaLines,
  };
}

export function asV2Shape(def: AnyScriptDefinition): ScriptDefinition {
  return isV2Definition(def) ? def : upgrade(def);
}
