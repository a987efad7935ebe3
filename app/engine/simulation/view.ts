/** What the rehearsal page shows for the current moment of a format-2 call. */
import type { AttemptMode } from "../vocabulary";
import { indexOf } from "../script/lookup";
import type { ScriptDefinition } from "../script/types";
import { currentObjection, currentReaction, fillContext, fillText, openOptions, saidLines, speakersOf } from "./call";
import { mixSeed, shuffled } from "./rng";
import type { AttemptSnapshotV2, CallView } from "./types";

export function outcomeOf(def: ScriptDefinition, snapshot: AttemptSnapshotV2): CallView["outcome"] {
  if (snapshot.machine.status !== "done") return null;
  return indexOf(def).ends.get(snapshot.machine.value)?.outcome ?? null;
}

/**
 * The options open now, their placeholders filled, in a seeded order: the order is a function of
 * the seed and the moment, so a reload shows the same order, and the best reply is not always first.
 */
export function shownOptions(def: ScriptDefinition, snapshot: AttemptSnapshotV2): { id: string; text: string }[] {
  const call = snapshot.machine;
  const fill = fillContext(def, snapshot.variant, snapshot.player);
  const options = openOptions(def, call).map((option) => ({ id: option.id, text: fillText(option.text, fill) }));
  const order = mixSeed(snapshot.seed, call.context.turn, call.value, call.context.objection ?? "", call.context.reaction ?? "");
  return shuffled(options, order);
}

export function currentView(def: ScriptDefinition, snapshot: AttemptSnapshotV2, mode: AttemptMode): CallView {
  const call = snapshot.machine;
  const objection = currentObjection(def, call);
  const reaction = currentReaction(def, call);
  const step = indexOf(def).steps.get(call.value);
  const hint = mode === "practice" && !objection ? (reaction?.hints[0] ?? step?.hints[0]) : undefined;
  const ended = call.status === "done";
  const lines = saidLines(def, call.context, fillContext(def, snapshot.variant, snapshot.player));
  const timeLimit = snapshot.mode === "exam" ? snapshot.blueprint.timeLimit : undefined;
  return {
    format: 2,
    stepId: call.value,
    ...(objection && { objection: { id: objection.id, type: objection.type } }),
    ...(reaction && { reaction: { id: reaction.id } }),
    leadLine: lines.map((line) => line.text).join(" "),
    leadLines: lines,
    speaker: call.context.speaker,
    speakers: speakersOf(def, snapshot.variant),
    transcript: snapshot.transcript,
    options: shownOptions(def, snapshot),
    ...(hint !== undefined && { hint }),
    ...(mode === "practice" && { mood: call.context.mood }),
    ...(call.context.said[0]?.kind === "clarify" && { clarify: true }),
    ...(timeLimit !== undefined && { timeLimit }),
    ended,
    outcome: outcomeOf(def, snapshot),
    canFinish: ended,
  };
}
