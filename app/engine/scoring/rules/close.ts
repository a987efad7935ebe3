/**
 * Closing: a concrete next step with a time, owned by the manager; not "let's stay in touch", and
 * not "call us if anything": the lead calling back is not a next step the manager owns.
 */
import { hitEvidence, hitsOf, type Analysis } from "../analyse";
import type { Hit } from "../markers/compile";
import { firstHit, sentenceOfHit } from "./common";
import type { Context, Sheet } from "./sheet";

const CAP = 8;

const inside = (h: Hit, spans: readonly Hit[]): boolean => spans.some((s) => h.first >= s.first && h.last <= s.last);

/** Next-step words the manager owns: «созвонимся», not the «позвоните нам» handed to the lead. */
export function ownSteps(a: Analysis): Hit[] {
  const handed = hitsOf(a, "lead_action");
  return hitsOf(a, "next_step").filter((h) => !inside(h, handed));
}

/** A next-step word and a time word in the same sentence, or a time offered as a question. */
function concreteStep(a: Analysis) {
  const steps = ownSteps(a);
  const times = hitsOf(a, "time");
  if (times.length === 0) return { step: steps[0], time: undefined, rough: hitsOf(a, "rough_time")[0] };
  for (const s of steps) {
    const t = times.find((x) => sentenceOfHit(a, x) === sentenceOfHit(a, s));
    if (t) return { step: s, time: t, rough: undefined };
  }
  return { step: steps[0], time: times[0], rough: undefined };
}

const timeAsked = (a: Analysis): boolean =>
  hitsOf(a, "time", "rough_time").some((h) => a.questions.some((q) => q.sentence === sentenceOfHit(a, h)));

/** The reply proposes a next step: an action word, or a time offered as a question ("tomorrow at 11?"). */
export function closes(ctx: Context): boolean {
  const { a } = ctx;
  if (ownSteps(a).length > 0 || hitsOf(a, "vague_next", "send_accept", "lead_action").length > 0) return true;
  return timeAsked(a);
}

const AFTER = new Set(["после", "after", "once"]);

/**
 * "Let's talk at some point after your trial month": vague, but tied to an event or a rough time,
 * so a step without its slot (partial), not the brush-off "let's stay in touch" (bad).
 */
function anchored(a: Analysis, vague: Hit): boolean {
  if (hitsOf(a, "time", "rough_time").length > 0) return true;
  const sentence = sentenceOfHit(a, vague);
  return a.tokens.some((t, i) => i > vague.last && t.sentence === sentence && AFTER.has(t.norm));
}

export function closeRules(ctx: Context, sheet: Sheet): void {
  const { a } = ctx;
  sheet.open("close", CAP);
  const { step, time, rough } = concreteStep(a);
  const together = step && time && sentenceOfHit(a, step) === sentenceOfHit(a, time);
  const owned = together || (time !== undefined && (step !== undefined || timeAsked(a))) || (step !== undefined && rough !== undefined);
  if (step && time && together) {
    sheet.give("close", "close.next_step", 8, 8, [hitEvidence(a, step), hitEvidence(a, time)]);
  } else if (time && owned) {
    sheet.give("close", "close.next_step", 6, 8, [hitEvidence(a, time)]);
  } else if (step && rough) {
    // "next week" is a step with a rough time: better than none, not yet a slot in the calendar
    sheet.give("close", "close.next_step", 5, 8, [hitEvidence(a, step), hitEvidence(a, rough)], "no_time");
  } else if (step) {
    sheet.give("close", "close.next_step", 4, 8, [hitEvidence(a, step)], "no_time");
  } else {
    sheet.give("close", "close.next_step", 0, 8, [], "missing");
  }
  const summary = firstHit(a, "summary");
  if (summary && ctx.input.stepSkill === "close") sheet.give("close", "close.summary", 2, 2, [hitEvidence(a, summary)]);
  // "sometime Thursday morning" names the day: a vague word right before a time is no brush-off
  const vague = hitsOf(a, "vague_next").find(
    (v) => !hitsOf(a, "time").some((t) => t.first > v.last && t.first - v.last <= 2 && sentenceOfHit(a, t) === sentenceOfHit(a, v)),
  );
  if (vague) sheet.give("close", "anti.vague_next_step", -4, 0, [hitEvidence(a, vague)], anchored(a, vague) ? "anchored" : undefined);
  const handed = hitsOf(a, "lead_action").find((h) => !vague || h.last < vague.first || h.first > vague.last);
  if (handed && !owned) sheet.give("close", "anti.lead_owns_next_step", -4, 0, [hitEvidence(a, handed)]);
  const send = firstHit(a, "send_accept");
  // "I'll send it today" names a time for the email, not a call back
  const handsOver = ctx.objection === "send_email" || ctx.input.stepSkill === "close";
  // a call back with no time ("I'll email it and we can talk after") is a step short of its time, not a hand-over
  if (send && !owned && step === undefined && handsOver) {
    sheet.give("close", "anti.accept_email_no_callback", -4, 0, [hitEvidence(a, send)]);
  }
}
