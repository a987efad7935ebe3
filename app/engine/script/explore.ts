/**
 * Coverage plays for the checker: calls played on the fast stepper only, unscored and without
 * transcripts, to see what is ever said, offered, raised or true in every mode a script can be
 * played in. Practice matters as much as the exam: there no blueprint objection is forced, and the
 * reactions it would crowd out get their turn. Nothing here is judged except what happens.
 */
import type { AttemptMode } from "../vocabulary";
import type { Scorer } from "../scoring/types";
import { askedFacts } from "../simulation/asks";
import { fillContext, fillText } from "../simulation/call";
import { effectiveBlueprint } from "../simulation/attempt";
import { MAX_TURNS, pickOption } from "../simulation/paths";
import { mixSeed, nextIndex } from "../simulation/rng";
import type { AttemptSnapshotV2, ScoredTurn } from "../simulation/types";
import { openOptions } from "./callLogic";
import { fastInitial, fastTransition, type FastCall } from "./fastMachine";
import { indexOf } from "./lookup";
import { DEFAULT_PLAYER } from "./placeholders";
import { holds, type CallContext } from "./state";
import type { Blueprint, OptionDef, ScriptDefinition } from "./types";

/** Picks the reply of a moment; undefined when nothing is open. */
export type Chooser = (
  open: OptionDef[],
  def: ScriptDefinition,
  snapshot: AttemptSnapshotV2,
) => { kind: "option"; optionId: string } | { kind: "text"; text: string } | undefined;

export interface Seen {
  shown: Set<string>;
  record(context: CallContext): void;
}

/**
 * An explorer: a move not made yet when there is one (seeded among them), else the best option, so
 * that later calls get past what earlier ones tried and branch off deeper. A move is an option
 * after the previous one, for the persona variant drawn: what takes two choices in a row (a weak
 * question, then the answer that only fits then) or one variant is reached on purpose, not by luck.
 */
export function explorer(picked: Set<string>): Chooser {
  return (open, _def, snapshot) => {
    const context = snapshot.machine.context;
    const move = (option: OptionDef) => `${context.variant ?? ""}|${context.chosen.at(-1) ?? ""}|${option.id}`;
    const fresh = open.filter((option) => !picked.has(move(option)));
    const [index] = nextIndex(mixSeed(snapshot.seed, "explore", snapshot.turns.length), fresh.length);
    const option = fresh.length > 0 ? fresh[index] : pickOption(open, "best");
    if (!option) return undefined;
    picked.add(move(option));
    return { kind: "option", optionId: option.id };
  };
}

const TURN: ScoredTurn = {
  stepId: "",
  objectionId: null,
  objectionType: null,
  optionId: null,
  score: { items: [], perSkill: {}, flags: [] },
};

/** What a chooser reads of a snapshot (seed, variant, the call, the number of turns), nothing more. */
function moment(
  def: ScriptDefinition,
  seed: number,
  mode: AttemptMode,
  blueprint: Blueprint,
  call: FastCall,
  turns: ScoredTurn[],
): AttemptSnapshotV2 {
  return {
    format: 2,
    scriptId: def.meta.id,
    seed,
    mode,
    answerMode: "choice",
    variant: call.context.variant,
    player: DEFAULT_PLAYER,
    blueprint,
    machine: call,
    transcript: [],
    turns,
  };
}

/** One call by `choose`, clicking only; every moment recorded into `seen`. */
export function coveragePlay(def: ScriptDefinition, seed: number, mode: AttemptMode, choose: Chooser, scorer: Scorer, seen: Seen): void {
  const blueprint = effectiveBlueprint(def, undefined);
  let call = fastInitial(def, { seed, required: mode === "exam" ? blueprint.objections : [] });
  const turns: ScoredTurn[] = [];
  seen.record(call.context);
  while (call.status !== "done" && turns.length < MAX_TURNS) {
    const open = openOptions(def, call.context, call.value);
    for (const option of open) seen.shown.add(option.id);
    const reply = choose(open, def, moment(def, seed, mode, blueprint, call, turns));
    const option = reply?.kind === "option" ? open.find((candidate) => candidate.id === reply.optionId) : undefined;
    if (!option) return;
    // A click is matched against the <Ask>s with the words shown, as in a real attempt.
    const text = fillText(option.text, fillContext(def, call.context.variant, DEFAULT_PLAYER));
    call = fastTransition(def, call, { type: "manager.reply", optionId: option.id, asked: askedFacts(def, text, scorer) });
    turns.push(TURN);
    seen.record(call.context);
  }
  // The end's <Goal> conditions are checked, as finishing would.
  if (call.status === "done") for (const goal of indexOf(def).ends.get(call.value)?.goals ?? []) holds(goal.when, call.context);
}
