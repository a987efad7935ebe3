/**
 * A scorer that remembers: within one check run the same reply, at the same moment of the same
 * conversation, is scored once. The checker plays hundreds of calls that mostly repeat each
 * other, and the real scorer is the expensive part of a turn. Results are the scorer's own.
 */
import type { MatchResult, QualificationScore, Scorer, TurnInput, TurnScore } from "../scoring/types";

function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  cache.set(key, value);
  return value;
}

/** Only the lines the scorer reads are part of the key: two calls that differ earlier score the same. */
function turnKey(input: TurnInput, window: number | undefined): string {
  const lines = window === undefined ? input.history : input.history.slice(-window);
  const history = lines.map((line) => `${line.role === "lead" ? "L" : "M"}${line.text}`).join("\u0001");
  return [
    input.lang,
    input.leadType,
    input.text,
    input.leadLine,
    input.turnIndex,
    input.objectionType ?? "",
    input.stepSkill ?? "",
    input.optionQuality ?? "",
    input.optionText ?? "",
    history,
  ].join("\u0002");
}

export function memoScorer(scorer: Scorer): Scorer {
  const turns = new Map<string, TurnScore>();
  const matches = new Map<string, MatchResult>();
  const norms = new Map<string, string>();
  const cards = new Map<string, QualificationScore>();
  return {
    scoreTurn: (input) => remember(turns, turnKey(input, scorer.historyWindow), () => scorer.scoreTurn(input)),
    aggregate: (turnList, options) => scorer.aggregate(turnList, options),
    scoreQualification: (card, facts, lang, fields) =>
      remember(cards, JSON.stringify([card, facts, lang, fields]), () => scorer.scoreQualification(card, facts, lang, fields)),
    matchReply: (text, options, lang) => {
      const key = [
        lang,
        text,
        ...options.map((option) => `${option.id}\u0003${option.text}\u0003${(option.examples ?? []).join("\u0004")}`),
      ].join("\u0002");
      return remember(matches, key, () => scorer.matchReply(text, options, lang));
    },
    normalizeForGrouping: (text, lang) => remember(norms, `${lang}\u0002${text}`, () => scorer.normalizeForGrouping(text, lang)),
    ...(scorer.historyWindow !== undefined && { historyWindow: scorer.historyWindow }),
  };
}
