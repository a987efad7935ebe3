/**
 * The call's state as conditions see it, and the small pure operations on it: reading a name,
 * testing a `when`, applying `sets`, choosing which of a list of lines is said.
 */
import { nextIndex, nextRandom } from "../simulation/rng";
import { evaluate, type Condition, type Lookup, type SetOp } from "./condition";
import { indexOf } from "./lookup";
import type { LineDef, Mood, ScriptDefinition } from "./types";

/** What a speaker said, by reference: the text is looked up in the definition, keeping snapshots small. */
export interface Said {
  kind: "step" | "reaction" | "objection" | "end" | "reveal" | "confused" | "clarify";
  /** step, reaction, objection or end id; the fact for a reveal; empty for confused and clarify */
  id: string;
  /** index into the element's lines (for confused and clarify: a counter into the stock lines) */
  line: number;
  speaker: string;
}

export interface CallContext {
  mood: Mood;
  flags: string[];
  counters: Record<string, number>;
  revealed: string[];
  /** objections raised so far, in order */
  raised: string[];
  /** option ids chosen (clicked or matched) so far */
  chosen: string[];
  /** reactions that happened so far */
  reactions: string[];
  /** the objection waiting for a handling, if any */
  objection: string | null;
  /** the reaction the lead gave on entering the current step, if any */
  reaction: string | null;
  /** the step is speaking again after an objection or a reaction was handled */
  resumed: boolean;
  /** the persona variant drawn at the start */
  variant: string | null;
  /** blueprint objections an exam must raise; empty in practice */
  required: string[];
  rng: number;
  /** manager turns taken (clarifications do not count) */
  turn: number;
  /** what was said in answer to the last turn (or at the start) */
  said: Said[];
  /** facts revealed by the last turn */
  lastRevealed: string[];
  /** who speaks now: the speaker of the last line said */
  speaker: string;
  /** a pass-through reaction's target, followed by an eventless transition */
  pending: string | null;
  /** pass-throughs in this turn, bounded so a bad script cannot loop */
  hops: number;
}

/**
 * A copy of the context, to change before it is handed on (never after). Written out field by
 * field in initialContext's order, which is the order a spread keeps: V8 copies a spread with
 * overrides (`{ ...context, rng }`) on a slow path, some twenty times slower than a literal, and
 * the checker copies contexts over a million times a library.
 */
export function copyContext(context: CallContext): CallContext {
  return {
    mood: context.mood,
    flags: context.flags,
    counters: context.counters,
    revealed: context.revealed,
    raised: context.raised,
    chosen: context.chosen,
    reactions: context.reactions,
    objection: context.objection,
    reaction: context.reaction,
    resumed: context.resumed,
    variant: context.variant,
    required: context.required,
    rng: context.rng,
    turn: context.turn,
    said: context.said,
    lastRevealed: context.lastRevealed,
    speaker: context.speaker,
    pending: context.pending,
    hops: context.hops,
  };
}

/** `fact.need` as ["fact", "need"]: cut once per name, not on every lookup. */
const dottedNames = new Map<string, readonly [head: string, id: string]>();

function dottedName(name: string, dot: number): readonly [head: string, id: string] {
  let dotted = dottedNames.get(name);
  if (dotted === undefined) {
    dotted = [name.slice(0, dot), name.slice(dot + 1)];
    if (dottedNames.size > 10000) dottedNames.clear();
    dottedNames.set(name, dotted);
  }
  return dotted;
}

export function lookupIn(context: CallContext): Lookup {
  return (name) => {
    switch (name) {
      case "interest":
      case "trust":
      case "patience":
        return context.mood[name];
      case "turn":
        return context.turn;
      case "resumed":
        return context.resumed ? 1 : 0;
      default:
        break;
    }
    const dot = name.indexOf(".");
    if (dot < 0) return context.counters[name] ?? (context.flags.includes(name) ? 1 : 0);
    const [head, id] = dottedName(name, dot);
    switch (head) {
      case "fact":
        return context.revealed.includes(id) ? 1 : 0;
      case "raised":
        return context.raised.includes(id) ? 1 : 0;
      case "chose":
        return context.chosen.includes(id) ? 1 : 0;
      case "reaction":
        return context.reactions.includes(id) ? 1 : 0;
      case "variant":
        return context.variant === id ? 1 : 0;
      default:
        return 0;
    }
  };
}

