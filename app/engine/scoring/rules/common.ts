/** Small queries over an analysis that several rule groups share. */
import { hitsOf, sentenceEvidence, type Analysis, type Question } from "../analyse";
import type { AnyCategory, Hit } from "../markers/compile";
import type { Evidence } from "../types";
import type { Context } from "./sheet";

/** The earliest hit of any of the categories; on a tie the longer one. */
export function firstHit(a: Analysis, ...categories: AnyCategory[]): Hit | undefined {
  let best: Hit | undefined;
  // each category's hits are in reply order: its first is its best candidate (or ties at the start)
  for (const c of categories) {
    for (const h of a.byCategory.get(c) ?? []) {
      if (best && h.first > best.first) break;
      if (!best || h.first < best.first || (h.first === best.first && h.last > best.last)) best = h;
    }
  }
  return best;
}

export function sentenceOfHit(a: Analysis, h: Hit): number {
  return a.tokens[h.first]?.sentence ?? -1;
}

/** The hit closes its sentence: "…, what do you think?" checks in; "what do you think X…?" asks. */
export function endsSentence(a: Analysis, h: Hit): boolean {
  const s = a.sentences[sentenceOfHit(a, h)];
  return s !== undefined && h.last >= s.lastToken - 1;
}

export function inQuestion(a: Analysis, h: Hit): boolean {
  const s = sentenceOfHit(a, h);
  return a.questions.some((q) => q.sentence === s);
}

/** "Does that work?", "how does that sound?": a check-in, not a probe. */
export function confirmHits(a: Analysis): Hit[] {
  return hitsOf(a, "confirm").filter((h) => endsSentence(a, h));
}

const realCache = new WeakMap<Analysis, Question[]>();

/** Questions that ask something of the lead, not "does that work?" nor "tomorrow at 11?". */
export function realQuestions(a: Analysis): Question[] {
  const hit = realCache.get(a);
  if (hit) return hit;
  const found = findRealQuestions(a);
  realCache.set(a, found);
  return found;
}

const NOT_ASKING: ReadonlySet<string> = new Set(["leading_q", "next_step", "time", "permission"]);
const ASKING: ReadonlySet<string> = new Set(["clarify", "open_q", "consequence_q", "budget_q", "dm_q", "timing_q", "winback_ask"]);

function findRealQuestions(a: Analysis): Question[] {
  if (a.questions.length === 0) return [];
  const skip = new Set<number>();
  const keep = new Set<number>();
  for (const h of confirmHits(a)) skip.add(sentenceOfHit(a, h));
  for (const h of a.hits) {
    if (NOT_ASKING.has(h.category)) skip.add(sentenceOfHit(a, h));
    // a question that also names the objection's specifics stays, even if it mentions a time
    else if (ASKING.has(h.category)) keep.add(sentenceOfHit(a, h));
  }
  return a.questions.filter((q) => keep.has(q.sentence) || !skip.has(q.sentence));
}

export function questionEvidence(a: Analysis, q: Question): Evidence {
  return sentenceEvidence(a, q.sentence);
}

/** Did the manager ask anything earlier in the call? */
export function askedBefore(ctx: Context): boolean {
  return ctx.earlier.some((e) => realQuestions(e).length > 0);
}

/** Did the manager's previous line ask something (so this turn follows up on an answer)? */
export function askedJustBefore(ctx: Context): boolean {
  const last = ctx.earlier[ctx.earlier.length - 1];
  return last !== undefined && realQuestions(last).length > 0;
}

/**
 * Did the manager's previous line probe the price («С чем сравниваете?», "What budget did you have
 * in mind?", an either-or question)? Only then is a discount now an answer to what the lead said;
 * any other question before ("Shall we book Thursday?") does not make a discount at the first
 * "too expensive" less instant.
 */
export function probedPriceJustBefore(ctx: Context): boolean {
  const last = ctx.earlier[ctx.earlier.length - 1];
  if (last === undefined) return false;
  const questions = realQuestions(last);
  if (questions.length === 0) return false;
  if (questions.some((q) => q.alternative)) return true;
  return hitsOf(last, "clarify", "budget_q").some((h) => questions.some((q) => q.sentence === last.tokens[h.first]?.sentence));
}

/** Tokens of the reply whose lemmas the lead has used: proof a benefit speaks to their words. */
export function leadOverlap(ctx: Context): number[] {
  const out: number[] = [];
  ctx.a.tokens.forEach((t, i) => {
    if (t.norm.length <= 2 || t.lemmas.some((l) => ctx.a.lists.stop.has(l))) return;
    if (t.lemmas.some((l) => ctx.leadWords.has(l)) && !out.some((j) => ctx.a.tokens[j]?.start === t.start)) out.push(i);
  });
  return out;
}
