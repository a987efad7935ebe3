/**
 * Start and step a format-2 attempt. Pure: (definition, snapshot, reply, scorer) → next snapshot,
 * view and turn record, with no I/O, clock or Math.random, so a replay with the same seed and
 * player is identical.
 */
import { initialTransition, transition } from "xstate";
import type { MatchResult, Scorer, TurnScore } from "../scoring/types";
import { stepOf, type CallInput } from "../script/callLogic";
import type { CallEvent } from "../script/machine";
import { DEFAULT_PLAYER, type FillContext } from "../script/placeholders";
import { DEFAULT_BLUEPRINT, type Blueprint, type OptionDef, type ScriptDefinition } from "../script/types";
import { askedFacts } from "./asks";
import {
  currentObjection,
  currentReaction,
  fillContext,
  fillText,
  leadLineOf,
  machineFor,
  openOptions,
  persist,
  restore,
  saidLines,
} from "./call";
import { EngineError } from "./errors";
import { currentView, outcomeOf } from "./view";
import type { AttemptSnapshotV2, CallView, PersistedCall, Reply, StartOptions, StepOptions, TranscriptLine, TurnRecord } from "./types";

/**
 * How the call moves: XState's pure transition() for every attempt; the checker plugs in the
 * same semantics without the interpreter (script/fastMachine.ts) to play thousands of calls.
 */
export interface Driver {
  initial(def: ScriptDefinition, input: CallInput): PersistedCall;
  next(def: ScriptDefinition, snapshot: AttemptSnapshotV2, event: CallEvent): PersistedCall;
}

export const xstateDriver: Driver = {
  initial: (def, input) => persist(initialTransition(machineFor(def), input)[0]),
  next: (def, snapshot, event) => persist(transition(machineFor(def), restore(def, snapshot), event)[0]),
};

export function effectiveBlueprint(def: ScriptDefinition, override: Partial<Blueprint> | undefined): Blueprint {
  const merged = { ...DEFAULT_BLUEPRINT, ...def.meta.blueprint, ...override };
  return { ...merged, objections: [...merged.objections] };
}

function leadTranscript(lines: { speaker: string; text: string }[]): TranscriptLine[] {
  return lines.map((line) => ({ role: "lead", text: line.text, speaker: line.speaker }));
}

export function startAttempt(def: ScriptDefinition, options: StartOptions): { snapshot: AttemptSnapshotV2; view: CallView } {
  const snapshot = startSnapshot(def, options, xstateDriver);
  return { snapshot, view: currentView(def, snapshot, options.mode) };
}

export function startSnapshot(def: ScriptDefinition, options: StartOptions, driver: Driver): AttemptSnapshotV2 {
  const blueprint = effectiveBlueprint(def, options.blueprint);
  const required = options.mode === "exam" ? blueprint.objections : [];
  const machine = driver.initial(def, { seed: options.seed, required });
  const player = options.player ?? DEFAULT_PLAYER;
  const variant = machine.context.variant;
  const snapshot: AttemptSnapshotV2 = {
    format: 2,
    scriptId: def.meta.id,
    seed: options.seed,
    mode: options.mode,
    answerMode: options.answerMode,
    variant,
    player: { ...player },
    blueprint,
    machine,
    transcript: leadTranscript(saidLines(def, machine.context, fillContext(def, variant, player))),
    turns: [],
  };
  return snapshot;
}

interface Resolved {
  option: OptionDef | undefined;
  text: string;
  match: MatchResult | null;
  /** the matcher could not tell two options apart */
  unclear: boolean;
}

/**
 * A chosen option must be open now; free text goes to the scorer's matcher, examples and all.
 * The lead asks "which do you mean?" once per turn: when the answer to that question is still
 * between two options, it goes with the reading it heard best (the top-ranked option, which is
 * above the match threshold for the reply to be ambiguous at all) instead of asking again.
 */
function resolveReply(
  def: ScriptDefinition,
  open: OptionDef[],
  reply: Reply,
  scorer: Scorer,
  fill: FillContext,
  askedAlready: boolean,
): Resolved {
  if (reply.kind === "option") {
    const option = open.find((candidate) => candidate.id === reply.optionId);
    if (!option) throw new EngineError("invalid_option", `option ${reply.optionId} is not open now`);
    return { option, text: fillText(option.text, fill), match: null, unclear: false };
  }
  const text = reply.text.trim();
  if (text === "") throw new EngineError("empty_reply", "the reply is empty");
  const candidates = open.map((option) => ({
    id: option.id,
    text: fillText(option.text, fill),
    ...(option.examples && { examples: option.examples.map((example) => fillText(example, fill)) }),
  }));
  const match = scorer.matchReply(text, candidates, def.meta.lang);
  if (match.ambiguous === true) {
    const best = askedAlready ? open.find((candidate) => candidate.id === match.ranked[0]?.id) : undefined;
    if (best)
      return { option: best, text, match: { ...match, optionId: best.id, ambiguous: false, why: "clarified_best" }, unclear: false };
    return { option: undefined, text, match, unclear: true };
  }
  const option = match.optionId === null ? undefined : open.find((candidate) => candidate.id === match.optionId);
  return { option, text, match, unclear: false };
}

