/**
 * The checker: plays each script over many seeds (100 by default) with the scorer it is given —
 * the real one in the studio and content:check — by several policies, and judges what it saw
 * (checkRules.ts). Policies: the best path (highest-quality open option, the revealed facts on the
 * card), blind ones (always the first option shown, always the longest, the best path with an
 * empty card), a uniformly random choice (reported, not judged) and free text typing the best
 * options' own words. All judged in exam mode, where the blueprint applies. What is ever said,
 * offered or raised (and whether a condition changes) is the union over every mode a script can
 * be played in: the same choosers play practice too (unscored: only what happens counts), where
 * no blueprint objection is forced and the reactions it would crowd out get their turn.
 */
import type { AnswerMode } from "../vocabulary";
import type { Scorer } from "../scoring/types";
import { advanceAttempt, startSnapshot, type Driver } from "../simulation/attempt";
import { openOptions } from "../simulation/call";
import { finishAttempt } from "../simulation/finish";
import { memoScorer } from "../simulation/memoScorer";
import { cardFromRevealed, MAX_TURNS, pickOption } from "../simulation/paths";
import { mixSeed, nextIndex } from "../simulation/rng";
import { testScorer } from "../simulation/testScorer";
import { shownOptions } from "../simulation/view";
import type { AttemptOutcome, AttemptSnapshotV2 } from "../simulation/types";
import { judge, type Observed } from "./checkRules";
import { fillContext, fillText } from "../simulation/call";
import { fastInitial, fastTransition } from "./fastMachine";
import { coveragePlay, explorer, type Chooser } from "./explore";
import { observeConditions } from "./state";
import type { Condition, OptionDef, Problem, ScriptDefinition } from "./types";
import type { ValidateOptions } from "./validator";

export const CHECK_SEEDS = 100;

export const POLICIES = ["best", "first", "longest", "emptyCard", "random", "typed"] as const;
export type PolicyName = (typeof POLICIES)[number];
/** The blind policies: none may pass on any seed. */
export const BLIND: readonly PolicyName[] = ["first", "longest", "emptyCard"];

export interface PolicyFigures {
  runs: number;
  passes: number;
  /** totals over the runs that ended */
  min: number;
  median: number;
  max: number;
  /** runs that did not end (a loop, or no reply open) */
  unfinished: number;
}

export interface CheckReport {
  problems: Problem[];
  policies: Record<PolicyName, PolicyFigures>;
  seeds: number;
}

export interface Run {
  seed: number;
  snapshot: AttemptSnapshotV2;
  outcome?: AttemptOutcome;
  /** the step where no reply was open, when the call got stuck */
  stuck?: string;
}

function longest(open: OptionDef[]): OptionDef | undefined {
  return open.reduce<OptionDef | undefined>((best, option) => (!best || option.text.length > best.text.length ? option : best), undefined);
}

const choosers: Record<Exclude<PolicyName, "emptyCard">, Chooser> = {
  best: (open) => {
    const option = pickOption(open, "best");
    return option && { kind: "option", optionId: option.id };
  },
  first: (_open, def, snapshot) => {
    const option = shownOptions(def, snapshot)[0];
    return option && { kind: "option", optionId: option.id };
  },
  longest: (open) => {
    const option = longest(open);
    return option && { kind: "option", optionId: option.id };
  },
  random: (open, _def, snapshot) => {
    const [index] = nextIndex(mixSeed(snapshot.seed, "random", snapshot.turns.length), open.length);
    const option = open[index];
    return option && { kind: "option", optionId: option.id };
  },
  typed: (open, def, snapshot) => {
    const option = pickOption(open, "best");
    return option && { kind: "text", text: fillText(option.text, fillContext(def, snapshot.variant, snapshot.player)) };
  },
};

/** The machine's semantics without the interpreter: the same calls, thousands of times faster to play. */
const fastDriver: Driver = {
  initial: (def, input) => fastInitial(def, input),
  next: (def, snapshot, event) => fastTransition(def, snapshot.machine, event),
};

