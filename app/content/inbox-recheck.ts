/**
 * Which held replies a script version now matches: pure, engine and scorer only, so it is tested
 * without a database. A reply is stored with the step (or objection) where it was typed, not the
 * state of the call, so it is matched against what could be open there: the objection's options,
 * or the step's own options and, separately, each of its reactions' options (the reply may have
 * come while a reaction was speaking). Conditions (`when`) are not applied: a reply counts as
 * matched when some option at that place means it. The matcher's margin rule still holds: an
 * ambiguous reply is not matched, as in a call.
 */
import type { OptionDef, ReplyOption, Scorer, ScriptDefinition } from "~/engine";
import { DEFAULT_PLAYER, type Player } from "~/engine";
import { fillContext } from "~/engine/simulation/call";
import { fillPlaceholders } from "~/engine/script/placeholders";

export interface HeldReply {
  id: number;
  stepId: string;
  text: string;
  /** the persona variant and player of the call it came from, for placeholders in options */
  variant?: string | null;
  player?: Player;
}

export interface Recheck {
  held: number;
  matched: { id: number; optionId: string }[];
  /** ids still unmatched */
  open: number[];
}

/** The option lists a reply typed at `stepId` could have been answering. */
export function optionSetsAt(def: ScriptDefinition, stepId: string): OptionDef[][] {
  const objection = def.objections.find((candidate) => candidate.id === stepId);
  if (objection) return [objection.options];
  const step = def.steps.find((candidate) => candidate.id === stepId);
  if (!step) return [];
  return [step.options, ...step.reactions.map((reaction) => reaction.options)].filter((options) => options.length > 0);
}

function candidates(def: ScriptDefinition, options: OptionDef[], reply: HeldReply): ReplyOption[] {
  const fill = fillContext(def, reply.variant ?? null, reply.player ?? DEFAULT_PLAYER);
  return options.map((option) => ({
    id: option.id,
    text: fillPlaceholders(option.text, fill),
    ...(option.examples && { examples: option.examples.map((example) => fillPlaceholders(example, fill)) }),
  }));
}

/** The option this version gives the reply, or null. */
export function matchHeld(def: ScriptDefinition, reply: HeldReply, scorer: Pick<Scorer, "matchReply">): string | null {
  for (const options of optionSetsAt(def, reply.stepId)) {
    const match = scorer.matchReply(reply.text, candidates(def, options, reply), def.meta.lang);
    if (match.optionId !== null && match.ambiguous !== true) return match.optionId;
  }
  return null;
}

export function recheckReplies(def: ScriptDefinition, replies: readonly HeldReply[], scorer: Pick<Scorer, "matchReply">): Recheck {
  const matched: Recheck["matched"] = [];
  const open: number[] = [];
  for (const reply of replies) {
    const optionId = matchHeld(def, reply, scorer);
    if (optionId === null) open.push(reply.id);
    else matched.push({ id: reply.id, optionId });
  }
  return { held: replies.length, matched, open };
}
