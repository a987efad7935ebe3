/**
 * Playing a whole call by a fixed policy — always the best reply, or always the worst — used by the
 * validator (can the best path reach the pass mark?) and by the model-based tests.
 */
import { OPTION_QUALITIES } from "../vocabulary";
import type { QualificationCard, Scorer } from "../scoring/types";
import type { OptionDef, ScriptDefinition } from "./types";
import { openOptions } from "./call";
import { startAttempt, stepAttempt } from "./attempt";
import { finishAttempt } from "./finish";
import type { AttemptOutcome, AttemptSnapshot, TurnRecord } from "./simTypes";

export type Policy = "best" | "worst";

/** Long enough for any real script; a policy still running by then is going round a loop. */
export const MAX_TURNS = 200;

function rank(option: OptionDef): number {
  return OPTION_QUALITIES.indexOf(option.quality);
}

/** Best: the highest quality, first in file order. Worst: the lowest quality, last in file order. */
export function pickOption(options: readonly OptionDef[], policy: Policy): OptionDef | undefined {
  let chosen: OptionDef | undefined;
  for (const option of options) {
    if (!chosen) chosen = option;
    else if (policy === "best" ? rank(option) < rank(chosen) : rank(option) >= rank(chosen)) chosen = option;
  }
  return chosen;
}

/** The card a manager would fill: exactly the facts the lead revealed in this call. */
export function cardFromRevealed(def: ScriptDefinition, snapshot: AttemptSnapshot): QualificationCard {
  const card: QualificationCard = {};
  for (const fact of snapshot.machine.context.revealed) {
    const value = def.meta.persona.facts[fact]?.value;
    if (value !== undefined) card[fact] = value;
  }
  return card;
}

export interface PlayedCall {
  snapshot: AttemptSnapshot;
  turns: TurnRecord[];
  /** undefined when the call did not end within MAX_TURNS */
  outcome?: AttemptOutcome;
}

export function playPolicy(def: ScriptDefinition, policy: Policy, scorer: Scorer, seed = 1): PlayedCall {
  let { snapshot } = startAttempt(def, { seed, mode: "exam", answerMode: "choice", scorer });
  const turns: TurnRecord[] = [];
  while (snapshot.machine.status !== "done" && turns.length < MAX_TURNS) {
    const option = pickOption(openOptions(def, snapshot.machine), policy);
    if (!option) break;
    const result = stepAttempt(def, snapshot, { kind: "option", optionId: option.id }, { scorer });
    snapshot = result.snapshot;
    turns.push(result.turn);
  }
  if (snapshot.machine.status !== "done") return { snapshot, turns };
  return { snapshot, turns, outcome: finishAttempt(def, snapshot, cardFromRevealed(def, snapshot), { scorer }) };
}
