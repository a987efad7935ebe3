/**
 * An option's quality bounds, for a click and for a free-text reply matched to it alike: the
 * rubric runs on the words said, then each skill is held between the mark's floor and ceiling (a
 * `best` option is best on its step even when the rubric finds few markers in it; a `bad` one
 * never scores above its ceiling, however well it is worded). The adjustment is one item per
 * skill, quoting the reply's first words, so the result still explains itself.
 */
import { SKILLS, type OptionQuality } from "../vocabulary";
import { evidence, hitsOf, type Analysis } from "./analyse";
import type { Evidence } from "./types";
import type { Sheet } from "./rules/sheet";

/** Share of each skill's cap guaranteed by the mark. `good` sits at the good bucket (75). */
export const OPTION_FLOOR: Record<OptionQuality, number> = { best: 0.85, good: 0.75, ok: 0.4, bad: 0 };
/** Share of each skill's cap the mark allows at most: an `ok` reply stays partial, a `bad` one bad. */
export const OPTION_CEILING: Record<OptionQuality, number> = { best: 1, good: 1, ok: 0.74, bad: 0.25 };
export const BAD_CEILING = OPTION_CEILING.bad;
/**
 * The floor a best/good option keeps when the reply lacks the part that makes it good: the
 * question, when it answers an objection; the concrete time, when the option names one; asking
 * whether now is a good time, when it opens the call; a question the lead can answer, when the
 * reply leads them to a yes instead.
 */
const UNASKED_FLOOR = 0.45;

const QUOTE_WORDS = 6;

/** The reply's first few words, for the adjustment's evidence and message. */
export function shortQuote(a: Analysis): { evidence: Evidence; quote: string } {
  const starts: number[] = [];
  a.tokens.forEach((t, i) => {
    if (starts.length === 0 || a.tokens[starts[starts.length - 1] ?? 0]?.start !== t.start) starts.push(i);
  });
  const lastWord = starts[Math.min(QUOTE_WORDS, starts.length) - 1] ?? 0;
  const next = starts[QUOTE_WORDS];
  // the whole last word, contractions included ("don't" is two tokens on one span)
  let last = lastWord;
  while (a.tokens[last + 1] && a.tokens[last + 1]?.start === a.tokens[lastWord]?.start) last++;
  const ev = evidence(a, starts[0] ?? 0, last);
  return { evidence: ev, quote: next === undefined ? ev.text : `${ev.text}…` };
}

/**
 * Faults that lower the floor by what they cost: a vague step («созвонимся как-нибудь», "at some
 * point") is the very part of a good close the words did not say. (Other penalties stay inside the
 * bounds: on dev, letting them through marked good replies down more than it caught partial ones.)
 */
const THROUGH_FLOOR: Readonly<Record<string, string>> = { "anti.vague_next_step": "vague_next" };

/** «Когда удобно созвониться?», "When can we go through it?": the reply asks the lead to name the time. */
const WHEN = new Set(["когда", "when"]);
const WHEN_PAIRS = [
  ["во", "сколько"],
  ["what", "time"],
];
function asksWhen(a: Analysis): boolean {
  return a.tokens.some(
    (t, i) =>
      a.questions.some((q) => q.sentence === t.sentence) &&
      (WHEN.has(t.norm) || WHEN_PAIRS.some(([x, y]) => t.norm === x && a.tokens[i + 1]?.norm === y)),
  );
}

