/**
 * The bridge between an AttemptSnapshot and the XState machine: restore, read what the lead said,
 * list the replies open now. Machines are built once per definition object.
 */
import type { Lang } from "../vocabulary";
import { buildMachine, type CallMachine } from "./machine";
import { linesOf, type CallContext, type Said } from "./callLogic";
import type { ObjectionDef, OptionDef, ScriptDefinition } from "./types";
import { EngineError } from "../simulation/errors";
import type { AttemptSnapshot, PersistedCall } from "./simTypes";

const machines = new WeakMap<ScriptDefinition, CallMachine>();

export function machineFor(def: ScriptDefinition): CallMachine {
  const cached = machines.get(def);
  if (cached) return cached;
  const machine = buildMachine(def);
  machines.set(def, machine);
  return machine;
}

type CallSnapshot = ReturnType<CallMachine["resolveState"]>;

export function persist(snapshot: CallSnapshot): PersistedCall {
  const value = snapshot.value;
  if (typeof value !== "string") throw new EngineError("invalid_script", "the call machine must be flat");
  return { value, status: snapshot.status === "done" ? "done" : "active", context: snapshot.context };
}

/** The snapshot comes from our own database, so a structural check is enough here. */
export function restore(def: ScriptDefinition, snapshot: AttemptSnapshot): CallSnapshot {
  if (snapshot.scriptId !== def.meta.id) {
    throw new EngineError("snapshot_mismatch", `snapshot belongs to ${snapshot.scriptId}, not ${def.meta.id}`);
  }
  const machine = machineFor(def);
  return machine.resolveState({ value: snapshot.machine.value, context: snapshot.machine.context });
}

/** What a person says when they did not follow, in the script's language. */
const CONFUSED: Record<Lang, string[]> = {
  ru: ["Простите, не поняла. Что вы имеете в виду?", "Извините, о чём вы?", "Не совсем понимаю, к чему вы это."],
  en: ["Sorry, what do you mean?", "I'm not sure I follow.", "Sorry, what are you getting at?"],
};

export function sayText(def: ScriptDefinition, said: Said): string {
  if (said.kind === "confused") {
    const lines = CONFUSED[def.meta.lang];
    return lines[said.variant % lines.length] ?? lines[0] ?? "";
  }
  const lines = linesOf(def, said.kind, said.id);
  return lines[said.variant] ?? lines[0] ?? "";
}

export function leadLines(def: ScriptDefinition, context: CallContext): string[] {
  return context.said.map((said) => sayText(def, said)).filter((line) => line !== "");
}

export function currentObjection(def: ScriptDefinition, call: PersistedCall): ObjectionDef | undefined {
  const id = call.context.objection;
  return id === null ? undefined : def.objections.find((objection) => objection.id === id);
}

/** The replies open now: the open objection's handlings, else the step's options. */
export function openOptions(def: ScriptDefinition, call: PersistedCall): OptionDef[] {
  if (call.status === "done") return [];
  const objection = currentObjection(def, call);
  if (objection) return objection.options;
  return def.steps.find((step) => step.id === call.value)?.options ?? [];
}
