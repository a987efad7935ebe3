/** Closing: a concrete next step with a time; not "let's stay in touch". */
import { hitEvidence, hitsOf } from "../analyse";
import { firstHit, sentenceOfHit } from "./common";
import type { Context, Sheet } from "./sheet";

const CAP = 8;

/** A next-step word and a time word in the same sentence, or a time offered as a question. */
function concreteStep(ctx: Context) {
  const { a } = ctx;
  const steps = hitsOf(a, "next_step");
  const times = hitsOf(a, "time");
  for (const s of steps) {
    const t = times.find((x) => sentenceOfHit(a, x) === sentenceOfHit(a, s));
    if (t) return { step: s, time: t };
  }
  return { step: steps[0], time: times[0] };
}

/** The reply proposes a next step: an action word, or a time offered as a question ("tomorrow at 11?"). */
export function closes(ctx: Context): boolean {
  const { a } = ctx;
  if (hitsOf(a, "next_step", "vague_next", "send_accept").length > 0) return true;
  return hitsOf(a, "time").some((h) => a.questions.some((q) => q.sentence === sentenceOfHit(a, h)));
}

export function closeRules(ctx: Context, sheet: Sheet): void {
  const { a } = ctx;
  sheet.open("close", CAP);
  const { step, time } = concreteStep(ctx);
  const together = step && time && sentenceOfHit(a, step) === sentenceOfHit(a, time);
  if (step && time && together) {
    sheet.give("close", "close.next_step", 8, 8, [hitEvidence(a, step), hitEvidence(a, time)]);
  } else if (time && closes(ctx)) {
    sheet.give("close", "close.next_step", 6, 8, [hitEvidence(a, time)]);
  } else if (step) {
    sheet.give("close", "close.next_step", 4, 8, [hitEvidence(a, step)], "no_time");
  } else {
    sheet.give("close", "close.next_step", 0, 8, [], "missing");
  }
  const summary = firstHit(a, "summary");
  if (summary && ctx.input.stepSkill === "close") sheet.give("close", "close.summary", 2, 2, [hitEvidence(a, summary)]);
  for (const h of hitsOf(a, "vague_next").slice(0, 1)) sheet.give("close", "anti.vague_next_step", -4, 0, [hitEvidence(a, h)]);
  const send = firstHit(a, "send_accept");
  // "I'll send it today" names a time for the email, not a call back
  if (send && !together && ctx.objection === "send_email") {
    sheet.give("close", "anti.accept_email_no_callback", -4, 0, [hitEvidence(a, send)]);
  }
}
