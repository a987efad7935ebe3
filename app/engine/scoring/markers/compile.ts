/**
 * Marker phrases → sequences of lemma-id sets, indexed by the lemmas of their first word, so a
 * reply is matched by one pass over its tokens instead of one regex per marker per token.
 */
import type { Lang, ObjectionType } from "../../vocabulary";
import { lemmaId, NUM } from "../text/lexicon";
import { tokenize, type Token } from "../text/tokenize";
import { MARKER_CATEGORIES, NEGATABLE, type MarkerCategory, type MarkerTable, type WordLists } from "./categories";
import { MARKERS_EN, WORDS_EN } from "./markers.en";
import { MARKERS_RU, WORDS_RU } from "./markers.ru";

/**
 * A script's own words (product, USP) match like markers but carry their own category; objection
 * keywords use the objection type as theirs.
 */
export type AnyCategory = MarkerCategory | "product" | ObjectionType;

export interface CompiledMarker {
  category: AnyCategory;
  phrase: string;
  elements: readonly (readonly number[])[];
  /** the phrase itself says «не»/"not": a negation nearby does not cancel it */
  negated: boolean;
}

export type MarkerIndex = Map<number, CompiledMarker[]>;

export interface CompiledLang {
  index: MarkerIndex;
  negation: ReadonlySet<number>;
  contrast: ReadonlySet<number>;
  concede: ReadonlySet<number>;
  openWords: ReadonlySet<number>;
  questionStarts: ReadonlySet<number>;
  alternatives: ReadonlySet<number>;
  stop: ReadonlySet<number>;
}

function elementsOf(phrase: string): number[][] {
  const elements: number[][] = [];
  for (const part of phrase.trim().split(/\s+/)) {
    if (part === "#num") {
      elements.push([NUM]);
    } else if (part.startsWith("=")) {
      elements.push(
        part
          .slice(1)
          .split("|")
          .map((form) => lemmaId(`=${form.toLowerCase().replace(/ё/g, "е")}`)),
      );
    } else if (part.includes("|")) {
      const union = new Set<number>();
      for (const alt of part.split("|")) for (const t of tokenize(alt).tokens) t.lemmas.forEach((l) => union.add(l));
      elements.push([...union]);
    } else {
      for (const t of tokenize(part).tokens) elements.push([...t.lemmas]);
    }
  }
  return elements;
}

function lemmaSet(words: readonly string[]): Set<number> {
  const set = new Set<number>();
  for (const w of words) for (const t of tokenize(w).tokens) t.lemmas.forEach((l) => set.add(l));
  return set;
}

export function compileMarkers(
  phrases: readonly string[],
  category: AnyCategory,
  negation: ReadonlySet<number>,
  into: MarkerIndex = new Map(),
): MarkerIndex {
  for (const phrase of phrases) {
    const elements = elementsOf(phrase);
    const first = elements[0];
    if (!first) continue;
    const negated = elements.some((e) => e.some((l) => negation.has(l)));
    const marker: CompiledMarker = { category, phrase, elements, negated };
    for (const lemma of first) {
      const list = into.get(lemma);
      if (list) list.push(marker);
      else into.set(lemma, [marker]);
    }
  }
  return into;
}

function compileLang(table: MarkerTable, words: WordLists): CompiledLang {
  const negation = lemmaSet(words.negation);
  const index: MarkerIndex = new Map();
  for (const category of MARKER_CATEGORIES) compileMarkers(table[category], category, negation, index);
  return {
    index,
    negation,
    // one-word contrasts only: «тем не менее» would put «не» and «тот» among the "but"s
    contrast: lemmaSet(words.contrast.filter((w) => !w.trim().includes(" "))),
    concede: lemmaSet(words.concede),
    openWords: lemmaSet(words.openWords),
    questionStarts: lemmaSet(words.questionStarts),
    alternatives: lemmaSet(words.alternatives),
    stop: lemmaSet(words.stop),
  };
}

const compiled: Partial<Record<Lang, CompiledLang>> = {};

