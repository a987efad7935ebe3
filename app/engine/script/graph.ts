/**
 * The script as a graph of steps and ends, for reachability checks. Edges are every way the call
 * can move, whatever the conditions say: a step's options, its reactions' options and pass-through
 * targets, the handlings of objections that may interrupt it, and the hang-up when patience runs
 * out. Conditions narrow this at run time; the checker plays the call to see what really happens.
 */
import type { ObjectionDef, OptionDef, ScriptDefinition, StepDef } from "./types";

export function objectionsAt(def: ScriptDefinition, step: StepDef): ObjectionDef[] {
  if (!step.objection) return [];
  return def.objections.filter((objection) => objection.at.length === 0 || objection.at.includes(step.id));
}

/** Every option the manager may give at a step: its own, its reactions', its objections'. */
export function optionsAround(def: ScriptDefinition, step: StepDef): OptionDef[] {
  return [
    ...step.options,
    ...step.reactions.flatMap((reaction) => reaction.options),
    ...objectionsAt(def, step).flatMap((objection) => objection.options),
  ];
}

/** Where a step can lead, without the automatic hang-up; an option without `to` resumes the step. */
export function successors(def: ScriptDefinition, step: StepDef): string[] {
  const targets = optionsAround(def, step).map((option) => option.to ?? step.id);
  for (const reaction of step.reactions) if (reaction.to !== undefined && reaction.options.length === 0) targets.push(reaction.to);
  return [...new Set(targets)];
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

/** A chain of pass-through reactions that comes back to where it began would never let the manager speak. */
export function passThroughCycle(def: ScriptDefinition): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const step of def.steps) {
    next.set(
      step.id,
      step.reactions.filter((reaction) => reaction.to !== undefined && reaction.options.length === 0).map((reaction) => reaction.to ?? ""),
    );
  }
  const visit = (id: string, path: string[]): string[] | undefined => {
    if (path.includes(id)) return [...path.slice(path.indexOf(id)), id];
    for (const target of next.get(id) ?? []) {
      const found = visit(target, [...path, id]);
      if (found) return found;
    }
    return undefined;
  };
  for (const step of def.steps) {
    const found = visit(step.id, []);
    if (found) return found;
  }
  return undefined;
}
