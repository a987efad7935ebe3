/**
 * Free text → the authored option it means (see match/profile.ts for how a text is read).
 *
 * Two texts mean the same when their units share a concept with the same polarity; a concept said
 * negated on one side and plainly on the other is a contradiction and counts against. Similarity
 * is the better of two readings: the overlap of both texts (a paraphrase of about the same length)
 * and containment (a short reply wholly inside a long option means that option: it is not divided
 * by the option's length). A match needs content-word evidence, not only stop words or a shared
 * rubric category, so small talk and another step's answer stay unmatched; and when the two best
 * options are within the margin the reply is ambiguous: the lead asks, nobody guesses — unless one
 * of them is tighter (says less beyond the reply) or better supported (its second-nearest phrasing
 * agrees too), each by the margin again.
 */
import { LRUCache } from "lru-cache";
import type { Lang } from "../vocabulary";
import type { MatchResult, ReplyOption } from "./types";
import { safeText } from "./guard";
import { buildProfile, isCategoryConcept, type Profile } from "./match/profile";
import { isTypoOf } from "./match/typo";
import { lemmaName } from "./text/lexicon";
import { tokenize } from "./text/tokenize";

export const MATCH_THRESHOLD = 0.36;
/** The best option must lead the next one by this much, or the reply is ambiguous. */
export const MATCH_MARGIN = 0.03;
/** Without a shared content word a text cannot score above this (always below the threshold). */
const NO_CONTENT_CAP = 0.25;
/** A reply that only asks against an option that only states (or the other way round). */
const MOOD_CLASH = 0.85;
/**
 * An open question against a text that only states (or the other way round) is further still: a
 * yes/no question often proposes what a statement says («Созвонимся в четверг?»), «О чём хотите
 * подумать?» asks for what «Думайте, звоните» never mentions.
 */
const OPEN_CLASH = 0.8;
/** A reply that asks only yes/no questions against an option that asks an open one. */
const CLOSED_FOR_OPEN = 0.9;
/**
 * Containment reads a reply as inside an option when the option says at least this share of the
 * reply's content words: a word of two (two of four) may be one the lexicon does not know ("What
 * does your boss need to see?" for "What does it need to include … for him?"), less is another
 * reply that shares a word.
 */
const INSIDE_SHARE = 0.5;
/**
 * Containment's weight for a reply inside a small part of the text: the rest scales with how much
 * of the text the reply says. A manager's short reply is often a piece of what the option says, so
 * a piece of the option counts well; an example is written as a whole other way to say it, and a
 * reply that is only a piece of one ("When shall we talk next?" inside a long example that sends a
 * price list, books a call and asks who decides) is thinner evidence — it is as likely another
 * step's answer that the example happens to include.
 */
const OPTION_INSIDE = 0.6;
const EXAMPLE_INSIDE = 0.4;
/** What a unit matched only through a shared rubric category counts for. */
const CATEGORY_STRENGTH = 0.6;

interface Cover {
  hit: number;
  all: number;
  /** content units said on the other side, and all of them */
  contentHit: number;
  contentAll: number;
  /** content units matched by a word, a lexicon concept or a number, not only by a category */
  evidence: number;
  /** content units said negated on one side and plainly on the other */
  conflicts: number;
  /** concepts of the other side's words that a typo stood for */
  repaired: number[];
  lexicon: boolean;
  numbers: boolean;
}

function has(set: ReadonlySet<number>, concepts: readonly number[]): boolean {
  for (const c of concepts) if (set.has(c)) return true;
  return false;
}

function hasEvidence(set: ReadonlySet<number>, concepts: readonly number[]): boolean {
  for (const c of concepts) if (set.has(c) && !isCategoryConcept(c)) return true;
  return false;
}

