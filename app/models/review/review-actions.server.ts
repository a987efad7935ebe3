/**
 * The review page's form handling: one intent per form, each validated with errors keyed by
 * field and the input sent back, so a failed submit loses nothing.
 */
import type { MessageKey, Vars } from "~/i18n";
import { addComment, overrideScore, parseScore, resolveDispute, ReviewError } from "./review.server";

export interface ReviewActionData {
  intent: string;
  errors: Record<string, string>;
  values: Record<string, string>;
  notice: string | null;
}

interface Context {
  attemptId: string;
  supervisorId: string;
  canOverride: boolean;
  t: (key: MessageKey, vars?: Vars) => string;
}

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

export function runReviewAction(form: FormData, ctx: Context): { ok: boolean; data: ReviewActionData } {
  const intent = field(form, "intent");
  const values = Object.fromEntries(["body", "score", "reason", "resolution"].map((name) => [name, field(form, name)]));
  const fail = (errors: Record<string, string>) => ({ ok: false, data: { intent, errors, values, notice: null } });
  const done = (notice: string) => ({ ok: true, data: { intent, errors: {}, values: {}, notice } });
  try {
    if (intent.startsWith("comment-")) {
      const seq = Number(intent.slice("comment-".length));
      addComment({ attemptId: ctx.attemptId, supervisorId: ctx.supervisorId, turnSeq: Number.isInteger(seq) ? seq : null, body: values.body ?? "" });
      return done(ctx.t("form.saved"));
    }
    if (intent === "override") {
      if (!ctx.canOverride) throw new Response("Forbidden", { status: 403 });
      const score = parseScore(values.score);
      const errors = overrideErrors(score, values.reason ?? "", ctx);
      if (score === null || Object.keys(errors).length > 0) return fail(errors);
      overrideScore({ attemptId: ctx.attemptId, supervisorId: ctx.supervisorId, score, reason: values.reason ?? "" });
      return done(ctx.t("review.override.done"));
    }
    if (intent === "resolve") {
      const decision = field(form, "decision") === "accepted" ? "accepted" : "rejected";
      const score = values.score?.trim() ? parseScore(values.score) : null;
      const errors: Record<string, string> = {};
      if (values.score?.trim() && score === null) errors.score = ctx.t("review.override.scoreError");
      if ((values.resolution ?? "").trim().length < 5) errors.resolution = ctx.t("review.override.reasonError");
      if (Object.keys(errors).length > 0) return fail(errors);
      resolveDispute({ attemptId: ctx.attemptId, supervisorId: ctx.supervisorId, decision, resolution: values.resolution ?? "", score });
      return done(ctx.t("review.dispute.done"));
    }
  } catch (error) {
    if (error instanceof ReviewError && error.code === "own_call") return fail({ form: ctx.t("review.ownCall") });
    if (error instanceof ReviewError) return fail({ body: ctx.t("review.commentError"), reason: ctx.t("review.override.reasonError") });
    throw error;
  }
  throw new Response("Unknown intent", { status: 400 });
}

function overrideErrors(score: number | null, reason: string, ctx: Context): Record<string, string> {
  const errors: Record<string, string> = {};
  if (score === null) errors.score = ctx.t("review.override.scoreError");
  if (reason.trim().length < 5) errors.reason = ctx.t("review.override.reasonError");
  return errors;
}
