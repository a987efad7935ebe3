/**
 * The review page's coaching forms, beside the comment/override/dispute forms of
 * review-actions.server.ts: one skill's new score, and "mark as reviewed". Same shape of answer
 * (conform's reply when refused, a redirect with a toast when saved); null for an intent that is
 * not one of these.
 */
import { z } from "zod";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { scoreField, type ReviewContext } from "./review-actions.server";
import { markReviewedBy } from "./review-queue.server";
import { overrideSkillScore, scoredSkills, SkillReviewError } from "./skill-review.server";

export const skillOverrideSchema = ({ t }: Pick<ReviewContext, "t">, skills: readonly string[]) =>
  z.object({
    intent: z.literal("skill-override"),
    skill: z.string({ error: t("skillReview.error.skill") }).refine((skill) => skills.includes(skill), t("skillReview.error.skill")),
    score: scoreField(t("skillReview.error.score")),
    reason: z
      .string({ error: t("skillReview.error.reason") })
      .trim()
      .min(5, t("skillReview.error.reason"))
      .max(2000, t("skillReview.error.reason")),
  });

const markReviewedSchema = z.object({ intent: z.literal("mark-reviewed") });

export async function runCoachingReviewAction(form: FormData, intent: string, ctx: ReviewContext) {
  if (intent !== "skill-override" && intent !== "mark-reviewed") return null;
  const url = `/review/${ctx.attemptId}`;
  if (intent === "mark-reviewed") {
    const submission = await parseForm(form, markReviewedSchema);
    if (submission.status !== "success") return refuseForm(submission);
    return markReviewedBy(ctx.attemptId, ctx.supervisorId)
      ? redirectWithToast(url, "reviewMark.done")
      : refuseForm(submission, { formErrors: [ctx.t("skillReview.ownCall")] });
  }
  if (!ctx.canOverride) throw new Response("Forbidden", { status: 403 });
  const skills = scoredSkills(ctx.attemptId).map((s) => s.skill);
  const submission = await parseForm(form, skillOverrideSchema(ctx, skills));
  if (submission.status !== "success") return refuseForm(submission);
  const { skill, score, reason } = submission.value;
  try {
    overrideSkillScore({ attemptId: ctx.attemptId, supervisorId: ctx.supervisorId, skill, score, reason });
  } catch (error) {
    if (!(error instanceof SkillReviewError)) throw error;
    return error.code === "own_call"
      ? refuseForm(submission, { formErrors: [ctx.t("skillReview.ownCall")] })
      : refuseForm(submission, { fieldErrors: { reason: [ctx.t("skillReview.error.reason")] } });
  }
  return redirectWithToast(url, "skillReview.done");
}
