/**
 * Reply text → tokens that remember where they stand in the original string (evidence must quote
 * the reply exactly), grouped into sentences, each sentence knowing whether it asks something.
 */
import { lemmasOf } from "./lemmas";
import { lemmaId } from "./lexicon";
import { isCardinalEn } from "./numbers";

export interface Token {
  /** UTF-16 offsets in the original text */
  start: number;
  end: number;
  /** lower case, ё folded to е, ’ folded to ' */
  norm: string;
  lemmas: readonly number[];
  /** id of the exact word form, for markers that must not match other forms ("=понимаю") */
  form: number;
  sentence: number;
}

export interface Sentence {
  firstToken: number;
  /** inclusive */
  lastToken: number;
  start: number;
  /** end of the sentence including its closing punctuation */
  end: number;
  question: boolean;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
  /** control characters or lone surrogates were found (and blanked) */
  malformed: boolean;
}

// Lone surrogates and control characters other than tab and newline. Each is blanked to one space,
// so every offset into the cleaned text is still an offset into the original.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const MALFORMED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const MALFORMED_TEST = new RegExp(MALFORMED.source);
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\p{N}+/gu;
const SENTENCE_END_CHARS = ".!?…;\n";
const SHARED_WORD = new RegExp(WORD);
let depth = 0;

/** English contractions split into two tokens on the same span, so "don't" carries a "not". */
const EN_SUFFIXES: [string, string][] = [
  ["n't", "not"],
  ["'re", "are"],
  ["'m", "am"],
  ["'ll", "will"],
  ["'ve", "have"],
  ["'d", "would"],
  ["'s", ""],
];

/**
 * Contractions whose base is not a word of its own ("shan't" is no "sha" + not) and the spoken
 * fusions chat writes as one word ("dunno" = do not know: the "not" matters to the matcher).
 */
const EN_WHOLE: Record<string, readonly string[]> = {
  "shan't": ["shall", "not"],
  "ain't": ["is", "not"],
  "let's": ["let", "us"],
  "y'all": ["you", "all"],
  "d'you": ["do", "you"],
  dunno: ["do", "not", "know"],
  lemme: ["let", "me"],
  gimme: ["give", "me"],
  gotta: ["got", "to"],
  kinda: ["kind", "of"],
  sorta: ["sort", "of"],
  outta: ["out", "of"],
};

function splitContraction(norm: string): string[] {
  // "OK'd" is a past tense ("has he OK'd it?"), not "ok would"
  if (norm === "ok'd" || norm === "okay'd") return ["okayed"];
  const whole = EN_WHOLE[norm];
  if (whole) return [...whole];
  for (const [suffix, expansion] of EN_SUFFIXES) {
    if (norm.length > suffix.length && norm.endsWith(suffix)) {
      const base = norm.slice(0, -suffix.length);
      return expansion ? [base, expansion] : [base];
    }
  }
  return [norm];
}

/**
 * "fifteen-minute", "two-week", "twenty-five-page": a number compound is the number and its unit,
 * as "15-minute" already is, so "a fifteen-minute call" says what "fifteen minutes" says.
 */
const COMPOUND_PARTICLES = new Set(["off", "on", "to", "up", "by", "of", "in", "and", "or"]);
function splitNumberCompound(norm: string): string[] {
  if (!norm.includes("-")) return [norm];
  const parts = norm.split("-");
  let k = 0;
  while (k < parts.length && isCardinalEn(parts[k] ?? "")) k++;
  const rest = parts.slice(k).join("-");
  // "one-off", "one-to-one", "one-on-one" are words of their own: "one-off" is no "1 off" (a discount)
  if (k === 0 || k === parts.length || COMPOUND_PARTICLES.has(parts[k] ?? "")) return [norm];
  return [parts.slice(0, k).join("-"), rest];
}

function normalizeWord(raw: string): string {
  return raw.toLowerCase().replace(/ё/g, "е").replace(/’/g, "'");
}

interface WordParts {
  norm: string;
  lemmas: readonly number[];
  form: number;
}

/** Raw word as typed → its token parts; replies reuse few words, so this skips most of the work. */
const wordCache = new Map<string, readonly WordParts[]>();
const WORD_CACHE_LIMIT = 200_000;

function partsOf(raw: string): readonly WordParts[] {
  const hit = wordCache.get(raw);
  if (hit) return hit;
  const parts = splitContraction(normalizeWord(raw))
    .flatMap(splitNumberCompound)
    .map((norm) => ({ norm, lemmas: lemmasOf(norm), form: lemmaId(`=${norm}`) }));
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(raw, parts);
  return parts;
}

/** Whether a sentence ends between two words (scanned in place: most gaps are one space). */
function endsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_END_CHARS.includes(text.charAt(i))) return true;
  return false;
}

/** Where a sentence ends: after the run of closing punctuation that follows its last word. */
function closingRun(gap: string): number {
  let end = 0;
  for (let i = 0; i < gap.length; i++) {
    const ch = gap[i] ?? "";
    if (ch === "\n") break;
    if (".!?…;".includes(ch)) end = i + 1;
    else if (ch !== " " && ch !== "\t" && ch !== ")" && ch !== '"' && ch !== "»") break;
  }
  return end;
}

function sentenceOf(clean: string, firstToken: number, lastToken: number, start: number, lastEnd: number, gapEnd: number): Sentence {
  const gap = clean.slice(lastEnd, gapEnd);
  const run = closingRun(gap);
  return { firstToken, lastToken, start, end: lastEnd + run, question: gap.slice(0, Math.max(run, 1)).includes("?") };
}

/** A cheap scan first: almost every reply has no control character and no surrogate at all. */
function mayBeMalformed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

export function tokenize(text: string): Tokenized {
  const clean = mayBeMalformed(text) && MALFORMED_TEST.test(text) ? text.replace(MALFORMED, " ") : text;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let firstToken = 0;
  let sentenceStart = 0;
  let lastEnd = 0;
  // one shared regex (compiling one per call costs on every reply); a nested call gets its own
  const word = depth === 0 ? SHARED_WORD : new RegExp(WORD);
  word.lastIndex = 0;
  depth++;
  try {
    for (let m = word.exec(clean); m !== null; m = word.exec(clean)) {
      const start = m.index;
      if (tokens.length > 0 && endsBetween(clean, lastEnd, start)) {
        sentences.push(sentenceOf(clean, firstToken, tokens.length - 1, sentenceStart, lastEnd, start));
        firstToken = tokens.length;
      }
      if (tokens.length === firstToken) sentenceStart = start;
      const end = start + m[0].length;
      for (const p of partsOf(m[0])) {
        tokens.push({ start, end, norm: p.norm, lemmas: p.lemmas, form: p.form, sentence: sentences.length });
      }
      lastEnd = end;
    }
  } finally {
    depth--;
  }
  if (tokens.length > 0) sentences.push(sentenceOf(clean, firstToken, tokens.length - 1, sentenceStart, lastEnd, clean.length));
  return { tokens, sentences, malformed: clean !== text };
}
