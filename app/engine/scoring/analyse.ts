/**
 * One pass over a reply: tokens, sentences, which sentences ask something, and every marker hit.
 * Rules read this structure; none of them looks at the raw text again.
 */
import { LRUCache } from "lru-cache";
import type { Lang } from "../vocabulary";
import type { Evidence, ScriptMarkers } from "./types";
import { compiledFor, compileMarkers, findHits, type AnyCategory, type CompiledLang, type Hit, type MarkerIndex } from "./markers/compile";
import { QUESTION_ONLY } from "./markers/categories";
import { tokenize, type Sentence, type Token } from "./text/tokenize";

export interface Question {
  sentence: number;
  /** token where the question itself begins (after a leading «понимаю,» for instance) */
  anchor: number;
  open: boolean;
  /** an either-or question: it clarifies as well as an open one */
  alternative: boolean;
}

export interface Analysis {
  text: string;
  lang: Lang;
  tokens: Token[];
  sentences: Sentence[];
  questions: Question[];
  hits: Hit[];
  /** hits grouped by category, built once: rules ask for categories many times */
  byCategory: Map<string, Hit[]>;
  words: number;
  malformed: boolean;
  lists: CompiledLang;
}

function isQuestion(s: Sentence, tokens: readonly Token[], lists: CompiledLang): boolean {
  if (s.question) return true;
  // typed chat often drops the "?": a sentence that opens with a question word still asks
  const first = tokens[s.firstToken];
  return first !== undefined && first.lemmas.some((l) => lists.questionStarts.has(l)) && s.lastToken > s.firstToken;
}

/**
 * "Is it the monthly cost or the setup?", «сама цена или условия оплаты?»: an either-or between two
 * things, not "…or not?" / «…или нет?», and not a list of times (that is a close, seen elsewhere).
 */
function isAlternative(s: Sentence, tokens: readonly Token[], lists: CompiledLang): boolean {
  for (let i = s.firstToken + 1; i < s.lastToken; i++) {
    const t = tokens[i];
    if (!t || !t.lemmas.some((l) => lists.alternatives.has(l))) continue;
    const next = tokens[i + 1];
    if (next && !next.lemmas.some((l) => lists.negation.has(l))) return true;
  }
  return false;
}

function questionOf(index: number, s: Sentence, tokens: readonly Token[], lists: CompiledLang): Question {
  const alternative = isAlternative(s, tokens, lists);
  for (let i = s.firstToken; i <= s.lastToken; i++) {
    const t = tokens[i];
    if (t && t.lemmas.some((l) => lists.openWords.has(l))) return { sentence: index, anchor: i, open: true, alternative };
  }
  return { sentence: index, anchor: s.firstToken, open: false, alternative };
}

/** A script's own product and USP markers, compiled once; bounded, least recently used out. */
const scriptCache = new LRUCache<string, MarkerIndex>({ max: 500 });

function scriptIndex(markers: ScriptMarkers | undefined, lists: CompiledLang): MarkerIndex | null {
  const phrases = [...(markers?.product ?? []), ...(markers?.usp ?? [])].filter((p) => p.trim() !== "");
  if (phrases.length === 0) return null;
  const key = phrases.join("\u0001");
  const hit = scriptCache.get(key);
  if (hit) return hit;
  const index = compileMarkers(phrases, "product", lists.negation);
  scriptCache.set(key, index);
  return index;
}

export function analyse(text: string, lang: Lang, markers?: ScriptMarkers): Analysis {
  const lists = compiledFor(lang);
  const { tokens, sentences, malformed } = tokenize(text);
  const questions: Question[] = [];
  sentences.forEach((s, i) => {
    if (isQuestion(s, tokens, lists)) questions.push(questionOf(i, s, tokens, lists));
  });
  const asking = new Set(questions.map((q) => q.sentence));
  const script = scriptIndex(markers, lists);
  const raw = findHits(tokens, lists.index, lists.negation).concat(script ? findHits(tokens, script, lists.negation) : []);
  const hits = raw.filter((h) => h.category === "product" || !QUESTION_ONLY.has(h.category) || asking.has(tokens[h.first]?.sentence ?? -1));
  const byCategory = new Map<string, Hit[]>();
  for (const h of hits) {
    const list = byCategory.get(h.category);
    if (list) list.push(h);
    else byCategory.set(h.category, [h]);
  }
  return { text, lang, tokens, sentences, questions, hits, byCategory, words: countWords(tokens), malformed, lists };
}

/** Words as typed: "don't" is two tokens on one span but one word. */
function countWords(tokens: readonly Token[]): number {
  let n = 0;
  let last = -1;
  for (const t of tokens) {
    if (t.start !== last) n++;
    last = t.start;
  }
  return n;
}

const NO_HITS: readonly Hit[] = Object.freeze([]);
const merged = new WeakMap<Analysis, Map<string, readonly Hit[]>>();

/**
 * Hits of the given categories, in reply order. The rules ask for the same categories many times
 * per reply, so a merged list is built once per analysis; it is read-only (copy before sorting).
 */
export function hitsOf(a: Analysis, ...categories: AnyCategory[]): readonly Hit[] {
  if (categories.length === 1) return a.byCategory.get(categories[0] ?? "") ?? NO_HITS;
  // most replies hit few categories: with at most one of them present there is nothing to merge
  let only: readonly Hit[] | undefined;
  let present = 0;
  for (const c of categories) {
    const list = a.byCategory.get(c);
    if (list && list !== only) {
      present++;
      only = list;
    }
  }
  if (present === 0) return NO_HITS;
  if (present === 1 && only) return only;
  const key = categories.join(" ");
  let byKey = merged.get(a);
  const known = byKey?.get(key);
  if (known) return known;
  const out: Hit[] = [];
  for (const c of categories) for (const h of a.byCategory.get(c) ?? NO_HITS) out.push(h);
  out.sort((x, y) => x.first - y.first || x.last - y.last);
  if (!byKey) merged.set(a, (byKey = new Map()));
  byKey.set(key, out);
  return out;
}

/** The reply's own words for a token range, for evidence. */
export function evidence(a: Analysis, first: number, last: number): Evidence {
  const start = a.tokens[first]?.start ?? 0;
  const end = a.tokens[last]?.end ?? start;
  return { start, end, text: a.text.slice(start, end) };
}

export function hitEvidence(a: Analysis, h: Hit): Evidence {
  return evidence(a, h.first, h.last);
}

export function sentenceEvidence(a: Analysis, sentence: number): Evidence {
  const s = a.sentences[sentence];
  if (!s) return { start: 0, end: 0, text: "" };
  return { start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
}

/** The whole reply minus surrounding blanks: evidence for rules about the reply as a whole. */
export function wholeEvidence(a: Analysis): Evidence {
  const first = a.tokens[0];
  const last = a.tokens[a.tokens.length - 1];
  if (!first || !last) return { start: 0, end: 0, text: "" };
  const end = a.sentences[a.sentences.length - 1]?.end ?? last.end;
  return { start: first.start, end, text: a.text.slice(first.start, end) };
}

const contentCache = new WeakMap<Analysis, ReadonlySet<number>>();

/** Content lemmas (no stop words) of a text, for overlap with what the lead said. Read-only. */
export function contentLemmas(a: Analysis): ReadonlySet<number> {
  const known = contentCache.get(a);
  if (known) return known;
  const out = new Set<number>();
  for (const t of a.tokens) if (!t.lemmas.some((l) => a.lists.stop.has(l)) && t.norm.length > 2) t.lemmas.forEach((l) => out.add(l));
  contentCache.set(a, out);
  return out;
}
