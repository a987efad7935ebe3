/**
 * Playing a whole format-2 call by a fixed policy — always the best reply, or always the worst —
 * used by tests and, through checker.ts, by the validator.
 */
import { OPTION_QUALITIES } from "../vocabulary";
import type { QualificationCard, Scorer } from "../scoring/types";
import type { OptionDef, ScriptDefinition } from "../script/types";
import { openOptions } from "./call";
import { startAttempt, stepAttempt } from "./attempt";
import { finishAttempt } from "./finish";
import { personaFor } from "./variant";
import type { AttemptOutcome, AttemptSnapshotV2, StartOptions, TurnRecord } from "./types";

export type Policy = "best" | "worst";

/** Long enough for any real script; a policy still running by then is going round a loop. */
export const MAX_TURNS = 200;

function rank(option: Pick<OptionDef, "quality">): number {
  return OPTION_QUALITIES.indexOf(option.quality);
}

/** Best: the highest quality, first in file order. Worst: the lowest quality, last in file order. */
export function pickOption<T extends Pick<OptionDef, "quality">>(options: readonly T[], policy: Policy): T | undefined {
  let chosen: T | undefined;
  for (const option of options) {
    if (!chosen) chosen = option;
    else if (policy === "best" ? rank(option) < rank(chosen) : rank(option) >= rank(chosen)) chosen = option;
  }
  return chosen;
}

/** The card a manager would fill: exactly the facts the lead revealed in this call. */
export function cardFromRevealed(def: ScriptDefinition, snapshot: AttemptSnapshotV2): QualificationCard {
  const facts = personaFor(def, snapshot.variant).facts;
  const card: QualificationCard = {};
  for (const fact of snapshot.machine.context.revealed) {
    const value = facts[fact]?.value;
    if (value !== undefined) card[fact] = value;
  }
  return card;
}

export interface PlayedCall {
  snapshot: AttemptSnapshotV2;
  turns: TurnRecord[];
  /** undefined when the call did not end within MAX_TURNS */
  outcome?: AttemptOutcome;
}

export function playPolicy(def: ScriptDefinition, policy: Policy, scorer: Scorer, seed = 1, start: Partial<StartOptions> = {}): PlayedCall {
  let { snapshot } = startAttempt(def, { seed, mode: "exam", answerMode: "choice", ...start, scorer });
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