/** Turns that were scored: all but the lead's "which do you mean?". */
function scoredTurns(turns: readonly { clarify?: boolean }[]): number {
  let count = 0;
  for (const turn of turns) if (!turn.clarify) count += 1;
  return count;
}

const UNSCORED: TurnScore = { items: [], perSkill: {}, flags: ["clarify"] };

export function stepAttempt(
  def: ScriptDefinition,
  snapshot: AttemptSnapshotV2,
  reply: Reply,
  options: StepOptions,
): { snapshot: AttemptSnapshotV2; view: CallView; turn: TurnRecord } {
  const next = advanceAttempt(def, snapshot, reply, options, xstateDriver);
  return { ...next, view: currentView(def, next.snapshot, snapshot.mode) };
}

/** One turn: resolve the reply, score it, move the call; everything but the view. */
export function advanceAttempt(
  def: ScriptDefinition,
  snapshot: AttemptSnapshotV2,
  reply: Reply,
  options: StepOptions,
  driver: Driver,
): { snapshot: AttemptSnapshotV2; turn: TurnRecord } {
  const { scorer } = options;
  if (snapshot.machine.status === "done") throw new EngineError("attempt_ended", "the call has ended");
  if (snapshot.scriptId !== def.meta.id)
    throw new EngineError("snapshot_mismatch", `snapshot belongs to ${snapshot.scriptId}, not ${def.meta.id}`);
  const call = snapshot.machine;
  const objection = currentObjection(def, call);
  const reaction = currentReaction(def, call);
  const step = stepOf(def, call.value);
  const fill = fillContext(def, snapshot.variant, snapshot.player);
  // the lead has just asked what was meant, on this same turn (same step, objection and reaction)
  const last = snapshot.turns.at(-1);
  const askedAlready =
    last?.clarify === true &&
    last.stepId === call.value &&
    last.objectionId === (objection?.id ?? null) &&
    (last.reactionId ?? null) === (reaction?.id ?? null);
  const resolved = resolveReply(def, openOptions(def, call), reply, scorer, fill, askedAlready);
  const leadLine = leadLineOf(def, call.context.said, fill);
  const skill = resolved.option?.skill ?? step?.skill;
  // A matched reply is scored as the option it means: its quality bounds apply as for a click.
  const score = resolved.unclear
    ? UNSCORED
    : scorer.scoreTurn({
        lang: def.meta.lang,
        leadType: def.meta.leadType,
        text: resolved.text,
        leadLine,
        history: snapshot.transcript,
        turnIndex: scoredTurns(snapshot.turns),
        objectionType: objection?.type ?? null,
        ...(skill && { stepSkill: skill }),
        ...(resolved.option && { optionQuality: resolved.option.quality, optionText: fillText(resolved.option.text, fill) }),
        ...(def.meta.markers && { markers: def.meta.markers }),
      });
  const event = resolved.unclear
    ? { type: "manager.unclear" as const }
    : resolved.option
      ? { type: "manager.reply" as const, optionId: resolved.option.id, asked: askedFacts(def, resolved.text, scorer) }
      : { type: "manager.unmatched" as const };
  const machine = driver.next(def, snapshot, event);
  const lines = saidLines(def, machine.context, fill);
  const elapsed =
    options.elapsedMs !== undefined && Number.isFinite(options.elapsedMs) ? { elapsedMs: Math.max(0, Math.round(options.elapsedMs)) } : {};
  const next: AttemptSnapshotV2 = {
    ...snapshot,
    machine,
    transcript: [...snapshot.transcript, { role: "manager", text: resolved.text }, ...leadTranscript(lines)],
    turns: [
      ...snapshot.turns,
      {
        stepId: call.value,
        objectionId: objection?.id ?? null,
        objectionType: objection?.type ?? null,
        optionId: resolved.option?.id ?? null,
        score,
        reactionId: reaction?.id ?? null,
        ...(resolved.unclear && { clarify: true }),
        ...elapsed,
      },
    ],
  };
  const turn: TurnRecord = {
    seq: snapshot.turns.length + 1,
    stepId: call.value,
    objectionId: objection?.id ?? null,
    objectionType: objection?.type ?? null,
    reactionId: reaction?.id ?? null,
    replyKind: reply.kind,
    text: resolved.text,
    matchedOptionId: resolved.option?.id ?? null,
    similarity: resolved.match ? resolved.match.similarity : 1,
    unmatched: resolved.option === undefined && !resolved.unclear,
    clarification: resolved.unclear,
    leadLines: lines.map((line) => line.text),
    lead: lines,
    moodBefore: call.context.mood,
    moodAfter: machine.context.mood,
    revealed: machine.context.lastRevealed,
    score,
    quality: resolved.option?.quality ?? null,
    feedback: resolved.option?.feedback ?? null,
    notes: objection ? objection.notes : reaction && reaction.notes.length > 0 ? reaction.notes : (step?.notes ?? []),
    modelAnswer: objection?.model ?? null,
    ended: machine.status === "done",
    outcome: outcomeOf(def, next),
    ...elapsed,
  };
  return { snapshot: next, turn };
}
