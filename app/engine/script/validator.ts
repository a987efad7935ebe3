/**
 * Checks a parsed script for the mistakes an author can make, each reported at the element that
 * causes it. Structural checks live here; facts, objections and language in contentChecks.ts;
 * what only playing the call can show (the pass mark, blind policies, never-shown content) in
 * checker.ts.
 */
import type { Scorer } from "../scoring/types";
import { canFinish, hangupEnd, objectionsAt, passThroughCycle, reachable } from "./graph";
import { checkFacts, checkLanguage, checkObjections } from "./contentChecks";
import { checkScript, type CheckReport } from "./checker";
import { sortProblems } from "./parser";
import type { Position, Problem, ProblemParams, ScriptDefinition } from "./types";

export interface ValidateOptions {
  /** scores the played calls; the engine's test scorer when absent */
  scorer?: Scorer;
  /** seeds the checker plays (at least 100 for the library; fewer in quick unit tests) */
  seeds?: number;
  /** false: structural checks only, without playing the call */
  play?: boolean;
}

export function problemAt(
  pos: Position,
  code: string,
  message: string,
  params: ProblemParams,
  severity: Problem["severity"] = "error",
): Problem {
  return { line: pos.line, column: pos.column, code, message, severity, params };
}

export function validateScript(def: ScriptDefinition, options: ValidateOptions = {}): Problem[] {
  return validateWithReport(def, options).problems;
}

/** The problems, and what the checker measured when it played the call (absent on a broken graph). */
export function validateWithReport(def: ScriptDefinition, options: ValidateOptions = {}): { problems: Problem[]; check?: CheckReport } {
  const problems = [
    ...checkIds(def),
    ...checkReferences(def),
    ...checkFlow(def),
    ...checkReactions(def),
    ...checkObjections(def),
    ...checkFacts(def, options.scorer),
    ...checkLanguage(def),
  ];
  // Playing the call only makes sense on a sound graph.
  const sound = !problems.some((problem) => problem.severity === "error");
  if (!sound || options.play === false) return { problems: sortProblems(problems) };
  const check = checkScript(def, options);
  return { problems: sortProblems([...problems, ...check.problems]), check };
}

function checkIds(def: ScriptDefinition): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, Position>();
  const reactions = def.steps.flatMap((step) => step.reactions);
  for (const item of [...def.steps, ...reactions, ...def.objections, ...def.ends]) {
    const first = seen.get(item.id);
    if (first)
      problems.push(
        problemAt(item.pos, "validate.duplicate-id", `id "${item.id}" is already used on line ${first.line}`, {
          id: item.id,
          line: first.line,
        }),
      );
    else seen.set(item.id, item.pos);
  }
  const options = new Map<string, Position>();
  for (const option of [...def.steps, ...reactions, ...def.objections].flatMap((owner) => owner.options)) {
    const first = options.get(option.id);
    if (first)
      problems.push(
        problemAt(option.pos, "validate.duplicate-option", `option id "${option.id}" is already used on line ${first.line}`, {
          id: option.id,
          line: first.line,
        }),
      );
    else options.set(option.id, option.pos);
  }
  return problems;
}

function checkReferences(def: ScriptDefinition): Problem[] {
  const problems: Problem[] = [];
  const targets = new Set([...def.steps, ...def.ends].map((item) => item.id));
  const steps = new Set(def.steps.map((step) => step.id));
  const owners = [...def.steps, ...def.steps.flatMap((step) => step.reactions), ...def.objections];
  for (const option of owners.flatMap((owner) => owner.options)) {
    if (option.to !== undefined && !targets.has(option.to)) {
      problems.push(
        problemAt(option.toPos ?? option.pos, "validate.missing-target", `to="${option.to}": no <Step> or <End> has this id`, {
          target: option.to,
        }),
      );
    }
  }
  for (const reaction of def.steps.flatMap((step) => step.reactions)) {
    if (reaction.to !== undefined && !targets.has(reaction.to)) {
      problems.push(
        problemAt(reaction.toPos ?? reaction.pos, "validate.missing-target", `to="${reaction.to}": no <Step> or <End> has this id`, {
          target: reaction.to,
        }),
      );
    }
  }
  for (const objection of def.objections) {
    for (const stepId of objection.at.filter((id) => !steps.has(id))) {
      problems.push(
        problemAt(objection.atPos ?? objection.pos, "validate.unknown-step", `at="${stepId}": no <Step> has this id`, { step: stepId }),
      );
    }
  }
  return problems;
}

