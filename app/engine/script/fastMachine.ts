/**
 * The call machine's semantics without XState's interpreter, for the checker only. The checker
 * plays several thousand turns per script and XState's transition() costs most of a millisecond
 * each; this follows exactly the machine machine.ts builds (same callLogic functions, same order:
 * the transition's actions, the target's entry, then the eventless transitions — patience first,
 * then a pass-through reaction's target), in microseconds. fastMachine.test.ts replays random
 * calls through both and requires identical snapshots, so the two cannot drift apart.
 * Attempts themselves always run on the XState machine.
 */
import {
  applyReply,
  applyUnclear,
  applyUnmatched,
  enterEnd,
  enterStep,
  initialContext,
  ownerOptions,
  passOn,
  resumeStep,
  stepOf,
  type CallContext,
  type CallInput,
} from "./callLogic";
import type { CallEvent } from "./machine";
import { indexOf } from "./lookup";
import { holds } from "./state";
import type { ScriptDefinition } from "./types";

export interface FastCall {
  value: string;
  status: "active" | "done";
  context: CallContext;
}

function enter(def: ScriptDefinition, context: CallContext, id: string): FastCall {
  if (stepOf(def, id)) return { value: id, status: "active", context: enterStep(def, context, id) };
  return { value: id, status: "done", context: enterEnd(def, context, id) };
}

/** The eventless transitions, in the machine's order, until none applies. */
function settle(def: ScriptDefinition, start: FastCall): FastCall {
  const hangup = indexOf(def).hangup?.id;
  let call = start;
  for (;;) {
    if (call.status === "done") return call;
    if (hangup !== undefined && call.context.mood.patience <= 0) return enter(def, call.context, hangup);
    const pending = call.context.pending;
    const step = stepOf(def, call.value);
    const passes = pending !== null && step?.reactions.some((reaction) => reaction.to === pending && reaction.options.length === 0);
    if (!passes || pending === null) return call;
    call = enter(def, passOn(call.context), pending);
  }
}

export function fastInitial(def: ScriptDefinition, input: CallInput): FastCall {
  const first = def.steps[0]?.id ?? def.ends[0]?.id ?? "";
  return settle(def, enter(def, initialContext(def, input), first));
}

export function fastTransition(def: ScriptDefinition, call: FastCall, event: CallEvent): FastCall {
  if (call.status === "done") return call;
  if (event.type === "manager.unmatched")
    return settle(def, { value: call.value, status: call.status, context: applyUnmatched(def, call.context) });
  if (event.type === "manager.unclear") return settle(def, { value: call.value, status: call.status, context: applyUnclear(call.context) });
  const option = ownerOptions(def, call.context, call.value).find(
    (candidate) => candidate.id === event.optionId && holds(candidate.when, call.context),
  );
  if (!option) return call;
  const replied = applyReply(def, call.context, option, event.asked);
  if (option.to === undefined)
    return settle(def, { value: call.value, status: call.status, context: resumeStep(def, replied, call.value) });
  return settle(def, enter(def, replied, option.to));
}
