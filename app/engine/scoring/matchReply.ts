/**
 * Free text → the closest authored option. Similarity blends word overlap (lemma-aware, a word
 * matches when any of its candidate lemmas is in the other text; stop words weigh little) with
 * the overlap of rubric marker categories (both acknowledge and ask, say). Below the threshold
 * the reply matches nothing.
 */
import type { Lang } from "../vocabulary";
import type { MatchResult, ReplyOption } from "./types";
import { analyse, type Analysis } from "./analyse";
import { safeText } from "./guard";
import { lemmaName } from "./text/lexicon";

export const MATCH_THRESHOLD = 0.3;
const LEMMA_WEIGHT = 0.7;
const STOP_WORD_WEIGHT = 0.25;

interface Profile {
  words: { lemmas: readonly number[]; weight: number }[];
  lemmas: Set<number>;
  categories: Set<string>;
}

function profile(a: Analysis): Profile {
  const words: Profile["words"] = [];
  const lemmas = new Set<number>();
  const seen = new Set<number>();
  for (const t of a.tokens) {
    const key = t.lemmas[0];
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    const stop = t.lemmas.some((l) => a.lists.stop.has(l));
    words.push({ lemmas: t.lemmas, weight: stop ? STOP_WORD_WEIGHT : 1 });
    t.lemmas.forEach((l) => lemmas.add(l));
  }
  const categories = new Set(a.hits.filter((h) => h.category !== "filler" && h.category !== "polite").map((h) => h.category));
  return { words, lemmas, categories };
}

function covered(from: Profile, other: Profile): { hit: number; all: number } {
  let hit = 0;
  let all = 0;
  for (const w of from.words) {
    all += w.weight;
    if (w.lemmas.some((l) => other.lemmas.has(l))) hit += w.weight;
  }
  return { hit, all };
}

export function similarity(x: Profile, y: Profile): number {
  const a = covered(x, y);
  const b = covered(y, x);
  const words = a.all + b.all > 0 ? (a.hit + b.hit) / (a.all + b.all) : 0;
  const union = new Set([...x.categories, ...y.categories]);
  if (union.size === 0) return words;
  let shared = 0;
  for (const c of x.categories) if (y.categories.has(c)) shared++;
  return LEMMA_WEIGHT * words + (1 - LEMMA_WEIGHT) * (shared / union.size);
}

export function matchReply(text: string, options: ReplyOption[], lang: Lang): MatchResult {
  try {
    const reply = profile(analyse(safeText(text), lang));
    const ranked = (Array.isArray(options) ? options : [])
      .map((o) => ({ id: o.id, similarity: Math.round(similarity(reply, profile(analyse(safeText(o.text), lang))) * 1000) / 1000 }))
      .sort((p, q) => q.similarity - p.similarity || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
    const best = ranked[0];
    const ok = best !== undefined && reply.words.length > 0 && best.similarity >= MATCH_THRESHOLD;
    return { optionId: ok ? best.id : null, similarity: best?.similarity ?? 0, ranked };
  } catch {
    return { optionId: null, similarity: 0, ranked: [] };
  }
}

/** Lemmas of a text joined by spaces (the first candidate of each word), for grouping replies. */
export function normalizeForGrouping(text: string, lang: Lang): string {
  try {
    const a = analyse(safeText(text), lang);
    return a.tokens.map((t) => lemmaName(t.lemmas[0] ?? -1)).filter((w) => w !== "").join(" ");
  } catch {
    return "";
  }
}
