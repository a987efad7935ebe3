/**
 * The pure context updates behind the machine's actions: what a reply does to the lead, what the
 * lead does on entering a step (a reaction, an objection or its own line), who says which line.
 * Kept apart from the machine config so each rule reads on its own and can be tested without
 * XState.
 */
import { UNMATCHED_DELTA, applyMood, deltaFor } from "../simulation/persona";
import { drawVariant, personaFor } from "../simulation/variant";
import { indexOf } from "./lookup";
import { addOnce, applySets, drawWeighted, holds, pickLine, type CallContext, type Said } from "./state";
import {
  LEAD_SPEAKER,
  type LineDef,
  type ObjectionDef,
  type OptionDef,
  type ReactionDef,
  type ScriptDefinition,
  type StepDef,
} from "./types";

export type { CallContext, Said } from "./state";

export interface CallInput {
  seed: number;
  /** blueprint objections an exam must raise; empty in practice */
  required: string[];
}

/** More pass-throughs than this in one turn is a loop the validator missed: stop passing on. */
export const MAX_HOPS = 8;

export function initialContext(def: ScriptDefinition, input: CallInput): CallContext {
  const [variant, rng] = drawVariant(def, input.seed | 0);
  return {
    mood: personaFor(def, variant).mood,
    flags: [],
    counters: { ...def.meta.state.counters },
    revealed: [],
    raised: [],
    chosen: [],
    reactions: [],
    objection: null,
    reaction: null,
    resumed: false,
    variant,
    required: [...input.required],
    rng,
    turn: 0,
    said: [],
    lastRevealed: [],
    speaker: LEAD_SPEAKER,
    pending: null,
    hops: 0,
  };
}

export function stepOf(def: ScriptDefinition, id: string): StepDef | undefined {
  return indexOf(def).steps.get(id);
}

export function reactionOf(def: ScriptDefinition, id: string | null): ReactionDef | undefined {
  return id === null ? undefined : indexOf(def).reactions.get(id);
}

export function objectionOf(def: ScriptDefinition, id: string | null): ObjectionDef | undefined {
  return id === null ? undefined : indexOf(def).objections.get(id);
}

/** Whose options are open: `o:ID` an objection, `r:ID` a reaction with options, `s` the step. */
export function ownerKey(def: ScriptDefinition, context: CallContext): string {
  if (context.objection !== null) return `o:${context.objection}`;
  const reaction = reactionOf(def, context.reaction);
  return reaction && reaction.options.length > 0 ? `r:${reaction.id}` : "s";
}

/** Every option of the current owner, shown or not. */
export function ownerOptions(def: ScriptDefinition, context: CallContext, stepId: string): OptionDef[] {
  const key = ownerKey(def, context);
  if (key.startsWith("o:")) return objectionOf(def, context.objection)?.options ?? [];
  if (key.startsWith("r:")) return reactionOf(def, context.reaction)?.options ?? [];
  return stepOf(def, stepId)?.options ?? [];
}

/** The options the manager may give now: the owner's, without those whose `when` is false. */
export function openOptions(def: ScriptDefinition, context: CallContext, stepId: string): OptionDef[] {
  return ownerOptions(def, context, stepId).filter((option) => holds(option.when, context));
}

function say(
  context: CallContext,
  kind: Said["kind"],
  id: string,
  lines: readonly LineDef[],
  speakers: (string | undefined)[],
): CallContext {
  const [index, rng] = pickLine(lines, context);
  if (index < 0) return { ...context, rng };
  // the line's own speaker, else the first of `speakers` named, else whoever spoke last
  let speaker = lines[index]?.speaker;
  for (let at = 0; speaker === undefined && at < speakers.length; at++) speaker = speakers[at];
  speaker ??= context.speaker;
  return { ...context, rng, speaker, said: [...context.said, { kind, id, line: index, speaker }] };
}

/** Facts the reply may reveal now: asked or named, held by this persona, not yet known, trust high enough, `when` true. */
function revealFacts(def: ScriptDefinition, context: CallContext, asked: readonly string[]): string[] {
  const held = personaFor(def, context.variant).facts;
  const known = new Set(context.revealed);
  const facts: string[] = [];
  for (const fact of asked) {
    const reveal = indexOf(def).reveals.get(fact);
    if (!reveal || !held[fact] || known.has(fact) || context.mood.trust < reveal.minTrust || !holds(reveal.when, context)) continue;
    known.add(fact);
    facts.push(fact);
  }
  return facts;
}

/** A matched reply: mood moves first, so a well-put question can earn the trust it needs. */
export function applyReply(def: ScriptDefinition, context: CallContext, option: OptionDef, asked: readonly string[]): CallContext {
  let next: CallContext = applySets(
    {
      ...context,
      mood: applyMood(context.mood, deltaFor(option.quality, option.mood)),
      turn: context.turn + 1,
      chosen: addOnce(context.chosen, option.id),
      said: [],
      hops: 0,
      pending: null,
    },
    option.sets,
  );
  // revealFacts takes each fact once, so the option's own list needs no copy when nothing was asked
  const wanted = asked.length === 0 ? option.reveals : [...new Set([...option.reveals, ...asked])];
  const facts = wanted.length === 0 ? [] : revealFacts(def, next, wanted);
  for (const fact of facts) {
    const reveal = indexOf(def).reveals.get(fact);
    if (!reveal) continue;
    next = applySets({ ...next, revealed: [...next.revealed, fact] }, reveal.sets);
    next = say(next, "reveal", fact, reveal.lines, [reveal.speaker]);
  }
  return { ...next, lastRevealed: facts };
}

