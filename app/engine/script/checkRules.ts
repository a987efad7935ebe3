/**
 * What the checker judges from the calls it played (checker.ts). Errors: the pass mark out of reach
 * of the best path, a best path shorter than the blueprint asks, a blind policy that passes, typed
 * best words that do not pass where the clicks do, a blueprint objection nothing raises, a call that
 * can get stuck. Warnings: the best path failing on some seeds, content never shown, a condition
 * that never changes, one quality systematically longer than the others.
 */
import type { CallContext } from "./state";
import type { PolicyFigures, PolicyName, Run } from "./checker";
import { factFields } from "./contentChecks";
import { objectionsAt } from "./graph";
import type { Condition, OptionDef, Position, Problem, ProblemParams, ScriptDefinition } from "./types";

export interface Observed {
  /** option ids ever open */
  shown: Set<string>;
  /** `kind:id:line` of every line said */
  said: Set<string>;
  happened: Set<string>;
  raised: Set<string>;
  conditions: Map<Condition, { yes: number; no: number }>;
  condition(condition: Condition, value: boolean): void;
  record(context: CallContext): void;
}

const BLIND_POLICIES = ["first", "longest", "emptyCard"] as const;
const POLICY_TEXT: Record<PolicyName, string> = {
  best: "the best reply every time",
  first: "always the first reply shown",
  longest: "always the longest reply",
  emptyCard: "the best replies with an empty card",
  random: "a random reply",
  typed: "typing the best replies",
};

function problem(pos: Position, code: string, message: string, params: ProblemParams, severity: Problem["severity"] = "error"): Problem {
  return { ...pos, code, message, severity, params };
}

function firstPos(def: ScriptDefinition): Position {
  return def.steps[0]?.pos ?? { line: 1, column: 1 };
}

function metaPos(def: ScriptDefinition, key: string): Position {
  return def.metaLines[key] ?? { line: 1, column: 1 };
}

