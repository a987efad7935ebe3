/** What the rehearsal page shows for the current moment of a call. */
import type { AttemptMode } from "../vocabulary";
import { currentObjection, leadLines, openOptions } from "./call";
import { mixSeed, shuffled } from "./rng";
import type { ScriptDefinition } from "./types";
import type { AttemptSnapshot, CallView } from "./simTypes";

export function outcomeOf(def: ScriptDefinition, snapshot: AttemptSnapshot): CallView["outcome"] {
  if (snapshot.machine.status !== "done") return null;
  return def.ends.find((end) => end.id === snapshot.machine.value)?.outcome ?? null;
}

export function currentView(def: ScriptDefinition, snapshot: AttemptSnapshot, mode: AttemptMode): CallView {
  const call = snapshot.machine;
  const objection = currentObjection(def, call);
  const options = openOptions(def, call).map((option) => ({ id: option.id, text: option.text }));
  const step = def.steps.find((candidate) => candidate.id === call.value);
  const hint = mode === "practice" && !objection ? step?.hints[0] : undefined;
  const ended = call.status === "done";
  // Exam order is a function of the seed and the moment, so a reload shows the same order.
  const order = mixSeed(snapshot.seed, call.context.turn, call.value, objection?.id ?? "");
  return {
    stepId: call.value,
    ...(objection && { objection: { id: objection.id, type: objection.type } }),
    leadLine: leadLines(def, call.context).join(" "),
    transcript: snapshot.transcript,
    options: mode === "exam" ? shuffled(options, order) : options,
    ...(hint !== undefined && { hint }),
    ...(mode === "practice" && { mood: call.context.mood }),
    ended,
    outcome: outcomeOf(def, snapshot),
    canFinish: ended,
  };
}
