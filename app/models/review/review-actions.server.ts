/**
 * The review page's form handling: one zod schema per intent, parsed by conform (parseForm), so a
 * refused form answers with the input kept and the errors per field in the reader's language; a
 * save redirects back to the page with its message as a toast.
 */
import { z } from "zod";
import type { MessageKey, Vars } from "~/i18n";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { addComment, overrideScore, parseScore, resolveDispute, ReviewError } from "./review.server";

export interface ReviewContext {
  attemptId: string;
  supervisorId: string;
  canOverride: boolean;
  t: (key: MessageKey, vars?: Vars) => string;
}

/** The intent every review form sends: the one field read before the form's own schema is chosen. */
export const intentSchema = z.object({ intent: z.string().default("") });

/** A score from 0 to 100 (a decimal comma is fine), rounded to one decimal; `message` when it is not one. */
export const scoreField = (message: string) =>
  z.string({ error: message }).transform((raw, ctx) => {
    const score = parseScore(raw);
    if (score === null) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return score;
  });

const reasonField = (message: string, min = 5) => z.string({ error: message }).trim().min(min, message).max(2000, message);

export const reviewSchemas = ({ t }: Pick<ReviewContext, "t">) => ({
  comment: z.object({
    intent: z.string().regex(/^comment-(\d+|all)$/),
    body: z
      .string({ error: t("review.commentError") })
      .trim()
      .min(1, t("review.commentError"))
      .max(2000, t("review.commentError")),
  }),
  override: z.object({
    intent: z.literal("override"),
    score: scoreField(t("review.override.scoreError")),
    reason: reasonField(t("review.override.reasonError")),
  }),
  resolve: z.object({
    intent: z.literal("resolve"),
    decision: z.enum(["accepted", "rejected"]).catch("rejected"),
    score: scoreField(t("review.override.scoreError")).optional(),
    resolution: reasonField(t("review.override.reasonError")),
  }),
});

const reviewUrl = (attemptId: string) => `/review/${attemptId}`;

export async function runReviewAction(form: FormData, intent: string, ctx: ReviewContext) {
  const schemas = reviewSchemas(ctx);
  try {
    if (intent.startsWith("comment-")) {
      const submission = await parseForm(form, schemas.comment);
      if (submission.status !== "success") return refuseForm(submission);
      const seq = Number(submission.value.intent.slice("comment-".length));
      try {
        addComment({
          attemptId: ctx.attemptId,
          supervisorId: ctx.supervisorId,
          turnSeq: Number.isInteger(seq) ? seq : null,
          body: submission.value.body,
        });
      } catch (error) {
        if (error instanceof ReviewError && error.code !== "own_call")
          return refuseForm(submission, { fieldErrors: { body: [ctx.t("review.commentError")] } });
        throw error;
      }
      return redirectWithToast(reviewUrl(ctx.attemptId), "form.saved");
    }
    if (intent === "override") {
      if (!ctx.canOverride) throw new Response("Forbidden", { status: 403 });
      const submission = await parseForm(form, schemas.override);
      if (submission.status !== "success") return refuseForm(submission);
      try {
        overrideScore({ attemptId: ctx.attemptId, supervisorId: ctx.supervisorId, ...submission.value });
      } catch (error) {
        if (error instanceof ReviewError && error.code !== "own_call")
          return refuseForm(submission, { fieldErrors: { reason: [ctx.t("review.override.reasonError")] } });
        throw error;
      }
      return redirectWithToast(reviewUrl(ctx.attemptId), "review.override.done");
    }
    if (intent === "resolve") {
      const submission = await parseForm(form, schemas.resolve);
      if (submission.status !== "success") return refuseForm(submission);
      const { decision, resolution, score } = submission.value;
      try {
        resolveDispute({ attemptId: ctx.attemptId, supervisorId: ctx.supervisorId, decision, resolution, score: score ?? null });
      } catch (error) {
        if (error instanceof ReviewError && error.code !== "own_call")
          return refuseForm(submission, { fieldErrors: { resolution: [ctx.t("review.override.reasonError")] } });
        throw error;
      }
      return redirectWithToast(reviewUrl(ctx.attemptId), "review.dispute.done");
    }
  } catch (error) {
    if (error instanceof ReviewError && error.code === "own_call") {
      return refuseForm(await parseForm(form, intentSchema), { formErrors: [ctx.t("review.ownCall")] });
    }
    throw error;
  }
  throw new Response("Unknown intent", { status: 400 });
}
