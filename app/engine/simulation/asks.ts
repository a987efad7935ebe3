/**
 * Which hidden facts a reply asks about: the reply contains every lemma of one of the fact's
 * <Ask>s. The lemmas of each <Ask> are computed once per definition and scorer: asks never change.
 */
import type { Scorer } from "../scoring/types";
import type { ScriptDefinition } from "../script/types";

type AskLemmas = { fact: string; asks: string[][] }[];
const askCache = new WeakMap<ScriptDefinition, WeakMap<Scorer, AskLemmas>>();

function askLemmas(def: ScriptDefinition, scorer: Scorer): AskLemmas {
  let byScorer = askCache.get(def);
  if (!byScorer) askCache.set(def, (byScorer = new WeakMap()));
  const cached = byScorer.get(scorer);
  if (cached) return cached;
  const lemmas = def.reveals.map((reveal) => ({
    fact: reveal.fact,
    asks: reveal.asks
      .map((ask) => scorer.normalizeForGrouping(ask.text, def.meta.lang).split(" ").filter(Boolean))
      .filter((needed) => needed.length > 0),
  }));
  byScorer.set(scorer, lemmas);
  return lemmas;
}

export function askedFacts(def: ScriptDefinition, text: string, scorer: Scorer): string[] {
  const words = new Set(scorer.normalizeForGrouping(text, def.meta.lang).split(" ").filter(Boolean));
  return askLemmas(def, scorer)
    .filter(({ asks }) => asks.some((needed) => needed.every((word) => words.has(word))))
    .map(({ fact }) => fact);
}
