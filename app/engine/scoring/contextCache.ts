/**
 * Analyses of the lines around a turn (history, the lead's line), and of the reply itself. A call
 * re-sends its whole history with every turn, so without this each turn would re-read every
 * earlier line; and the checker scores the same option's words at the same step over a hundred
 * seeds, each after a different history, so the reply would be tokenized and searched for markers
 * each time. Bounded, least recently used out; an analysis is never mutated by the rules, so
 * sharing one is safe.
 */
import { LRUCache } from "lru-cache";
import type { Lang } from "../vocabulary";
import { analyse, type Analysis } from "./analyse";
import type { ScriptMarkers } from "./types";
import { safeText } from "./guard";

/** One cache for both: a line is a reply without the script's markers. */
const cache = new LRUCache<string, Analysis>({ max: 10_000 });

export function analyseLine(text: unknown, lang: Lang): Analysis {
  return analyseReply(safeText(text), lang, undefined);
}

const markerKeys = new WeakMap<ScriptMarkers, string>();

/** The script's own markers as part of a key (a script passes the same object with every turn). */
function markerKey(markers: ScriptMarkers | undefined): string {
  if (!markers) return "";
  let key = markerKeys.get(markers);
  if (key === undefined) {
    key = `${(markers.product ?? []).join("\u0002")}\u0003${(markers.usp ?? []).join("\u0002")}`;
    markerKeys.set(markers, key);
  }
  return key;
}

/** Forgets one text's analysis: for benchmarks that must measure a reply read for the first time. */
export function forgetAnalysis(text: string, lang: Lang, markers?: ScriptMarkers): void {
  cache.delete(keyOf(text, lang, markers));
}

function keyOf(text: string, lang: Lang, markers: ScriptMarkers | undefined): string {
  return `${lang}\u0001${markerKey(markers)}\u0001${text}`;
}

/** analyse(text, lang, markers), remembered: the same reply with the same markers reads the same. */
export function analyseReply(text: string, lang: Lang, markers: ScriptMarkers | undefined): Analysis {
  const key = keyOf(text, lang, markers);
  const hit = cache.get(key);
  if (hit) return hit;
  const a = analyse(text, lang, markers);
  cache.set(key, a);
  return a;
}
