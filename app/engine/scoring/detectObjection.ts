/** Which objection a lead line carries: keyword markers per language, the earliest match wins. */
import type { Lang, ObjectionType } from "../vocabulary";
import { compiledFor, compileMarkers, findHits, type MarkerIndex } from "./markers/compile";
import { OBJECTION_ORDER, OBJECTIONS_EN, OBJECTIONS_RU } from "./markers/objections";
import { tokenize } from "./text/tokenize";
import { safeText } from "./guard";

const indexes: Partial<Record<Lang, MarkerIndex>> = {};

function indexFor(lang: Lang): MarkerIndex {
  const ready = indexes[lang];
  if (ready) return ready;
  const table = lang === "ru" ? OBJECTIONS_RU : OBJECTIONS_EN;
  const index: MarkerIndex = new Map();
  for (const type of OBJECTION_ORDER) compileMarkers(table[type], type, compiledFor(lang).negation, index);
  indexes[lang] = index;
  return index;
}

function rank(type: string): number {
  const i = OBJECTION_ORDER.findIndex((t) => t === type);
  return i < 0 ? OBJECTION_ORDER.length : i;
}

/** Returns null when the line carries no known objection. Never throws. */
export function detectObjection(text: string, lang: Lang): ObjectionType | null {
  const { tokens } = tokenize(safeText(text));
  const hits = findHits(tokens, indexFor(lang), compiledFor(lang).negation);
  hits.sort((x, y) => x.first - y.first || rank(x.category) - rank(y.category));
  const found = hits[0]?.category;
  return OBJECTION_ORDER.find((t) => t === found) ?? null;
}
