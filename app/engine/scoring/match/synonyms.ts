/**
 * The paraphrase lexicon, compiled once per language: a single word maps by each of its lemmas to
 * its concept; a phrase ("sign off", «дать добро») is a sequence of lemma sets found anywhere in a
 * sentence, at most one word apart. Concepts are lemma ids of their own (`@syn:boss`), so matching
 * keeps comparing plain numbers.
 */
import type { Lang } from "../../vocabulary";
import { lemmaId, NUM } from "../text/lexicon";
import { tokenize, type Token } from "../text/tokenize";
import { ASPECT_RU } from "./aspect.ru";
import { SYNONYMS_EN } from "./synonyms.en";
import { SYNONYMS_RU } from "./synonyms.ru";

export interface Phrase {
  concept: number;
  elements: readonly (readonly number[])[];
}

export interface CompiledSynonyms {
  /** lemma id → concept ids of one-word entries */
  words: Map<number, number[]>;
  /** first-word lemma id → phrases starting there */
  phrases: Map<number, Phrase[]>;
}

export const conceptId = (name: string): number => lemmaId(`@syn:${name}`);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export function compileSynonyms(table: Record<string, readonly string[]>): CompiledSynonyms {
  const words = new Map<number, number[]>();
  const phrases = new Map<number, Phrase[]>();
  for (const [name, entries] of Object.entries(table)) {
    const concept = conceptId(name);
    for (const entry of entries) {
      const elements = entry
        .split(/\s+/)
        .flatMap((part) => {
          // "wouldn't" is two words; «a|b» is one word with alternatives
          // digits in an entry ("12 months") are that number, not any number: no "#num" lemma
          if (!part.includes("|")) return tokenize(part).tokens.map((t) => t.lemmas.filter((l) => l !== NUM));
          const set = new Set<number>();
          for (const alt of part.split("|")) for (const t of tokenize(alt).tokens) t.lemmas.forEach((l) => set.add(l));
          return [[...set]];
        })
        .filter((e) => e.length > 0);
      // "okayed" or "e-mail" may tokenise to several words: then it is a phrase
      const one = tokenize(entry.replace(/\|/g, " ")).tokens.length === 1;
      if (one && elements[0]) for (const l of elements[0]) push(words, l, concept);
      else if (elements[0]) for (const l of elements[0]) push(phrases, l, { concept, elements });
    }
  }
  return { words, phrases };
}

/**
 * The lexicon with rows of verbs of one meaning (`aspect.ru.ts`) merged in: a row that shares a
 * word with a group joins it, any other row is a group of its own (`aspect:<its first verb>`).
 */
export function withRows(table: Record<string, readonly string[]>, rows: readonly (readonly string[])[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, entries] of Object.entries(table)) out[name] = [...entries];
  for (const row of rows) {
    const group = Object.keys(table).find((name) => row.some((w) => table[name]?.includes(w)));
    const name = group ?? `aspect:${row[0] ?? ""}`;
    const list = (out[name] ??= []);
    for (const w of row) if (!list.includes(w)) list.push(w);
  }
  return out;
}

const compiled: Partial<Record<Lang, CompiledSynonyms>> = {};

export function synonymsFor(lang: Lang): CompiledSynonyms {
  const ready = compiled[lang];
  if (ready) return ready;
  const made = compileSynonyms(lang === "ru" ? withRows(SYNONYMS_RU, ASPECT_RU) : SYNONYMS_EN);
  compiled[lang] = made;
  return made;
}

/** Concepts one token carries on its own. */
export function wordConcepts(syn: CompiledSynonyms, t: Token): number[] {
  let out: number[] | undefined;
  for (const l of t.lemmas) {
    const c = syn.words.get(l);
    if (!c) continue;
    out ??= [];
    for (const x of c) if (!out.includes(x)) out.push(x);
  }
  return out ?? [];
}

const hasLemma = (t: Token | undefined, e: readonly number[] | undefined): boolean => !!t && !!e && t.lemmas.some((l) => e.includes(l));

/** Phrase matches as [first, last, concept], longest first at each start. */
export function phraseHits(syn: CompiledSynonyms, tokens: readonly Token[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    for (const l of t.lemmas) {
      for (const p of syn.phrases.get(l) ?? []) {
        let at = i;
        let ok = true;
        for (let k = 1; k < p.elements.length && ok; k++) {
          const next = [at + 1, at + 2].find((j) => tokens[j]?.sentence === t.sentence && hasLemma(tokens[j], p.elements[k]));
          if (next === undefined) ok = false;
          else at = next;
        }
        if (ok && !out.some((h) => h[0] === i && h[1] === at && h[2] === p.concept)) out.push([i, at, p.concept]);
      }
    }
  }
  return out.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
}