/**
 * The checker listens to every condition the runtime evaluates, to report conditions that are
 * never true or never false. Observing changes nothing the call does.
 */
export type ConditionObserver = (condition: Condition, value: boolean) => void;
let observer: ConditionObserver | undefined;

export function observeConditions(next: ConditionObserver | undefined): void {
  observer = next;
}

export function holds(condition: Condition | undefined, context: CallContext): boolean {
  if (condition === undefined) return true;
  const value = evaluate(condition.ast, lookupIn(context));
  observer?.(condition, value);
  return value;
}

const clampCounter = (value: number) => Math.min(99, Math.max(0, value));

export function applySets(context: CallContext, sets: readonly SetOp[] | undefined): CallContext {
  if (!sets || sets.length === 0) return context;
  const flags = new Set(context.flags);
  const counters = { ...context.counters };
  for (const op of sets) {
    if ("flag" in op) {
      if (op.value) flags.add(op.flag);
      else flags.delete(op.flag);
    } else if ("add" in op) counters[op.counter] = clampCounter((counters[op.counter] ?? 0) + op.add);
    else counters[op.counter] = clampCounter(op.set);
  }
  const next = copyContext(context);
  next.flags = [...flags];
  next.counters = counters;
  return next;
}

/** Indices of the lines that may be said, reused from call to call (pickLine never calls itself). */
const candidateLines: number[] = [];

/** Lines whose `when` holds win over unconditional ones; one winner is drawn. -1: nothing to say. */
export function pickLine(lines: readonly LineDef[], context: CallContext): [index: number, rng: number] {
  const candidates = candidateLines;
  let count = 0;
  // every line's condition is evaluated, in order, as the observer expects
  for (let index = 0; index < lines.length; index++) {
    const when = lines[index]?.when;
    if (when && holds(when, context)) candidates[count++] = index;
  }
  if (count === 0) for (let index = 0; index < lines.length; index++) if (!lines[index]?.when) candidates[count++] = index;
  if (count === 0) return [-1, context.rng];
  if (count === 1) return [candidates[0] ?? -1, context.rng];
  const [pick, rng] = nextIndex(context.rng, count);
  return [candidates[pick] ?? -1, rng];
}

/** One of several items drawn with probability proportional to weight. */
export function drawWeighted<T extends { weight: number }>(items: readonly T[], rng: number): [item: T | undefined, rng: number] {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  if (items.length === 0 || total <= 0) return [undefined, rng];
  if (items.length === 1) return [items[0], rng];
  const [value, next] = nextRandom(rng);
  let left = value * total;
  for (const item of items) {
    left -= item.weight;
    if (left < 0) return [item, next];
  }
  return [items[items.length - 1], next];
}

export function addOnce(list: readonly string[], item: string): string[] {
  return list.includes(item) ? [...list] : [...list, item];
}

/** The lines an element says, looked up by what was said. */
export function linesOf(def: ScriptDefinition, kind: Said["kind"], id: string): LineDef[] {
  switch (kind) {
    case "step":
      return indexOf(def).steps.get(id)?.lines ?? [];
    case "reaction":
      return indexOf(def).reactions.get(id)?.lines ?? [];
    case "objection":
      return indexOf(def).objections.get(id)?.lines ?? [];
    case "end":
      return indexOf(def).ends.get(id)?.lines ?? [];
    case "reveal":
      return indexOf(def).reveals.get(id)?.lines ?? [];
    default:
      return [];
  }
}