/** The gate that failed most often among the runs that did not pass. */
function commonFailure(runs: Run[]): string {
  const counts = new Map<string, number>();
  for (const run of runs) for (const gate of run.outcome?.failed ?? []) counts.set(gate, (counts.get(gate) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "passMark";
}

function bestPath(def: ScriptDefinition, runs: Run[], figures: PolicyFigures): Problem[] {
  const problems: Problem[] = [];
  const stuck = runs.find((run) => run.stuck !== undefined);
  if (stuck)
    problems.push(
      problem(firstPos(def), "check.stuck", `on seed ${stuck.seed} the call gets stuck at step "${stuck.stuck}": no reply is open there`, {
        step: stuck.stuck ?? "",
        seed: stuck.seed,
      }),
    );
  if (figures.unfinished > 0 && !stuck)
    problems.push(
      problem(firstPos(def), "check.best-loops", "always choosing the best reply never ends the call: the best options form a loop", {
        runs: figures.unfinished,
      }),
    );
  const minTurns = def.meta.blueprint.minTurns;
  const short = runs.filter((run) => run.outcome && run.snapshot.turns.filter((turn) => !turn.clarify).length < minTurns);
  if (short.length > 0) {
    const turns = Math.min(...short.map((run) => run.snapshot.turns.length));
    problems.push(
      problem(
        metaPos(def, "blueprint.minTurns"),
        "check.best-too-short",
        `the best path ends after ${turns} turns on ${short.length} of ${runs.length} seeds, but the blueprint asks for at least ${minTurns}`,
        { turns, minTurns, seeds: short.length, runs: runs.length },
      ),
    );
  }
  const failed = runs.filter((run) => run.outcome && !run.outcome.passed);
  const ended = runs.length - figures.unfinished;
  if (ended > 0 && figures.passes === 0 && short.length === 0) {
    problems.push(
      problem(
        metaPos(def, "passMark"),
        "check.best-unreachable",
        `passMark ${def.meta.passMark} cannot be reached: the best path scores ${figures.min}–${figures.max} (median ${figures.median}) over ${runs.length} seeds and fails on ${commonFailure(failed)}`,
        {
          passMark: def.meta.passMark,
          min: figures.min,
          median: figures.median,
          max: figures.max,
          runs: runs.length,
          gate: commonFailure(failed),
        },
      ),
    );
  } else if (failed.length > 0 && short.length === 0) {
    problems.push(
      problem(
        metaPos(def, "passMark"),
        "check.best-unstable",
        `the best path fails on ${failed.length} of ${runs.length} seeds (lowest total ${figures.min}, most often on ${commonFailure(failed)})`,
        { fails: failed.length, runs: runs.length, min: figures.min, gate: commonFailure(failed) },
        "warning",
      ),
    );
  }
  return problems;
}

function blind(def: ScriptDefinition, policies: Record<PolicyName, PolicyFigures>): Problem[] {
  // With nothing to find out the card is not scored, and an empty card is no shortcut.
  const noCard = factFields(def).length === 0;
  return BLIND_POLICIES.flatMap((policy) => {
    const figures = policies[policy];
    if (figures.passes === 0 || (policy === "emptyCard" && noCard)) return [];
    return [
      problem(
        metaPos(def, "passMark"),
        "check.blind-pass",
        `${POLICY_TEXT[policy]} passes on ${figures.passes} of ${figures.runs} seeds: the score must be earned`,
        { policy, passes: figures.passes, runs: figures.runs },
      ),
    ];
  });
}

function typed(def: ScriptDefinition, runs: Record<PolicyName, Run[]>): Problem[] {
  const bySeed = new Map(runs.best.map((run) => [run.seed, run]));
  const lost = runs.typed.filter((run) => bySeed.get(run.seed)?.outcome?.passed && !run.outcome?.passed);
  if (lost.length === 0) return [];
  const example = lost[0];
  const at = example?.snapshot.turns.find((turn) => turn.optionId === null)?.stepId ?? example?.snapshot.machine.value ?? "";
  return [
    problem(
      firstPos(def),
      "check.typed-fails",
      `typing the best replies' own words fails on ${lost.length} of ${runs.typed.length} seeds where clicking them passes (first lost at step "${at}")`,
      { fails: lost.length, runs: runs.typed.length, step: at },
    ),
  ];
}

function coverage(def: ScriptDefinition, observed: Observed): Problem[] {
  const problems: Problem[] = [];
  const warn = (pos: Position, code: string, message: string, params: ProblemParams) =>
    problems.push(problem(pos, code, message, params, "warning"));
  for (const step of def.steps) {
    for (const reaction of step.reactions) {
      if (!observed.happened.has(reaction.id))
        warn(reaction.pos, "check.never-raised", `reaction "${reaction.id}" never happens on any seed`, {
          kind: "reaction",
          id: reaction.id,
        });
    }
  }
  for (const objection of def.objections) {
    if (!observed.raised.has(objection.id) && def.steps.some((step) => objectionsAt(def, step).includes(objection))) {
      warn(objection.pos, "check.never-raised", `objection "${objection.id}" is never raised on any seed`, {
        kind: "objection",
        id: objection.id,
      });
    }
  }
  const owners = [
    ...def.steps.map((step) => ({ kind: "step" as const, id: step.id, lines: step.lines })),
    ...def.steps.flatMap((step) =>
      step.reactions.map((reaction) => ({ kind: "reaction" as const, id: reaction.id, lines: reaction.lines })),
    ),
    ...def.objections.map((objection) => ({ kind: "objection" as const, id: objection.id, lines: objection.lines })),
    ...def.reveals.map((reveal) => ({ kind: "reveal" as const, id: reveal.fact, lines: reveal.lines })),
    ...def.ends.map((end) => ({ kind: "end" as const, id: end.id, lines: end.lines })),
  ];
  for (const owner of owners) {
    owner.lines.forEach((line, index) => {
      if (!observed.said.has(`${owner.kind}:${owner.id}:${index}`))
        warn(line.pos, "check.never-shown", `this <Lead> of ${owner.kind} "${owner.id}" is never said on any seed`, {
          what: "line",
          kind: owner.kind,
          id: owner.id,
        });
    });
  }
  const options = [...def.steps, ...def.steps.flatMap((step) => step.reactions), ...def.objections].flatMap((owner) => owner.options);
  for (const option of options) {
    if (!observed.shown.has(option.id))
      warn(option.pos, "check.never-shown", `option "${option.id}" is never offered on any seed`, { what: "option", id: option.id });
  }
  for (const end of def.ends) {
    for (const goal of end.goals) {
      if ((observed.conditions.get(goal.when)?.yes ?? 0) === 0)
        warn(goal.pos, "check.never-shown", `this <Goal> of end "${end.id}" never applies on any seed`, { what: "goal", id: end.id });
    }
  }
  return problems;
}

/** Every condition the runtime evaluated, with where it is written. */
function conditionsWithPlaces(def: ScriptDefinition): { condition: Condition; pos: Position }[] {
  const found: { condition: Condition; pos: Position }[] = [];
  const add = (condition: Condition | undefined, pos: Position) => {
    if (condition) found.push({ condition, pos });
  };
  const options = (list: OptionDef[]) => list.forEach((option) => add(option.when, option.pos));
  for (const step of def.steps) {
    step.lines.forEach((line) => add(line.when, line.pos));
    options(step.options);
    for (const reaction of step.reactions) {
      add(reaction.when, reaction.pos);
      reaction.lines.forEach((line) => add(line.when, line.pos));
      options(reaction.options);
    }
  }
  for (const objection of def.objections) {
    add(objection.when, objection.pos);
    objection.lines.forEach((line) => add(line.when, line.pos));
    options(objection.options);
  }
  for (const reveal of def.reveals) add(reveal.when, reveal.pos);
  for (const item of [...def.reveals, ...def.ends]) item.lines.forEach((line) => add(line.when, line.pos));
  return found;
}

function constants(def: ScriptDefinition, observed: Observed): Problem[] {
  return conditionsWithPlaces(def).flatMap(({ condition, pos }) => {
    const seen = observed.conditions.get(condition);
    if (!seen || (seen.yes > 0 && seen.no > 0)) return [];
    const value = seen.yes > 0 ? "true" : "false";
    return [
      problem(
        pos,
        "check.condition-constant",
        `when="${condition.text}" is ${value} every time it is checked, on every seed`,
        { condition: condition.text, value },
        "warning",
      ),
    ];
  });
}

/**
 * A quality is systematically longer when, over the option sets with at least two qualities, it
 * is the unique longest option in more than half of the sets it appears in (and in three or more).
 */
export function longerQuality(def: ScriptDefinition): Problem[] {
  const sets = [...def.steps, ...def.steps.flatMap((step) => step.reactions), ...def.objections]
    .map((owner) => owner.options)
    .filter((options) => new Set(options.map((option) => option.quality)).size >= 2);
  const appears = new Map<string, number>();
  const longest = new Map<string, number>();
  for (const options of sets) {
    for (const quality of new Set(options.map((option) => option.quality))) appears.set(quality, (appears.get(quality) ?? 0) + 1);
    const sorted = [...options].sort((a, b) => b.text.length - a.text.length);
    const [top, next] = sorted;
    if (top && (!next || top.text.length > next.text.length)) longest.set(top.quality, (longest.get(top.quality) ?? 0) + 1);
  }
  return [...longest].flatMap(([quality, count]) => {
    const total = appears.get(quality) ?? 0;
    if (count < 3 || count <= total / 2) return [];
    const percent = Math.round((100 * count) / total);
    return [
      problem(
        firstPos(def),
        "check.quality-longer",
        `"${quality}" replies are the longest on ${count} of the ${total} steps that offer one (${percent} %): a manager can pick by length`,
        { quality, count, total, percent },
        "warning",
      ),
    ];
  });
}

function blueprint(def: ScriptDefinition, observed: Observed): Problem[] {
  return def.meta.blueprint.objections.flatMap((id, index) =>
    observed.raised.has(id)
      ? []
      : [
          problem(
            def.metaLines[`blueprint.objections.${index}`] ?? metaPos(def, "blueprint"),
            "check.blueprint-never",
            `blueprint objection "${id}" is never raised in an exam on any seed: no path lets it come`,
            { objection: id },
          ),
        ],
  );
}

/**
 * A file in the round-1 style (no `format: 2` in its header) was written before the score had to
 * be earned: what blind policies and typed replies do is reported as warnings, with a note, so the
 * library keeps loading while it is rewritten. Declaring `format: 2` makes them errors.
 */
const LENIENT_CODES: ReadonlySet<string> = new Set(["check.blind-pass", "check.typed-fails"]);

function lenient(def: ScriptDefinition, problems: Problem[]): Problem[] {
  if (def.meta.format === 2 || !problems.some((item) => LENIENT_CODES.has(item.code))) return problems;
  const softened = problems.map((item) => (LENIENT_CODES.has(item.code) ? { ...item, severity: "warning" as const } : item));
  return [
    ...softened,
    problem(
      metaPos(def, "id"),
      "check.round-1-file",
      "this file does not declare format: 2, so what blind policies and typed replies do is only a warning; fix it and add format: 2 to the header",
      {},
      "warning",
    ),
  ];
}

export function judge(
  def: ScriptDefinition,
  runs: Record<PolicyName, Run[]>,
  policies: Record<PolicyName, PolicyFigures>,
  observed: Observed,
): Problem[] {
  return lenient(def, [
    ...bestPath(def, runs.best, policies.best),
    ...blind(def, policies),
    ...typed(def, runs),
    ...blueprint(def, observed),
    ...coverage(def, observed),
    ...constants(def, observed),
    ...longerQuality(def),
  ]);
}
