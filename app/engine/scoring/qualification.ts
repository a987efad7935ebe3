/**
 * The qualification card against the persona's hidden facts. Closed facts compare exactly after
 * normalising (да/yes, нет/no, частично/partly); free facts earn the share of the expected content
 * lemmas the manager wrote down, so half the fact earns half the points.
 */
import { QUALIFICATION_FIELDS, type Lang, type QualificationField } from "../vocabulary";
import type { HiddenFact, QualificationCard, QualificationScore } from "./types";
import { analyse, contentLemmas } from "./analyse";
import { safeText } from "./guard";

const CLOSED: Record<string, string> = {
  yes: "yes", y: "yes", true: "yes", да: "yes", ага: "yes", конечно: "yes", верно: "yes",
  no: "no", n: "no", false: "no", нет: "no", неа: "no",
  partly: "partly", partially: "partly", somewhat: "partly", частично: "partly", отчасти: "partly", "в целом": "partly",
};

/** A free fact counts as correct once this share of its words is on the card. */
export const FREE_CORRECT_SHARE = 0.5;

function closedValue(text: string): string {
  const t = text.toLowerCase().replace(/ё/g, "е").replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();
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

export function scoreQualification(
  card: QualificationCard,
  facts: Partial<Record<QualificationField, HiddenFact>>,
  lang: Lang,
): QualificationScore {
  const fields: QualificationScore["fields"] = {};
  let sum = 0;
  let count = 0;
  for (const field of QUALIFICATION_FIELDS) {
    const fact = facts?.[field];
    if (!fact) continue;
    const given = safeText(card?.[field]);
    const expected = safeText(fact.value);
    const score = given.trim() === "" ? 0
      : fact.kind === "closed" ? (closedValue(expected) === closedValue(given) ? 1 : 0)
      : freeShare(expected, given, lang);
    const rounded = Math.round(score * 100) / 100;
    fields[field] = { correct: fact.kind === "closed" ? score === 1 : score >= FREE_CORRECT_SHARE, score: rounded, expected, given };
    sum += score;
    count++;
  }
  return { total: count === 0 ? 0 : Math.round((100 * sum) / count), fields };
}