/** Compiled once per language per process, on first use. */
export function compiledFor(lang: Lang): CompiledLang {
  const ready = compiled[lang];
  if (ready) return ready;
  const made = lang === "ru" ? compileLang(MARKERS_RU, WORDS_RU) : compileLang(MARKERS_EN, WORDS_EN);
  compiled[lang] = made;
  return made;
}

export interface Hit {
  category: AnyCategory;
  phrase: string;
  /** token indices, inclusive */
  first: number;
  last: number;
}

/** A phrase may skip up to this many words between two of its words. */
const MAX_GAP = 2;

function has(token: Token | undefined, element: readonly number[] | undefined): boolean {
  if (!token || !element) return false;
  if (element.includes(token.form)) return true;
  for (const l of token.lemmas) if (element.includes(l)) return true;
  return false;
}

/** Index of the last token of a match of `m` starting at `at`, or -1. Tries the closest words first. */
function matchFrom(tokens: readonly Token[], m: CompiledMarker, at: number, k: number): number {
  if (k === m.elements.length) return at - 1;
  const sentence = tokens[at - 1]?.sentence;
  for (let j = at; j <= at + MAX_GAP && j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence) break;
    if (has(t, m.elements[k])) {
      const end = matchFrom(tokens, m, j + 1, k + 1);
      if (end >= 0) return end;
    }
  }
  return -1;
}

/**
 * Set phrases of agreement built on a negation: "no problem", "not a problem", "no worries", "no
 * bother", «без проблем» (no negation word), «не вопрос», «не проблема», «нет проблем». They say
 * yes, so they cancel nothing after them («Не вопрос, пришлю», "No problem, I'll send it").
 */
const AGREEING_AFTER_NEGATION: ReadonlySet<string> = new Set([
  "problem",
  "problems",
  "worries",
  "worry",
  "bother",
  "вопрос",
  "проблема",
  "проблем",
]);

function agreeingNegation(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.norm === "a" ? tokens[i + 2] : tokens[i + 1];
  return next !== undefined && next.sentence === tokens[i]?.sentence && AGREEING_AFTER_NEGATION.has(next.norm);
}

function negatedNear(tokens: readonly Token[], first: number, last: number, negation: ReadonlySet<number>): boolean {
  const sentence = tokens[first]?.sentence;
  for (let i = Math.max(0, first - 3); i <= last; i++) {
    const t = tokens[i];
    if (t && t.sentence === sentence && t.lemmas.some((l) => negation.has(l)) && !agreeingNegation(tokens, i)) return true;
  }
  return false;
}

/** Every id a token can match by (its form and lemmas): lets a marker be skipped in one look. */
function idsOf(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (const t of tokens) {
    out.add(t.form);
    for (const l of t.lemmas) out.add(l);
  }
  return out;
}

/** Whether every later word of the marker occurs somewhere in the reply (most candidates fail here). */
function possible(m: CompiledMarker, present: ReadonlySet<number>): boolean {
  for (let k = 1; k < m.elements.length; k++) {
    const element = m.elements[k] ?? [];
    let found = false;
    for (const id of element)
      if (present.has(id)) {
        found = true;
        break;
      }
    if (!found) return false;
  }
  return true;
}

export function findHits(tokens: readonly Token[], index: MarkerIndex, negation: ReadonlySet<number>): Hit[] {
  const hits: Hit[] = [];
  if (tokens.length === 0) return hits;
  const present = idsOf(tokens);
  const tried = new Set<CompiledMarker>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    tried.clear();
    for (let k = -1; k < token.lemmas.length; k++) {
      const candidates = index.get(k < 0 ? token.form : (token.lemmas[k] ?? -1));
      if (!candidates) continue;
      for (const m of candidates) {
        // a word with two lemmas can reach the same marker twice
        if (tried.has(m)) continue;
        tried.add(m);
        if (m.elements.length > 1 && !possible(m, present)) continue;
        const last = matchFrom(tokens, m, i + 1, 1);
        if (last < 0) continue;
        if (NEGATABLE.has(m.category) && !m.negated && negatedNear(tokens, i, last, negation)) continue;
        if (hits.some((h) => h.first === i && h.last === last && h.category === m.category)) continue;
        hits.push({ category: m.category, phrase: m.phrase, first: i, last });
      }
    }
  }
  return hits;
}