/**
 * Patience ran out and the script has a hang-up end: the machine goes there next, and the hang-up
 * replaces whatever the lead would have said (the next step's line, a reaction, an objection, a
 * "what do you mean?"). What the reply revealed is still said: the fact was given.
 */
export function hangingUp(def: ScriptDefinition, context: CallContext): boolean {
  return context.mood.patience <= 0 && indexOf(def).hangup !== undefined;
}

export function applyUnmatched(def: ScriptDefinition, context: CallContext): CallContext {
  const next: CallContext = {
    ...context,
    mood: applyMood(context.mood, UNMATCHED_DELTA),
    turn: context.turn + 1,
    hops: 0,
    said: [],
    lastRevealed: [],
  };
  return hangingUp(def, next) ? next : { ...next, said: [{ kind: "confused", id: "", line: context.turn, speaker: context.speaker }] };
}

/** Two options too close to call: the lead asks what was meant; nothing else changes. */
export function applyUnclear(context: CallContext): CallContext {
  return {
    ...context,
    said: [{ kind: "clarify", id: "", line: context.chosen.length + context.turn, speaker: context.speaker }],
    lastRevealed: [],
  };
}

type Candidate = { kind: "reaction"; item: ReactionDef; weight: number } | { kind: "objection"; item: ObjectionDef; weight: number };

/** Reactions whose `when` holds and, at an objection step, the pool objections that may come now. */
function candidates(def: ScriptDefinition, context: CallContext, step: StepDef): Candidate[] {
  const found: Candidate[] = [];
  for (const reaction of step.reactions) {
    if (holds(reaction.when, context)) found.push({ kind: "reaction", item: reaction, weight: reaction.weight });
  }
  // An exam still missing blueprint objections raises one of them when it can.
  let forced = 0;
  if (step.objection) {
    for (const objection of def.objections) {
      if (context.raised.includes(objection.id) || !(objection.at.length === 0 || objection.at.includes(step.id))) continue;
      if (!holds(objection.when, context)) continue;
      found.push({ kind: "objection", item: objection, weight: objection.weight });
      if (context.required.includes(objection.id)) forced += 1;
    }
  }
  if (forced > 0) {
    const required: Candidate[] = [];
    for (const candidate of found) {
      if (candidate.kind === "objection" && context.required.includes(candidate.item.id))
        required.push({ ...candidate, weight: Math.max(1, candidate.weight) });
    }
    return required;
  }
  let weighed = 0;
  for (const candidate of found) if (candidate.weight > 0) weighed += 1;
  return weighed === found.length ? found : found.filter((candidate) => candidate.weight > 0);
}

/** Entering a step: maybe a reaction or an objection (drawn by weight), else the step's own line. */
export function enterStep(def: ScriptDefinition, context: CallContext, stepId: string): CallContext {
  const step = stepOf(def, stepId);
  const fresh: CallContext = { ...context, objection: null, reaction: null, resumed: false, pending: null };
  // Nothing is drawn or said on the way to the hang-up: no reaction happens, no objection is raised.
  if (!step || hangingUp(def, fresh)) return fresh;
  const [drawn, rng] = drawWeighted(candidates(def, fresh, step), fresh.rng);
  const ready = { ...fresh, rng };
  if (!drawn) return say(ready, "step", step.id, step.lines, [step.speaker]);
  if (drawn.kind === "objection") {
    const objection = drawn.item;
    const raised = applySets({ ...ready, objection: objection.id, raised: [...ready.raised, objection.id] }, objection.sets);
    // An objection speaks with the voice of the step it interrupts, unless it names its own.
    return say(raised, "objection", objection.id, objection.lines, [objection.speaker, step.speaker]);
  }
  const reaction = drawn.item;
  const happened = applySets({ ...ready, reaction: reaction.id, reactions: addOnce(ready.reactions, reaction.id) }, reaction.sets);
  const speakers = [reaction.speaker, step.speaker];
  const spoken = reaction.lines.length > 0 ? say(happened, "reaction", reaction.id, reaction.lines, speakers) : happened;
  const saidSomething = spoken.said.length > happened.said.length;
  const passOn = reaction.to !== undefined && reaction.options.length === 0 && context.hops < MAX_HOPS;
  if (passOn) return { ...spoken, pending: reaction.to ?? null };
  return saidSomething ? spoken : say(spoken, "step", step.id, step.lines, speakers);
}

/** After a handling without `to`, the interrupted step goes on: the lead now says its own line. */
export function resumeStep(def: ScriptDefinition, context: CallContext, stepId: string): CallContext {
  const step = stepOf(def, stepId);
  const resumed: CallContext = { ...context, objection: null, reaction: null, resumed: true };
  return step && !hangingUp(def, resumed) ? say(resumed, "step", step.id, step.lines, [step.speaker]) : resumed;
}

export function passOn(context: CallContext): CallContext {
  return { ...context, pending: null, hops: context.hops + 1 };
}

export function enterEnd(def: ScriptDefinition, context: CallContext, endId: string): CallContext {
  const end = indexOf(def).ends.get(endId);
  const closed: CallContext = { ...context, objection: null, reaction: null, pending: null };
  return end ? say(closed, "end", end.id, end.lines, [end.speaker]) : closed;
}