/** How much of `from` the other text says, with the same polarity. */
function cover(from: Profile, to: Profile, extra: readonly number[] = []): Cover {
  const out: Cover = {
    hit: 0,
    all: 0,
    contentHit: 0,
    contentAll: 0,
    evidence: 0,
    conflicts: 0,
    repaired: [],
    lexicon: false,
    numbers: false,
  };
  const extraSet = extra.length > 0 ? new Set(extra) : null;
  for (const u of from.units) {
    out.all += u.weight;
    if (u.content) out.contentAll++;
    const same = u.negated ? to.neg : to.pos;
    const other = u.negated ? to.pos : to.neg;
    let matched = has(same, u.concepts) || (extraSet !== null && has(extraSet, u.concepts));
    // "Not a sales call" and "I'm not calling to sell": both clauses deny the same thing, the
    // negation just sits on another word of it
    let denied = false;
    if (!matched && u.content && u.clauseNegated === true && has(other, u.concepts) && has(to.negClause, u.concepts))
      matched = denied = true;
    let repairedNow = false;
    if (!matched && u.stem !== "") {
      const target = to.targets.find(
        (t) =>
          t.negated === u.negated && (sameRoot(u.stem, t.stem) || (u.repairable && (isTypoOf(u.stem, t.stem) || isTypoOf(u.norm, t.norm)))),
      );
      if (target) {
        matched = repairedNow = true;
        out.repaired.push(...target.concepts);
      }
    }
    if (matched) {
      // a shared category alone («справедливо» for «понимаю») is a weaker match than a shared word
      // the same denial with the «не» on another word is the same word said, not a category hint
      const strong = repairedNow || hasEvidence(denied ? other : same, u.concepts) || (extraSet !== null && has(extraSet, u.concepts));
      const strength = strong ? 1 : CATEGORY_STRENGTH;
      out.hit += u.weight * strength;
      if (u.content) out.contentHit += strength;
      if (u.content && strong) out.evidence++;
      if (u.numberWords) out.numbers = true;
      if (u.concepts[0] !== undefined && !to.pos.has(u.concepts[0]) && !to.neg.has(u.concepts[0])) out.lexicon = true;
    } else if (u.content && has(other, u.concepts)) {
      out.hit -= u.weight; // "I won't send it" against "I'll send it"
      out.conflicts++;
    }
  }
  return out;
}

/**
 * Aspect pairs and derived words share a root the dictionary lemmas do not («расслабились» /
 * «расслабляются», "deliver" / "delivery"): one stem starts the other, and is long enough to mean it.
 */
export function sameRoot(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

interface Scored {
  similarity: number;
  /** the mean of the option's two phrasings nearest the reply (its text and examples); only with two or more */
  support?: number;
  /** the overlap reading alone: breaks a near tie in favour of the option that says least beyond the reply */
  overlap: number;
  why: string;
}

/** `example`: the text is one of the option's example phrasings, not its own text. */
export function similarity(reply: Profile, option: Profile, example = false): Scored {
  const r = cover(reply, option);
  const o = cover(option, reply, r.repaired);
  if (r.all === 0 || o.all === 0) return { similarity: 0, overlap: 0, why: "empty" };
  const overlap = Math.max(0, r.hit + o.hit) / (r.all + o.all);
  const coverOption = Math.max(0, o.hit) / o.all;
  // containment reads the reply's content words only: its stop words carry no meaning of their own
  const coverReply = r.contentAll > 0 ? Math.max(0, r.contentHit - r.conflicts) / r.contentAll : 0;
  // one content word is thinner evidence than two
  // containment is for a reply the option says at least half of: a third of a reply is not inside it
  const inside = coverReply >= INSIDE_SHARE || reply.content <= 1;
  const base = example ? EXAMPLE_INSIDE : OPTION_INSIDE;
  const contained = inside ? coverReply * Math.min(1, 0.5 + 0.25 * reply.content) * (base + (1 - base) * coverOption) : 0;
  let sim = Math.max(overlap, contained);
  // a question is not a statement: «О чём хотите подумать?» does not mean «Думайте, звоните»
  const moodClash = (reply.mood === "asks" && option.mood === "states") || (reply.mood === "states" && option.mood === "asks");
  if (moodClash) sim *= reply.asking === "open" || option.asking === "open" ? OPEN_CLASH : MOOD_CLASH;
  // a yes/no question is not the open question an option asks («А цехов у вас много?» is not
  // «Сколько у вас цехов и смен?»): a trainer hears the difference, so does the match, a little
  else if (reply.asking === "closed" && option.asking === "open") sim *= CLOSED_FOR_OPEN;
  const why: string[] = [contained > overlap ? "containment" : "overlap"];
  if (r.evidence === 0) {
    sim = Math.min(sim, NO_CONTENT_CAP);
    why[0] = "no_content";
  }
  if (r.lexicon || o.lexicon) why.push("lexicon");
  if (r.numbers || o.numbers) why.push("number");
  if (r.repaired.length > 0) why.push("typo");
  return { similarity: Math.round(sim * 1000) / 1000, overlap, why: why.join("+") };
}

/** Bounded, least recently used out: a flood of new texts does not push out the options in play. */
const profiles = new LRUCache<string, Profile>({ max: 5_000 });

/** Options repeat on every turn of every call: their profiles are built once. */
function optionProfile(text: string, lang: Lang): Profile {
  const key = `${lang}\u0001${text}`;
  const hit = profiles.get(key);
  if (hit) return hit;
  const made = buildProfile(safeText(text), lang);
  profiles.set(key, made);
  return made;
}

function bestOf(reply: Profile, option: ReplyOption, lang: Lang): Scored {
  let best = similarity(reply, optionProfile(option.text, lang));
  let second = 0;
  let phrasings = 1;
  for (const example of Array.isArray(option.examples) ? option.examples : []) {
    if (typeof example !== "string" || example.trim() === "") continue;
    phrasings++;
    const s = similarity(reply, optionProfile(example, lang), true);
    if (s.similarity > best.similarity) {
      second = best.similarity;
      best = { ...s, why: `example+${s.why}` };
    } else if (s.similarity > second) second = s.similarity;
  }
  return phrasings >= 2 ? { ...best, support: (best.similarity + second) / 2 } : best;
}

const byScore = (p: { id: string; similarity: number }, q: { id: string; similarity: number }) =>
  q.similarity - p.similarity || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0);

