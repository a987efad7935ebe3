/**
 * Discovery and qualification. Each kind of question earns once, and the skill is capped below
 * the sum of its parts: asking more questions alone does not make a better call.
 */
import { hitEvidence, hitsOf } from "../analyse";
import { askedBefore, firstHit, questionEvidence, realQuestions, sentenceOfHit } from "./common";
import type { Context, Sheet } from "./sheet";

const CAP = 7;

function questions(ctx: Context, sheet: Sheet): number {
  const { a } = ctx;
  const qs = realQuestions(a);
  const open = qs.find((q) => q.open) ?? qs.find((q) => hitsOf(a, "open_q").some((h) => sentenceOfHit(a, h) === q.sentence));
  const alternative = qs.find((q) => q.alternative);
  if (open) sheet.give("discovery", "discovery.open_question", 6, 6, [questionEvidence(a, open)]);
  else if (alternative) sheet.give("discovery", "discovery.open_question", 6, 6, [questionEvidence(a, alternative)], "alternative");
  else if (qs[0]) sheet.give("discovery", "discovery.open_question", 3, 6, [questionEvidence(a, qs[0])], "closed");
  else sheet.give("discovery", "discovery.open_question", 0, 6, [], "missing");
  return qs[0]?.anchor ?? -1;
}

export function discoveryRules(ctx: Context, sheet: Sheet): void {
  const { a } = ctx;
  sheet.open("discovery", CAP);
  const firstQuestionAt = questions(ctx, sheet);
  const consequence = firstHit(a, "consequence_q");
  if (consequence) sheet.give("discovery", "discovery.consequence", 3, 3, [hitEvidence(a, consequence)]);
  const qualification = firstHit(a, "budget_q", "dm_q", "timing_q");
  if (qualification) sheet.give("discovery", "discovery.qualification", 3, 3, [hitEvidence(a, qualification)]);
  const summary = firstHit(a, "summary");
  if (summary) sheet.give("discovery", "discovery.summary", 3, 3, [hitEvidence(a, summary)]);
  for (const h of hitsOf(a, "leading_q").slice(0, 1)) sheet.give("discovery", "anti.leading_question", -2, 0, [hitEvidence(a, h)]);
  const budget = firstHit(a, "budget_q");
  const noEarlierQuestion = !askedBefore(ctx);
  if (ctx.leadType === "cold" && budget && noEarlierQuestion && realQuestions(a)[0]?.sentence === sentenceOfHit(a, budget)) {
    sheet.give("discovery", "anti.budget_first", -3, 0, [hitEvidence(a, budget)]);
  }
  const features = hitsOf(a, "product");
  // a feature list (three things named) is a presentation even without a claim of value
  const pitch = firstHit(a, "value", "offer", "case") ?? (features.length >= 3 ? features[0] : undefined);
  const discount = firstHit(a, "discount");
  // a discount where the lead described a problem skips understanding it
  if (discount && (firstQuestionAt < 0 || discount.first < firstQuestionAt)) {
    sheet.give("discovery", "anti.discount_first", -3, 0, [hitEvidence(a, discount)]);
  }
  if (pitch && noEarlierQuestion && (firstQuestionAt < 0 || pitch.first < firstQuestionAt)) {
    sheet.give("discovery", "anti.present_before_question", -3, 0, [hitEvidence(a, pitch)]);
  }
}
