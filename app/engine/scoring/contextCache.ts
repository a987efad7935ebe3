/**
 * Analyses of the lines around a turn (history, the lead's line). A call re-sends its whole
 * history with every turn, so without this each turn would re-read every earlier line.
 * Bounded, least recently used out; an analysis is never mutated by the rules, so sharing one is safe.
 */
import { LRUCache } from "lru-cache";
import type { Lang } from "../vocabulary";
import { analyse, type Analysis } from "./analyse";
import { safeText } from "./guard";

const cache = new LRUCache<string, Analysis>({ max: 5_000 });

export function analyseLine(text: unknown, lang: Lang): Analysis {
  const clean = safeText(text);
  const key = `${lang}\u0001${clean}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const a = analyse(clean, lang);
  cache.set(key, a);
  return a;
}