export function blendOption(
  sheet: Sheet,
  quality: OptionQuality,
  a: Analysis,
  option?: Analysis,
  sunk = false,
  objection: string | null = null,
  optionSheet?: Sheet,
): void {
  if (a.tokens.length === 0) return;
  const { evidence: ev, quote } = shortQuote(a);
  // the floor vouches for what the option means; a vague time heard in the words said is what
  // they did not mean, and is taken from the floor: a good close said with «как-нибудь» is partial
  const penalty = new Map<string, number>();
  // (when the option's own words say it too, it is what the author marked good, and stays inside)
  for (const item of sheet.items) {
    const category = THROUGH_FLOOR[item.rule];
    if (item.points >= 0 || category === undefined) continue;
    if (option && hitsOf(option, category as Parameters<typeof hitsOf>[1]).length > 0) continue;
    penalty.set(item.skill, (penalty.get(item.skill) ?? 0) + item.points);
  }
  // an answer to an objection with no question in it lacks what makes a good option good (the
  // clarifying question): it keeps a partial floor, when the option (known) asks one itself
  const unasked =
    (quality === "best" || quality === "good") &&
    sheet.caps.objection_clarify !== undefined &&
    option !== undefined &&
    a.questions.length === 0 &&
    option.questions.length > 0;
  // a good step's time said as a rough one («созвонимся на следующей неделе» for «в четверг в
  // одиннадцать»): the step is there, its concrete time is not, which trainers mark partial
  const roughened =
    (quality === "best" || quality === "good") &&
    option !== undefined &&
    hitsOf(option, "time").length > 0 &&
    hitsOf(a, "time").length === 0 &&
    hitsOf(a, "rough_time").length > 0;
  // "send it to me" answered by sending with no call agreed, where the option fixes one: the
  // objection is accepted, not handled (a question about what to send does not agree the call)
  const untimedSend =
    objection === "send_email" &&
    (quality === "best" || quality === "good") &&
    option !== undefined &&
    hitsOf(option, "time").length > 0 &&
    hitsOf(a, "time", "rough_time").length === 0 &&
    !asksWhen(a);
  // an opening that only states (who calls, why) and never asks whether now is a good time, where
  // the option asks: the lead is talked at before saying yes, which trainers mark partial (a reply
  // that asks anything hands the lead the turn, and its short forms — "Good time?" — vary too much
  // to require the marker)
  const unpermitted =
    (quality === "best" || quality === "good") &&
    sheet.caps.contact !== undefined &&
    option !== undefined &&
    hitsOf(option, "permission").length > 0 &&
    hitsOf(a, "permission").length === 0 &&
    a.questions.length === 0;
  // a leading question («Нравится же, да?», "You'd agree, wouldn't you?") where the option asks
  // one that lets the lead answer: it invites a quick yes, which trainers mark partial
  const leading =
    (quality === "best" || quality === "good") &&
    option !== undefined &&
    option.questions.length > 0 &&
    hitsOf(a, "leading_q").length > 0 &&
    hitsOf(option, "leading_q").length === 0;
  const short = unasked || roughened || untimedSend || unpermitted || leading;
  for (const skill of SKILLS) {
    const cap = sheet.caps[skill];
    if (cap === undefined || cap <= 0) continue;
    const within = (sum: number) => Math.min(cap, Math.max(0, sum));
    const raw = sheet.sum(skill);
    const earned = within(raw);
    // a fault that sinks the turn, said in the words and not in the option, leaves no floor
    const base = short ? Math.min(OPTION_FLOOR[quality], UNASKED_FLOOR) : OPTION_FLOOR[quality];
    // a reply that says what a best/good option says, with nothing of it missing, is scored as that
    // option: its floor is what a click on the option scores on this skill, not the mark's bare share
    // (the ceiling below bounds it as it bounds the reply's own score)
    const asClicked =
      optionSheet && !short && (quality === "best" || quality === "good")
        ? Math.max(base * cap, within(optionSheet.sum(skill)))
        : base * cap;
    const floor = sunk ? 0 : Math.max(0, asClicked + (penalty.get(skill) ?? 0));
    const target = Math.min(OPTION_CEILING[quality] * cap, Math.max(floor, earned));
    if (Math.abs(target - earned) < 0.01) continue;
    // measured from the raw sum: penalties below zero are cancelled too, or the clamp would hide them
    const variant = target > earned ? quality : `${quality}.down`;
    sheet.give(skill, "option.quality", target - raw, 0, [ev], variant, { quote });
  }
}
