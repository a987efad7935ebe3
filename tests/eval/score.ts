/**
 * One reply through the engine's free-text path, computed here the way ADR 0006 says it works:
 * match against the owner's open options (their text and examples), then score the words said
 * with the matched option's quality, or by the rubric alone when nothing matched (an ambiguous
 * match is not scored as an option either: the lead asks what you meant). A click is the option's
 * own text with its quality, in the same context. Only the scorer's public functions are used.
 */
import { scorer, turnPercent, type MatchResult, type ReplyOption, type TurnInput } from "../../app/engine/scoring";
import { findOption, historyBefore, openOptions, stepFor, type EvalOption, type ScriptEntry } from "./library";
import type { ItemContext } from "./types";

export interface Matched {
  option?: EvalOption;
  ambiguous: boolean;
  result: MatchResult;
}

/** ReplyOption as ADR 0006 has it (examples count for matching); older scorers ignore the field. */
type OptionForMatch = ReplyOption & { examples?: string[] };

export function match(entry: ScriptEntry, item: ItemContext, text: string, hint?: string): Matched {
  const open = openOptions(entry, item.owner, hint);
  const options: OptionForMatch[] = open.map((o) => ({ id: o.id, text: o.text, ...(o.examples.length > 0 && { examples: o.examples }) }));
  const result = scorer.matchReply(text, options, item.lang);
  const ambiguous = (result as MatchResult & { ambiguous?: boolean }).ambiguous === true;
  const option = result.optionId === null ? undefined : open.find((o) => o.id === result.optionId);
  return { ambiguous, result, ...(option && { option }) };
}

function historyStepOf(entry: ScriptEntry, item: ItemContext): string | undefined {
  const owner = entry.owners.get(item.owner);
  if (!owner) return undefined;
  if (owner.kind === "step") return owner.id;
  return item.at ?? owner.at[0];
}

export function turnInput(entry: ScriptEntry, item: ItemContext, text: string, option?: EvalOption): TurnInput {
  const step = stepFor(entry, item.owner, item.at);
  const historyStep = historyStepOf(entry, item);
  const skill = option?.skill ?? step?.skill;
  const markers = entry.def.meta.markers;
  return {
    lang: item.lang,
    leadType: item.leadType,
    text,
    leadLine: item.leadLine,
    history: historyStep ? historyBefore(entry, historyStep) : [],
    turnIndex: item.turnIndex,
    objectionType: item.objectionType,
    ...(skill && { stepSkill: skill }),
    ...(option && { optionQuality: option.quality, optionText: option.text }),
    ...(markers && { markers }),
  };
}

/** The turn on the call's 0–100 scale, as the labelled set is bucketed. */
export function percentOf(entry: ScriptEntry, item: ItemContext, text: string, option?: EvalOption): number {
  return turnPercent(scorer.scoreTurn(turnInput(entry, item, text, option)), item.leadType, entry.def.meta.weights);
}

/** Typed: matched, then scored as the matched option (or rubric-only). */
export function typed(entry: ScriptEntry, item: ItemContext, text: string, hint?: string): { matched: Matched; percent: number } {
  const matched = match(entry, item, text, hint);
  return { matched, percent: percentOf(entry, item, text, matched.option) };
}

/** Clicked: the option's own words with its quality. */
export function clicked(entry: ScriptEntry, item: ItemContext, optionId: string): number | undefined {
  const option = findOption(entry, item.owner, optionId);
  return option ? percentOf(entry, item, option.text, option) : undefined;
}
