/**
 * Reply text → tokens that remember where they stand in the original string (evidence must quote
 * the reply exactly), grouped into sentences, each sentence knowing whether it asks something.
 */
import { lemmasOf } from "./lemmas";
import { lemmaId } from "./lexicon";

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
const MALFORMED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*|\p{N}+/gu;
const SENTENCE_END = /[.!?…;\n]/;

/** English contractions split into two tokens on the same span, so "don't" carries a "not". */
const EN_SUFFIXES: [string, string][] = [
  ["n't", "not"], ["'re", "are"], ["'m", "am"], ["'ll", "will"], ["'ve", "have"], ["'d", "would"], ["'s", ""],
];

function splitContraction(norm: string): string[] {
  for (const [suffix, expansion] of EN_SUFFIXES) {
    if (norm.length > suffix.length && norm.endsWith(suffix)) {
      const base = norm.slice(0, -suffix.length);
      return expansion ? [base, expansion] : [base];
    }
  }
  return [norm];
}

function normalizeWord(raw: string): string {
  return raw.toLowerCase().replace(/ё/g, "е").replace(/’/g, "'");
}

/** Where a sentence ends: after the run of closing punctuation that follows its last word. */
function closingRun(gap: string): number {
  let end = 0;
  for (let i = 0; i < gap.length; i++) {
    const ch = gap[i] ?? "";
    if (ch === "\n") break;
    if (".!?…;".includes(ch)) end = i + 1;
    else if (ch !== " " && ch !== "\t" && ch !== ")" && ch !== "\"" && ch !== "»") break;
  }
  return end;
}

export function tokenize(text: string): Tokenized {
  const clean = text.replace(MALFORMED, " ");
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let firstToken = 0;
  let sentenceStart = 0;
  let lastEnd = 0;
  const closeSentence = (gap: string) => {
    const run = closingRun(gap);
    sentences.push({
      firstToken, lastToken: tokens.length - 1, start: sentenceStart, end: lastEnd + run,
      question: gap.slice(0, Math.max(run, 1)).includes("?"),
    });
    firstToken = tokens.length;
  };
  for (const m of clean.matchAll(WORD)) {
    const start = m.index;
    if (tokens.length > 0) {
      const gap = clean.slice(lastEnd, start);
      if (SENTENCE_END.test(gap)) closeSentence(gap);
    }
    if (tokens.length === firstToken) sentenceStart = start;
    const end = start + m[0].length;
    for (const norm of splitContraction(normalizeWord(m[0]))) {
      tokens.push({ start, end, norm, lemmas: lemmasOf(norm), form: lemmaId(`=${norm}`), sentence: sentences.length });
    }
    lastEnd = end;
  }
  if (tokens.length > 0) closeSentence(clean.slice(lastEnd));
  return { tokens, sentences, malformed: clean !== text };
}
