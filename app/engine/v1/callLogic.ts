/**
 * The pure context updates behind the machine's actions: what a reply does to the lead, which
 * objection is raised on entering a step, which wording the lead uses. Kept apart from the machine
 * config so each rule reads on its own and can be tested without XState.
 */
import type { QualificationField } from "../vocabulary";
import { nextIndex } from "./rng";
import { UNMATCHED_DELTA, applyMood, deltaFor } from "./persona";
import type { Mood, ObjectionDef, OptionDef, ScriptDefinition } from "./types";

/** One thing the lead says; the text is looked up in the definition, keeping snapshots small. */
export interface Said {
  kind: "step" | "objection" | "end" | "reveal" | "confused";
  /** step, objection or end id; the fact for a reveal; empty for confused */
  id: string;
  variant: number;
}

export interface CallContext {
  mood: Mood;
  revealed: QualificationField[];
  /** objections raised so far, in order */
  raised: string[];
  /** the objection waiting for a handling, if any */
  objection: string | null;
  rng: number;
  /** manager turns taken */
  turn: number;
  /** what the lead said in answer to the last turn (or at the start) */
  said: Said[];
  /** facts revealed by the last turn */
  lastRevealed: QualificationField[];
}

export interface CallInput {
  seed: number;
}

export function initialContext(def: ScriptDefinition, seed: number): CallContext {
  return {
    mood: { ...def.meta.persona.mood },
    revealed: [],
    raised: [],
    objection: null,
    rng: seed | 0,
    turn: 0,
    said: [],
    lastRevealed: [],
  };
}

/** Finds a reply option: the current objection's handlings while one is open, else the step's. */
export function findOption(def: ScriptDefinition, stepId: string, objectionId: string | null, optionId: string): OptionDef | undefined {
  const owner =
    objectionId === null ? def.steps.find((step) => step.id === stepId) : def.objections.find((objection) => objection.id === objectionId);
  return owner?.options.find((option) => option.id === optionId);
}

function pickVariant(rng: number, lines: readonly string[]): [variant: number, rng: number] {
  return lines.length > 1 ? nextIndex(rng, lines.length) : [0, rng];
}

/** Facts the reply may reveal now: asked or named by the option, not yet known, trust high enough. */
function revealFacts(def: ScriptDefinition, context: CallContext, asked: readonly QualificationField[]): QualificationField[] {
  const known = new Set(context.revealed);
  const facts: QualificationField[] = [];
  for (const fact of asked) {
    const reveal = def.reveals.find((candidate) => candidate.fact === fact);
    if (!reveal || known.has(fact) || context.mood.trust < reveal.minTrust) continue;
    known.add(fact);
    facts.push(fact);
  }
  return facts;
}

/** A matched reply: mood moves first, so a well-put question can earn the trust it needs. */
export function applyReply(
  def: ScriptDefinition,
  context: CallContext,
  option: OptionDef,
  asked: readonly QualificationField[],
): CallContext {
  const moved: CallContext = { ...context, mood: applyMood(context.mood, deltaFor(option.quality, option.mood)), turn: context.turn + 1 };
  const facts = revealFacts(def, moved, [...new Set([...option.reveals, ...asked])]);
  let rng = moved.rng;
  const said: Said[] = [];
  for (const fact of facts) {
    const lines = def.reveals.find((reveal) => reveal.fact === fact)?.lines ?? [];
    const [variant, next] = pickVariant(rng, lines);
    rng = next;
    said.push({ kind: "reveal", id: fact, variant });
  }
  return { ...moved, rng, said, revealed: [...moved.revealed, ...facts], lastRevealed: facts };
}

export function applyUnmatched(context: CallContext): CallContext {
  return {
    ...context,
    mood: applyMood(context.mood, UNMATCHED_DELTA),
    turn: context.turn + 1,
    said: [{ kind: "confused", id: "", variant: context.turn }],
    lastRevealed: [],
  };
}

/** Objections that may interrupt this step: not raised yet, and `at` empty or naming it. */
export function objectionPool(def: ScriptDefinition, stepId: string, raised: readonly string[]): ObjectionDef[] {
  return def.objections.filter(
    (objection) => !raised.includes(objection.id) && (objection.at.length === 0 || objection.at.includes(stepId)),
  );
}

/** Entering a step: maybe raise an objection (its line first), else the step's own line. */
export function enterStep(def: ScriptDefinition, context: CallContext, stepId: string): CallContext {
  const step = def.steps.find((candidate) => candidate.id === stepId);
  const pool = step?.objection ? objectionPool(def, stepId, context.raised) : [];
  if (pool.length === 0) return speak(def, { ...context, objection: null }, "step", stepId);
  const [index, rng] = nextIndex(context.rng, pool.length);
  const objection = pool[index] ?? pool[0];
  if (!objection) return context;
  const raisedContext = { ...context, rng, objection: objection.id, raised: [...context.raised, objection.id] };
  return speak(def, raisedContext, "objection", objection.id);
}

/** After a handling without `to`, the interrupted step goes on: the lead now says its own line. */
export function resumeStep(def: ScriptDefinition, context: CallContext, stepId: string): CallContext {
  return speak(def, { ...context, objection: null }, "step", stepId);
}

export function enterEnd(def: ScriptDefinition, context: CallContext, endId: string): CallContext {
  return speak(def, { ...context, objection: null }, "end", endId);
}

function speak(def: ScriptDefinition, context: CallContext, kind: "step" | "objection" | "end", id: string): CallContext {
  const lines = linesOf(def, kind, id);
  const [variant, rng] = pickVariant(context.rng, lines);
  return { ...context, rng, said: [...context.said, { kind, id, variant }] };
}

export function linesOf(def: ScriptDefinition, kind: Said["kind"], id: string): string[] {
  switch (kind) {
    case "step":
      return def.steps.find((step) => step.id === id)?.lines ?? [];
    case "objection":
      return def.objections.find((objection) => objection.id === id)?.lines ?? [];
    case "end":
      return def.ends.find((end) => end.id === id)?.lines ?? [];
    case "reveal":
      return def.reveals.find((reveal) => reveal.fact === id)?.lines ?? [];
    case "confused":
      return [];
  }
}