function checkFlow(def: ScriptDefinition): Problem[] {
  const first = def.steps[0];
  if (!first) return [problemAt({ line: 1, column: 1 }, "validate.no-steps", "the script has no <Step>", {})];
  const problems: Problem[] = [];
  if (def.ends.length === 0) problems.push(problemAt(first.pos, "validate.no-end", "the script has no <End>: add at least one", {}));
  if (!hangupEnd(def)) {
    problems.push(
      problemAt(
        def.ends[0]?.pos ?? first.pos,
        "validate.no-hangup",
        `add <End outcome="hung_up">: the lead hangs up there when patience runs out`,
        {},
      ),
    );
  }
  const reached = reachable(def);
  const finishing = canFinish(def);
  for (const step of def.steps) {
    const name = { step: step.id };
    if (step.lines.length === 0)
      problems.push(problemAt(step.pos, "validate.no-lead", `<Step id="${step.id}"> needs a <Lead> line`, { element: `Step ${step.id}` }));
    else if (step.lines.every((line) => line.when))
      problems.push(
        problemAt(
          step.pos,
          "validate.lines-conditional",
          `every <Lead> of step "${step.id}" has a when: when none holds, the lead says nothing`,
          name,
          "warning",
        ),
      );
    if (!reached.has(step.id))
      problems.push(problemAt(step.pos, "validate.unreachable", `step "${step.id}" is unreachable: no option leads to it`, name));
    if (step.options.length === 0)
      problems.push(problemAt(step.pos, "validate.no-options", `step "${step.id}" is a dead end: it has no <Option>`, name));
    else if (!finishing.has(step.id))
      problems.push(
        problemAt(step.pos, "validate.dead-end", `step "${step.id}" is a dead end: no reply from it ever reaches an <End>`, name),
      );
    else if (step.options.every((option) => option.when))
      problems.push(
        problemAt(
          step.pos,
          "validate.options-conditional",
          `every <Option> of step "${step.id}" has a when: when none holds, the manager has nothing to say`,
          name,
          "warning",
        ),
      );
    if (step.objection && objectionsAt(def, step).length === 0) {
      problems.push(
        problemAt(
          step.pos,
          "validate.no-objection",
          `step "${step.id}" is marked objection but no <Objection> may be raised there`,
          name,
          "warning",
        ),
      );
    }
  }
  for (const end of def.ends) {
    if (!reached.has(end.id))
      problems.push(problemAt(end.pos, "validate.unreachable-end", `end "${end.id}" is unreachable`, { end: end.id }, "warning"));
    if (end.lines.length === 0)
      problems.push(problemAt(end.pos, "validate.no-lead", `<End id="${end.id}"> needs a <Lead> line`, { element: `End ${end.id}` }));
  }
  return problems;
}

function checkReactions(def: ScriptDefinition): Problem[] {
  const problems: Problem[] = [];
  for (const step of def.steps) {
    for (const reaction of step.reactions) {
      const name = { reaction: reaction.id, step: step.id };
      if (reaction.to !== undefined && reaction.options.length > 0) {
        problems.push(
          problemAt(
            reaction.toPos ?? reaction.pos,
            "validate.reaction-to",
            `reaction "${reaction.id}" has options, so to="${reaction.to}" means nothing: the options say where the call goes`,
            name,
          ),
        );
      }
      if (reaction.to === step.id && reaction.options.length === 0) {
        problems.push(
          problemAt(
            reaction.toPos ?? reaction.pos,
            "validate.reaction-loop",
            `reaction "${reaction.id}" passes on to its own step: the lead would talk forever`,
            name,
          ),
        );
      }
    }
  }
  const cycle = passThroughCycle(def);
  const start = cycle?.[0];
  const at = def.steps.find((step) => step.id === start);
  if (cycle && at && cycle.length > 2) {
    problems.push(
      problemAt(at.pos, "validate.reaction-loop", `reactions pass on in a circle (${cycle.join(" → ")}): the lead would talk forever`, {
        reaction: cycle.join(" → "),
        step: at.id,
      }),
    );
  }
  return problems;
}