function play(def: ScriptDefinition, seed: number, choose: Chooser, answerMode: AnswerMode, scorer: Scorer, observed: Observed): Run {
  let snapshot = startSnapshot(def, { seed, mode: "exam", answerMode, scorer }, fastDriver);
  observed.record(snapshot.machine.context);
  while (snapshot.machine.status !== "done" && snapshot.turns.length < MAX_TURNS) {
    const open = openOptions(def, snapshot.machine);
    for (const option of open) observed.shown.add(option.id);
    const reply = choose(open, def, snapshot);
    if (!reply) return { seed, snapshot, stuck: snapshot.machine.value };
    snapshot = advanceAttempt(def, snapshot, reply, { scorer }, fastDriver).snapshot;
    observed.record(snapshot.machine.context);
  }
  if (snapshot.machine.status !== "done") return { seed, snapshot };
  return { seed, snapshot, outcome: finishAttempt(def, snapshot, cardFromRevealed(def, snapshot), { scorer }) };
}

/**
 * Coverage: the judged choosers again in practice, and the explorer in both modes, in rounds of
 * EXPLORE_ROUND calls that each start afresh (a rare mix of choices gets several chances, on
 * different seeds and variants).
 */
export const EXPLORE_ROUND = 50;

function coverage(def: ScriptDefinition, seeds: number, scorer: Scorer, observed: Observed): void {
  for (const policy of ["best", "first", "longest", "random"] as const) {
    for (let seed = 1; seed <= seeds; seed++) coveragePlay(def, seed, "practice", choosers[policy], scorer, observed);
  }
  for (const mode of ["practice", "exam"] as const) {
    let picked = new Set<string>();
    for (let seed = 1; seed <= EXPLORE_SEEDS_FACTOR * seeds; seed++) {
      if ((seed - 1) % EXPLORE_ROUND === 0) picked = new Set();
      coveragePlay(def, seed, mode, explorer(picked), scorer, observed);
    }
  }
}

/** Explorer calls per mode, as a multiple of the seeds: they cost no scoring. */
const EXPLORE_SEEDS_FACTOR = 2;

function figures(runs: Run[]): PolicyFigures {
  const totals = runs.flatMap((run) => (run.outcome ? [run.outcome.total] : [])).sort((a, b) => a - b);
  return {
    runs: runs.length,
    passes: runs.filter((run) => run.outcome?.passed).length,
    min: totals[0] ?? 0,
    median: totals.length === 0 ? 0 : (totals[Math.floor((totals.length - 1) / 2)] ?? 0),
    max: totals[totals.length - 1] ?? 0,
    unfinished: runs.filter((run) => !run.outcome).length,
  };
}

export function checkScript(def: ScriptDefinition, options: ValidateOptions = {}): CheckReport {
  const scorer = memoScorer(options.scorer ?? testScorer);
  const seeds = Math.max(1, options.seeds ?? CHECK_SEEDS);
  const observed = newObserved();
  const runs = {} as Record<PolicyName, Run[]>;
  observeConditions((condition, value) => observed.condition(condition, value));
  try {
    for (const policy of ["best", "first", "longest", "random", "typed"] as const) {
      const answerMode = policy === "typed" ? "free" : "choice";
      runs[policy] = Array.from({ length: seeds }, (_, index) => play(def, index + 1, choosers[policy], answerMode, scorer, observed));
    }
    coverage(def, seeds, scorer, observed);
    // The best path again, the card left empty: the same calls, finished differently.
    runs.emptyCard = runs.best.map((run) => (run.outcome ? { ...run, outcome: finishAttempt(def, run.snapshot, {}, { scorer }) } : run));
  } finally {
    observeConditions(undefined);
  }
  const policies = Object.fromEntries(POLICIES.map((policy) => [policy, figures(runs[policy])])) as Record<PolicyName, PolicyFigures>;
  return { problems: judge(def, runs, policies, observed), policies, seeds };
}

function newObserved(): Observed {
  const conditions = new Map<Condition, { yes: number; no: number }>();
  return {
    shown: new Set(),
    said: new Set(),
    happened: new Set(),
    raised: new Set(),
    conditions,
    condition(condition, value) {
      const seen = conditions.get(condition) ?? { yes: 0, no: 0 };
      if (value) seen.yes += 1;
      else seen.no += 1;
      conditions.set(condition, seen);
    },
    record(context) {
      for (const said of context.said) this.said.add(`${said.kind}:${said.id}:${said.line}`);
      for (const id of context.reactions) this.happened.add(id);
      for (const id of context.raised) this.raised.add(id);
    },
  };
}
