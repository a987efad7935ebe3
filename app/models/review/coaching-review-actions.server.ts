/**
 * The review page's coaching forms, beside the comment/override/dispute forms of
 * review-actions.server.ts: one skill's new score, and "mark as reviewed". Same shape of answer
 * (errors by field, the input sent back); null for an intent that is not one of these.
 */
import type { MessageKey, Vars } from "~/i18n";
import type { ReviewActionData } from "./review-actions.server";
import { parseScore } from "./review.server";
import { markReviewedBy } from "./review-queue.server";
import { overrideSkillScore, scoredSkills, SkillReviewError } from "./skill-review.server";

interface Context {
  attemptId: string;
  supervisorId: string;
  canOverride: boolean;
  t: (key: MessageKey, vars?: Vars) => string;
}

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

export function runCoachingReviewAction(form: FormData, ctx: Context): { ok: boolean; data: ReviewActionData } | null {
  const intent = field(form, "intent");
  if (intent !== "skill-override" && intent !== "mark-reviewed") return null;
  const values = Object.fromEntries(["skill", "score", "reason"].map((name) => [name, field(form, name)]));
  const fail = (errors: Record<string, string>) => ({ ok: false, data: { intent, errors, values, notice: null } });
  const done = (notice: string) => ({ ok: true, data: { intent, errors: {}, values: {}, notice } });
  if (intent === "mark-reviewed") {
    return markReviewedBy(ctx.attemptId, ctx.supervisorId) ? done(ctx.t("reviewMark.done")) : fail({ form: ctx.t("skillReview.ownCall") });
  }
  if (!ctx.canOverride) throw new Response("Forbidden", { status: 403 });
  const score = parseScore(values.score);
  const reason = (values.reason ?? "").trim();
  const errors: Record<string, string> = {};
  if (!scoredSkills(ctx.attemptId).some((s) => s.skill === values.skill)) errors.skill = ctx.t("skillReview.error.skill");
  if (score === null) errors.score = ctx.t("skillReview.error.score");
  if (reason.length < 5 || reason.length > 2000) errors.reason = ctx.t("skillReview.error.reason");
  if (score === null || Object.keys(errors).length > 0) return fail(errors);
  try {
    overrideSkillScore({ attemptId: ctx.attemptId, supervisorId: ctx.supervisorId, skill: values.skill ?? "", score, reason });
  } catch (error) {
    if (!(error instanceof SkillReviewError)) throw error;
    return fail(error.code === "own_call" ? { form: ctx.t("skillReview.ownCall") } : { reason: ctx.t("skillReview.error.reason") });
  }
  return done(ctx.t("skillReview.done"));
}
