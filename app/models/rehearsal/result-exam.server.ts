/**
 * The result page's card, gates and score breakdown, made ready to show in the interface
 * language: each card value says whether it is a closed answer (yes / partly / no, translated by
 * the page), a script value (shown by its label, in the script's language) or text as typed; each
 * required objection carries its kind and the lead's words, so a failed gate can name it.
 */
import { QUALIFICATION_FIELDS } from "~/engine/vocabulary";
// Straight from the scorer's module: the engine's index reaches the browser, the scorer must not.
import { closedValue } from "~/engine/scoring/qualification";
import {
  CALL_WEIGHT,
  GOAL_WEIGHT,
  QUALIFICATION_WEIGHT,
  isV2Definition,
  type AnyScriptDefinition,
  type AttemptOutcome,
  type CardField,
} from "~/engine";
import { objectionPool, type PoolObjection } from "~/models/assignments/assignment-blueprint.server";
import { attemptDefinition, getOwnAttempt, parseOutcome } from "./attempt.server";

export const CLOSED_ANSWERS = ["yes", "partly", "no"] as const;
export type ClosedAnswer = (typeof CLOSED_ANSWERS)[number];

/** One value as the page shows it. */
export type ShownValue =
  | { kind: "empty" }
  | { kind: "answer"; answer: ClosedAnswer }
  | { kind: "text"; text: string; /** the script's language, when the text is the script's own */ lang?: string };

export interface CardRow {
  id: string;
  /** a script field's own label, in the script's language; null for the five standard fields */
  label: string | null;
  given: ShownValue;
  expected: ShownValue;
  correct: boolean;
}

function asAnswer(text: string): ClosedAnswer | null {
  const value = closedValue(text);
  return (CLOSED_ANSWERS as readonly string[]).includes(value) ? (value as ClosedAnswer) : null;
}

/**
 * A value of a field. A script's closed field shows the label of the value id (in the script's
 * language); a standard closed field (fit, or who decides when the author made it closed) shows
 * yes / partly / no as a word the page translates. Anything else is text as it was written.
 */
function shown(text: string, field: CardField, standard: boolean, lang: string, own: boolean): ShownValue {
  if (text.trim() === "") return { kind: "empty" };
  if (field.kind === "closed") {
    const label = standard ? undefined : field.values?.[text];
    if (label !== undefined) return { kind: "text", text: label, lang };
    const answer = asAnswer(text);
    if (answer) return { kind: "answer", answer };
  }
  return own ? { kind: "text", text, lang } : { kind: "text", text };
}

export function cardRows(outcome: AttemptOutcome, lang: string): CardRow[] {
  const fields: CardField[] = outcome.cardFields ?? QUALIFICATION_FIELDS.map((id) => ({ id, kind: id === "fit" ? "closed" : "free" }));
  return fields.flatMap((field) => {
    const row = outcome.qualification.fields[field.id];
    if (!row) return [];
    const standard = (QUALIFICATION_FIELDS as readonly string[]).includes(field.id);
    return [
      {
        id: field.id,
        label: standard ? null : (field.label ?? field.id),
        // What the manager wrote is theirs (no language claimed); what was expected is the script's.
        given: shown(row.given, field, standard, lang, false),
        expected: shown(row.expected, field, standard, lang, true),
        correct: row.correct,
      },
    ];
  });
}

export interface ScorePart {
  part: "call" | "goal" | "card";
  score: number;
  /** percent */
  weight: number;
}

/** The three parts of a format-2 total and their weights; a script without a card gives its weight to the call. */
export function scoreParts(outcome: AttemptOutcome): ScorePart[] | null {
  if (outcome.format !== 2 || outcome.goal === undefined) return null;
  const card = (outcome.cardFields?.length ?? 0) > 0;
  const percent = (weight: number) => Math.round(weight * 100);
  return [
    { part: "call", score: outcome.score.total, weight: percent(card ? CALL_WEIGHT : CALL_WEIGHT + QUALIFICATION_WEIGHT) },
    { part: "goal", score: outcome.goal, weight: percent(GOAL_WEIGHT) },
    ...(card ? [{ part: "card" as const, score: outcome.qualification.total, weight: percent(QUALIFICATION_WEIGHT) }] : []),
  ];
}

/** Every objection of the script by id: the gate explanation names the ones required. */
export function objectionsOf(definition: AnyScriptDefinition): Record<string, PoolObjection> {
  if (!isV2Definition(definition)) return {};
  return Object.fromEntries(objectionPool(definition).map((objection) => [objection.id, objection]));
}

export function examResult(outcome: AttemptOutcome | null, definition: AnyScriptDefinition) {
  if (!outcome) return null;
  const lang = definition.meta.lang;
  return {
    cardRows: cardRows(outcome, lang),
    parts: scoreParts(outcome),
    objections: objectionsOf(definition),
    gates: outcome.gates ?? [],
    failed: outcome.failed ?? [],
  };
}

/** For the attempt's owner only, like the rest of the result page. */
export function ownExamResult(attemptId: string, userId: string) {
  const row = getOwnAttempt(attemptId, userId);
  return row ? examResult(parseOutcome(row), attemptDefinition(row)) : null;
}
