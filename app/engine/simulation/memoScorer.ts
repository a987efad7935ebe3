/**
 * A scorer that remembers: within one check run the same reply, at the same moment of the same
 * conversation, is scored once. The checker plays hundreds of calls that mostly repeat each
 * other, and the real scorer is the expensive part of a turn. Results are the scorer's own.
 * A facts object given to scoreQualification is read the first time only: the checker passes a
 * persona's, which never changes once the script is parsed.
 */
import type { MatchResult, QualificationScore, Scorer, TurnInput, TurnScore } from "../scoring/types";

function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  cache.set(key, value);
  return value;
}

/**
 * Every text a key names, as a small number: a key is then a short string of numbers, not a copy
 * of a dozen lines of conversation, so building it and hashing it costs little. Numbers are given
 * in order of first sight, one per distinct text, so two keys are equal exactly when their texts are.
 */
function interner(): (text: string) => number {
  const ids = new Map<string, number>();
  return (text) => {
    let id = ids.get(text);
    if (id === undefined) ids.set(text, (id = ids.size));
    return id;
  };
}

/** Only the lines the scorer reads are part of the key: two calls that differ earlier score the same. */
function turnKey(input: TurnInput, window: number | undefined, id: (text: string) => number): string {
  const { history } = input;
  // where history.slice(-window) starts
  const from = window === undefined ? 0 : window > 0 ? Math.max(0, history.length - window) : Math.min(-window, history.length);
  let lines = "";
  for (let index = from; index < history.length; index++) {
    const line = history[index];
    if (line) lines += `${line.role === "lead" ? "L" : "M"}${id(line.text)},`;
  }
  return `${input.lang}\u0002${input.leadType}\u0002${id(input.text)}\u0002${id(input.leadLine)}\u0002${input.turnIndex}\u0002${
    input.objectionType ?? ""
  }\u0002${input.stepSkill ?? ""}\u0002${input.optionQuality ?? ""}\u0002${id(input.optionText ?? "")}\u0002${lines}`;
}

export function memoScorer(scorer: Scorer): Scorer {
  const turns = new Map<string, TurnScore>();
  const matches = new Map<string, MatchResult>();
  const norms = new Map<string, string>();
  const cards = new Map<string, QualificationScore>();
  const id = interner();
  const factsJSON = new WeakMap<object, number>();
  return {
    scoreTurn: (input) => remember(turns, turnKey(input, scorer.historyWindow, id), () => scorer.scoreTurn(input)),
    aggregate: (turnList, options) => scorer.aggregate(turnList, options),
    scoreQualification: (card, facts, lang, fields) => {
      // the facts are a persona's, the same object for every call of its variant: written out once
      let written = factsJSON.get(facts);
      if (written === undefined) factsJSON.set(facts, (written = id(JSON.stringify(facts))));
      const key = `${lang}\u0002${written}\u0002${JSON.stringify(card)}\u0002${fields === undefined ? "" : id(JSON.stringify(fields))}`;
      return remember(cards, key, () => scorer.scoreQualification(card, facts, lang, fields));
    },
    matchReply: (text, options, lang) => {
      let key = `${lang}\u0002${id(text)}`;
      for (const option of options) {
        key += `\u0002${id(option.id)},${id(option.text)}`;
        if (option.examples) for (const example of option.examples) key += `.${id(example)}`;
      }
      return remember(matches, key, () => scorer.matchReply(text, options, lang));
    },
    normalizeForGrouping: (text, lang) => remember(norms, `${lang}\u0002${text}`, () => scorer.normalizeForGrouping(text, lang)),
    ...(scorer.historyWindow !== undefined && { historyWindow: scorer.historyWindow }),
  };
}
