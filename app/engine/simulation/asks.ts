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

const answers = new WeakMap<ScriptDefinition, WeakMap<Scorer, Map<string, string[]>>>();

/** Remembered per definition, scorer and text: the same option texts are asked about on every turn. */
export function askedFacts(def: ScriptDefinition, text: string, scorer: Scorer): string[] {
  let byScorer = answers.get(def);
  if (!byScorer) answers.set(def, (byScorer = new WeakMap()));
  let byText = byScorer.get(scorer);
  if (!byText) byScorer.set(scorer, (byText = new Map()));
  const hit = byText.get(text);
  if (hit) return [...hit];
  const words = new Set(scorer.normalizeForGrouping(text, def.meta.lang).split(" ").filter(Boolean));
  const facts = askLemmas(def, scorer)
    .filter(({ asks }) => asks.some((needed) => needed.every((word) => words.has(word))))
    .map(({ fact }) => fact);
  if (byText.size > 2000) byText.clear();
  byText.set(text, facts);
  return [...facts];
}
