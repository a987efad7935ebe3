/** The labelled replies and how a turn's 0–100 score is bucketed to compare with the labels. */
import type { TurnInput } from "../types";
import { LABELLED_EN } from "./labelled.en";
import { LABELLED_RU } from "./labelled.ru";
import type { Label, Labelled } from "./types";

export type { Label, Labelled } from "./types";
export const LABELLED: Labelled[] = [...LABELLED_RU, ...LABELLED_EN];

/** good ≥ 75, partial 40–74, bad < 40 (turnPercent on the call-type weights). */
export const GOOD_FROM = 75;
export const PARTIAL_FROM = 40;

export function bucket(percent: number): Label {
  return percent >= GOOD_FROM ? "good" : percent >= PARTIAL_FROM ? "partial" : "bad";
}

export function turnOf(x: Labelled): TurnInput {
  return {
    lang: x.lang,
    leadType: x.leadType,
    text: x.reply,
    leadLine: x.leadLine,
    objectionType: x.objectionType,
    history: x.history ?? [],
    turnIndex: x.turnIndex ?? 2,
    stepSkill: x.stepSkill,
  };
}
