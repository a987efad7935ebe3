/**
 * The pure context updates behind the machine's actions: what a reply does to the lead, what the
 * lead does on entering a step (a reaction, an objection or its own line), who says which line.
 * Kept apart from the machine config so each rule reads on its own and can be tested without
 * XState.
 */
import { UNMATCHED_DELTA, applyMood, deltaFor } from "../simulation/persona";
import { drawVariant, personaFor } from "../simulation/variant";
import { indexOf } from "./lookup";
import { addOnce, applySets, copyContext, drawWeighted, holds, pickLine, type CallContext, type Said } from "./state";
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
  const next = copyContext(context);
  next.rng = rng;
  if (index < 0) return next;
  // the line's own speaker, else the first of `speakers` named, else whoever spoke last
  let speaker = lines[index]?.speaker;
  for (let at = 0; speaker === undefined && at < speakers.length; at++) speaker = speakers[at];
  speaker ??= context.speaker;
  next.speaker = speaker;
  next.said = [...context.said, { kind, id, line: index, speaker }];
  return next;
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
  const replied = copyContext(context);
  replied.mood = applyMood(context.mood, deltaFor(option.quality, option.mood));
  replied.turn = context.turn + 1;
  replied.chosen = addOnce(context.chosen, option.id);
  replied.said = [];
  replied.hops = 0;
  replied.pending = null;
  let next = applySets(replied, option.sets);
  // revealFacts takes each fact once, so the option's own list needs no copy when nothing was asked
  const wanted = asked.length === 0 ? option.reveals : [...new Set([...option.reveals, ...asked])];
  const facts = wanted.length === 0 ? [] : revealFacts(def, next, wanted);
  for (const fact of facts) {
    const reveal = indexOf(def).reveals.get(fact);
    if (!reveal) continue;
    const revealed = copyContext(next);
    revealed.revealed = [...next.revealed, fact];
    next = applySets(revealed, reveal.sets);
    next = say(next, "reveal", fact, reveal.lines, [reveal.speaker]);
  }
  const done = copyContext(next);
  done.lastRevealed = facts;
  return done;
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
  const next = copyContext(context);
  next.mood = applyMood(context.mood, UNMATCHED_DELTA);
  next.turn = context.turn + 1;
  next.hops = 0;
  next.said = [];
  next.lastRevealed = [];
  if (!hangingUp(def, next)) next.said = [{ kind: "confused", id: "", line: context.turn, speaker: context.speaker }];
  return next;
}

/** Two options too close to call: the lead asks what was meant; nothing else changes. */
export function applyUnclear(context: CallContext): CallContext {
  const next = copyContext(context);
  next.said = [{ kind: "clarify", id: "", line: context.chosen.length + context.turn, speaker: context.speaker }];
  next.lastRevealed = [];
  return next;
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
  const fresh = copyContext(context);
  fresh.objection = null;
  fresh.reaction = null;
  fresh.resumed = false;
  fresh.pending = null;
  // Nothing is drawn or said on the way to the hang-up: no reaction happens, no objection is raised.
  if (!step || hangingUp(def, fresh)) return fresh;
  const [drawn, rng] = drawWeighted(candidates(def, fresh, step), fresh.rng);
  const ready = copyContext(fresh);
  ready.rng = rng;
  if (!drawn) return say(ready, "step", step.id, step.lines, [step.speaker]);
  if (drawn.kind === "objection") {
    const objection = drawn.item;
    const raising = copyContext(ready);
    raising.objection = objection.id;
    raising.raised = [...ready.raised, objection.id];
    const raised = applySets(raising, objection.sets);
    // An objection speaks with the voice of the step it interrupts, unless it names its own.
    return say(raised, "objection", objection.id, objection.lines, [objection.speaker, step.speaker]);
  }
  const reaction = drawn.item;
  const happening = copyContext(ready);
  happening.reaction = reaction.id;
  happening.reactions = addOnce(ready.reactions, reaction.id);
  const happened = applySets(happening, reaction.sets);
  const speakers = [reaction.speaker, step.speaker];
  const spoken = reaction.lines.length > 0 ? say(happened, "reaction", reaction.id, reaction.lines, speakers) : happened;
  const saidSomething = spoken.said.length > happened.said.length;
  const passOn = reaction.to !== undefined && reaction.options.length === 0 && context.hops < MAX_HOPS;
  if (passOn) {
    const passing = copyContext(spoken);
    passing.pending = reaction.to ?? null;
    return passing;
  }
  return saidSomething ? spoken : say(spoken, "step", step.id, step.lines, speakers);
}

/** After a handling without `to`, the interrupted step goes on: the lead now says its own line. */
export function resumeStep(def: ScriptDefinition, context: CallContext, stepId: string): CallContext {
  const step = stepOf(def, stepId);
  const resumed = copyContext(context);
  resumed.objection = null;
  resumed.reaction = null;
  resumed.resumed = true;
  return step && !hangingUp(def, resumed) ? say(resumed, "step", step.id, step.lines, [step.speaker]) : resumed;
}

export function passOn(context: CallContext): CallContext {
  const next = copyContext(context);
  next.pending = null;
  next.hops = context.hops + 1;
  return next;
}

export function enterEnd(def: ScriptDefinition, context: CallContext, endId: string): CallContext {
  const end = indexOf(def).ends.get(endId);
  const closed = copyContext(context);
  closed.objection = null;
  closed.reaction = null;
  closed.pending = null;
  return end ? say(closed, "end", end.id, end.lines, [end.speaker]) : closed;
}