export function matchReply(text: string, options: ReplyOption[], lang: Lang): MatchResult {
  try {
    const reply = buildProfile(safeText(text), lang);
    const list = (Array.isArray(options) ? options : []).filter((o) => o && typeof o.text === "string");
    const scored = list.map((o) => ({ id: o.id, ...bestOf(reply, o, lang) })).sort(byScore);
    const ranked = scored.map(({ id, similarity: s }) => ({ id, similarity: s }));
    const [best, second] = scored;
    if (!best || reply.content === 0) return { optionId: null, similarity: best?.similarity ?? 0, ranked, why: "no_content" };
    if (best.similarity < MATCH_THRESHOLD) return { optionId: null, similarity: best.similarity, ranked, why: "below_threshold" };
    const close = second && second.similarity >= MATCH_THRESHOLD && best.similarity - second.similarity < MATCH_MARGIN;
    if (close && second && best.overlap - second.overlap >= 2 * MATCH_MARGIN) {
      return { optionId: best.id, similarity: best.similarity, ranked, why: `${best.why}+tighter` };
    }
    // a tie on the nearest phrasing is broken by the next one: when two of one option's
    // phrasings are near the reply and only one of the other's, the reply means the first
    // (by the margin again, on the mean of the two; an option with one phrasing never breaks a tie)
    if (close && second && best.support !== undefined && second.support !== undefined) {
      const lead = best.support - second.support;
      if (Math.abs(lead) >= MATCH_MARGIN) {
        const pick = lead > 0 ? best : second;
        return { optionId: pick.id, similarity: pick.similarity, ranked, why: `${pick.why}+support` };
      }
    }
    if (close) {
      return { optionId: null, similarity: best.similarity, ranked, ambiguous: true, why: "margin" };
    }
    return { optionId: best.id, similarity: best.similarity, ranked, why: best.why };
  } catch {
    return { optionId: null, similarity: 0, ranked: [] };
  }
}

/**
 * Lemmas of a text joined by spaces (the first candidate of each word), for grouping replies. Only
 * the words are needed, not the rubric's markers: the checker calls this for every <Ask>.
 */
export function normalizeForGrouping(text: string, _lang: Lang): string {
  try {
    return tokenize(safeText(text))
      .tokens.map((t) => lemmaName(t.lemmas[0] ?? -1))
      .filter((w) => w !== "")
      .join(" ");
  } catch {
    return "";
  }
}
