/**
 * The qualification card against the persona's hidden facts. Closed facts compare exactly after
 * normalising (да/yes, нет/no, частично/partly; a script's own closed field by value id or label);
 * free facts earn the share of the expected content lemmas the manager wrote down, so half the
 * fact earns half the points. A script's own fields may also be a number (digits and number words
 * are one thing, within 5 %), a phone (the digits, whatever the formatting) or a person's name
 * (the words of the expected name, in any case and form; cardKinds.ts).
 *
 * Without `fields` the five standard ones are scored exactly as in round 1: finished round-1
 * attempts replay to the same totals.
 */
import { QUALIFICATION_FIELDS, type Lang } from "../vocabulary";
import type { CardField, HiddenFact, QualificationCard, QualificationScore } from "./types";
import { analyse, contentLemmas } from "./analyse";
import { nameShare, numberMatches, phoneMatches } from "./cardKinds";
import { safeText } from "./guard";

const CLOSED: Record<string, string> = {
  yes: "yes",
  y: "yes",
  true: "yes",
  да: "yes",
  ага: "yes",
  конечно: "yes",
  верно: "yes",
  no: "no",
  n: "no",
  false: "no",
  нет: "no",
  неа: "no",
  partly: "partly",
  partially: "partly",
  somewhat: "partly",
  частично: "partly",
  отчасти: "partly",
  "в целом": "partly",
};

/** A free fact counts as correct once this share of its words is on the card. */
export const FREE_CORRECT_SHARE = 0.5;

/** A closed answer normalised: yes / no / partly for their usual words in both languages, else the text folded. */
export function closedValue(text: string): string {
  const t = text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return CLOSED[t] ?? t;
}

function freeShare(expected: string, given: string, lang: Lang): number {
  const want = contentLemmas(analyse(safeText(expected), lang));
  if (want.size === 0) return closedValue(expected) === closedValue(given) ? 1 : 0;
  const have = contentLemmas(analyse(safeText(given), lang));
  const words = analyse(safeText(expected), lang).tokens.filter((t) => t.lemmas.some((l) => want.has(l)));
  // count expected words, not lemma candidates: a word with three candidate lemmas is one word
  const starts = new Set(words.map((t) => t.start));
  const found = new Set(words.filter((t) => t.lemmas.some((l) => have.has(l))).map((t) => t.start));
  return starts.size === 0 ? 0 : found.size / starts.size;
}

/** A closed field of the script's own: the value id, or its label as written. */
function closedMatch(expected: string, given: string, values: Record<string, string> | undefined): boolean {
  const want = closedValue(expected);
  const have = closedValue(given);
  if (want === have) return true;
  const label = values?.[expected];
  return label !== undefined && closedValue(label) === have;
}

/** 0–1 for one field; the five standard kinds follow round 1 exactly. */
function fieldScore(fact: HiddenFact, given: string, lang: Lang, field: CardField | undefined): number {
  const expected = safeText(fact.value);
  if (given.trim() === "") return 0;
  switch (fact.kind) {
    case "closed":
      return (field?.values ? closedMatch(expected, given, field.values) : closedValue(expected) === closedValue(given)) ? 1 : 0;
    case "number":
      return numberMatches(expected, given) ? 1 : 0;
    case "phone":
      return phoneMatches(expected, given) ? 1 : 0;
    case "name":
      return nameShare(expected, given);
    default:
      return freeShare(expected, given, lang);
  }
}

export function scoreQualification(
  card: QualificationCard,
  facts: Partial<Record<string, HiddenFact>>,
  lang: Lang,
  fields?: CardField[],
): QualificationScore {
  const scored: QualificationScore["fields"] = {};
  let sum = 0;
  let count = 0;
  const ids = fields ? fields.map((field) => field.id) : QUALIFICATION_FIELDS;
  for (const id of ids) {
    const fact = facts?.[id];
    if (!fact) continue;
    const given = safeText(card?.[id]);
    const score = fieldScore(
      fact,
      given,
      lang,
      fields?.find((field) => field.id === id),
    );
    const rounded = Math.round(score * 100) / 100;
    const exact = fact.kind === "closed" || fact.kind === "number" || fact.kind === "phone";
    scored[id] = { correct: exact ? score === 1 : score >= FREE_CORRECT_SHARE, score: rounded, expected: safeText(fact.value), given };
    sum += score;
    count++;
  }
  return { total: count === 0 ? 0 : Math.round((100 * sum) / count), fields: scored };
}
