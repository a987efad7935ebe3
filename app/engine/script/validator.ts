/**
 * Checks a parsed script for the mistakes an author can make, each reported at the element that
 * causes it. Structural checks live here; facts, objections, language and the pass mark in
 * contentChecks.ts.
 */
import type { Scorer } from "../scoring/types";
import { canFinish, hangupEnd, objectionsAt, reachable } from "./graph";
import { checkFacts, checkLanguage, checkObjections, checkPassMark } from "./contentChecks";
import { sortProblems } from "./parser";
import type { Position, Problem, ScriptDefinition } from "./types";

export interface ValidateOptions {
  /** scores the best path for the pass-mark check; the engine's test scorer when absent */
  scorer?: Scorer;
}

export function problemAt(pos: Position, code: string, message: string, severity: Problem["severity"] = "error"): Problem {
  return { line: pos.line, column: pos.column, code, message, severity };
}

export function validateScript(def: ScriptDefinition, options: ValidateOptions = {}): Problem[] {
  const problems = [...checkIds(def), ...checkReferences(def), ...checkFlow(def), ...checkObjections(def), ...checkFacts(def, options.scorer), ...checkLanguage(def)];
  // Playing the best path only makes sense on a sound graph.
  if (!problems.some((problem) => problem.severity === "error")) problems.push(...checkPassMark(def, options.scorer));
  return sortProblems(problems);
}

function checkIds(def: ScriptDefinition): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, Position>();
  for (const item of [...def.steps, ...def.objections, ...def.ends]) {
    const first = seen.get(item.id);
    if (first) problems.push(problemAt(item.pos, "validate.duplicate-id", `id "${item.id}" is already used on line ${first.line}`));
    else seen.set(item.id, item.pos);
  }
  const options = new Map<string, Position>();
  for (const option of [...def.steps, ...def.objections].flatMap((owner) => owner.options)) {
    const first = options.get(option.id);
    if (first) problems.push(problemAt(option.pos, "validate.duplicate-id", `option id "${option.id}" is already used on line ${first.line}`));
    else options.set(option.id, option.pos);
  }
  return problems;
}

function checkReferences(def: ScriptDefinition): Problem[] {
  const problems: Problem[] = [];
  const targets = new Set([...def.steps, ...def.ends].map((item) => item.id));
  const steps = new Set(def.steps.map((step) => step.id));
  for (const option of [...def.steps, ...def.objections].flatMap((owner) => owner.options)) {
    if (option.to !== undefined && !targets.has(option.to)) {
      problems.push(problemAt(option.toPos ?? option.pos, "validate.missing-target", `to="${option.to}": no <Step> or <End> has this id`));
    }
  }
  for (const objection of def.objections) {
    for (const stepId of objection.at.filter((id) => !steps.has(id))) {
      problems.push(problemAt(objection.atPos ?? objection.pos, "validate.unknown-id", `at="${stepId}": no <Step> has this id`));
    }
  }
  return problems;
}

function checkFlow(def: ScriptDefinition): Problem[] {
  const first = def.steps[0];
  if (!first) return [problemAt({ line: 1, column: 1 }, "validate.no-steps", "the script has no <Step>")];
  const problems: Problem[] = [];
  if (def.ends.length === 0) problems.push(problemAt(first.pos, "validate.no-end", "the script has no <End>: add at least one"));
  if (!hangupEnd(def)) {
    problems.push(problemAt(def.ends[0]?.pos ?? first.pos, "validate.no-hangup", `add <End outcome="hung_up">: the lead hangs up there when patience runs out`));
  }
  const reached = reachable(def);
  const finishing = canFinish(def);
  for (const step of def.steps) {
    if (step.lines.length === 0) problems.push(problemAt(step.pos, "validate.no-lead", `<Step id="${step.id}"> needs a <Lead> line`));
    if (!reached.has(step.id)) problems.push(problemAt(step.pos, "validate.unreachable", `step "${step.id}" is unreachable: no option leads to it`));
    if (step.options.length === 0) problems.push(problemAt(step.pos, "validate.dead-end", `step "${step.id}" is a dead end: it has no <Option>`));
    else if (!finishing.has(step.id)) problems.push(problemAt(step.pos, "validate.dead-end", `step "${step.id}" is a dead end: no reply from it ever reaches an <End>`));
    if (step.objection && objectionsAt(def, step).length === 0) {
      problems.push(problemAt(step.pos, "validate.no-objection", `step "${step.id}" is marked objection but no <Objection> may be raised there`, "warning"));
    }
  }
  for (const end of def.ends) {
    if (!reached.has(end.id)) problems.push(problemAt(end.pos, "validate.unreachable", `end "${end.id}" is unreachable`, "warning"));
    if (end.lines.length === 0) problems.push(problemAt(end.pos, "validate.no-lead", `<End id="${end.id}"> needs a <Lead> line`));
  }
  return problems;
}
