/**
 * The script as a graph of steps and ends, for reachability checks. Edges are every way the call
 * can move: a step's options, the handlings of objections that may interrupt it, and the hang-up
 * when patience runs out.
 */
import type { ObjectionDef, ScriptDefinition, StepDef } from "./types";

export function objectionsAt(def: ScriptDefinition, step: StepDef): ObjectionDef[] {
  if (!step.objection) return [];
  return def.objections.filter((objection) => objection.at.length === 0 || objection.at.includes(step.id));
}

/** Where a step can lead, without the automatic hang-up. */
export function successors(def: ScriptDefinition, step: StepDef): string[] {
  const targets = step.options.map((option) => option.to);
  for (const objection of objectionsAt(def, step)) {
    for (const option of objection.options) targets.push(option.to ?? step.id);
  }
  return [...new Set(targets.filter((target): target is string => target !== undefined))];
}

export function hangupEnd(def: ScriptDefinition): string | undefined {
  return def.ends.find((end) => end.outcome === "hung_up")?.id;
}

/** Every step and end the call can reach from the first step. */
export function reachable(def: ScriptDefinition): Set<string> {
  const first = def.steps[0];
  const seen = new Set<string>();
  if (!first) return seen;
  const hangup = hangupEnd(def);
  if (hangup) seen.add(hangup); // patience can always run out, e.g. on replies nobody understands
  const queue = [first.id];
  while (queue.length > 0) {
    const id = queue.shift();
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const step = def.steps.find((candidate) => candidate.id === id);
    if (step) queue.push(...successors(def, step));
  }
  return seen;
}

/** Steps from which some end can be reached by replying (hang-ups do not count as a way out). */
export function canFinish(def: ScriptDefinition): Set<string> {
  const done = new Set(def.ends.map((end) => end.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of def.steps) {
      if (done.has(step.id)) continue;
      if (successors(def, step).some((target) => done.has(target))) {
        done.add(step.id);
        grew = true;
      }
    }
  }
  return done;
}
