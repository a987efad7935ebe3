import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { Section } from "~/components/learning/ui";
import { z } from "~/utils/zod.server";
import { FieldError } from "~/components/ui/field-error";
import { type MessageKey, type I18nHandle, type Translator } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { getOwnAttempt } from "~/models/rehearsal/attempt.server";
import { getDispute, openDispute, ReviewError } from "~/models/review/review.server";
import { scoredSkills } from "~/models/review/skill-review.server";
import { skillLabelKey } from "~/components/skill-name";
import { fieldLimit } from "~/utils/limits";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — dispute" }];

export const handle = { i18n: ["learning", "disputeScope.*", "skill.*", "outcome.*", "leadType.*", "objection.*"] } satisfies I18nHandle;

function ownFinished(attemptId: string | undefined, userId: string) {
  const row = getOwnAttempt(attemptId ?? "", userId);
  if (!row || row.status !== "finished") throw new Response("Not found", { status: 404 });
  return row;
}

/** The manager's own finished call: dispute it once, or read the answer. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "dispute:attempt:own");
  const row = ownFinished(params.attemptId, auth.user.id);
  const dispute = getDispute(row.id);
  return {
    i18n: await pageMessages(request, context, handle),
    attemptId: row.id,
    score: row.finalScore,
    skills: scoredSkills(row.id),
    dispute: dispute ? { status: dispute.status, reason: dispute.reason, resolution: dispute.resolution, skill: dispute.skill } : null,
  };
}

/** The reason, and "whole" or one of the skills the call was scored on (anything else is refused by openDispute). */
const disputeSchema = ({ t }: Translator) =>
  z.object({
    scope: z.string().default("whole"),
    reason: z
      .string({ error: t("dispute.reasonError") })
      .trim()
      .min(10, t("dispute.reasonError"))
      .max(2000, t("dispute.reasonError")),
  });

export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "dispute:attempt:own");
  const row = ownFinished(params.attemptId, auth.user.id);
  const translate = translator(await resolveLocale(request, context));
  const submission = await parseForm(request, disputeSchema(translate));
  if (submission.status !== "success") return refuseForm(submission);
  const { reason, scope } = submission.value;
  try {
    openDispute({ attemptId: row.id, userId: auth.user.id, reason, skill: scope === "whole" ? null : scope });
  } catch (error) {
    if (!(error instanceof ReviewError)) throw error;
    return refuseForm(submission, {
      fieldErrors: { reason: [translate.t(error.code === "already_disputed" ? "dispute.already" : "dispute.reasonError")] },
    });
  }
  return redirectWithToast(`/review/dispute/${row.id}`, "dispute.sent");
}

const STATUS: Record<"open" | "accepted" | "rejected", MessageKey> = {
  open: "dispute.status.open",
  accepted: "dispute.status.accepted",
  rejected: "dispute.status.rejected",
};

export default function Dispute() {
  const { t, number } = useT();
  const { attemptId, score, dispute, skills } = useLoaderData<typeof loader>();
  const skillName = (skill: string) => {
    const key = skillLabelKey(skill);
    return key ? t(key) : skill;
  };
  const reply = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<ReturnType<typeof disputeSchema>>>({
    id: "dispute",
    lastResult: reply?.result,
    defaultValue: { scope: "whole" },
  });
  const scope = fields.scope.initialValue ?? "whole";
  const { key: reasonKey, ...reason } = getTextareaProps(fields.reason);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("dispute.title")}</h1>
      <p>
        {score !== null ? t("dispute.score", { score: number(score, 1) }) : null} ·{" "}
        <Link to={`/attempts/${attemptId}/result`} className="text-brand-700 underline">
          {t("dispute.viewResult")}
        </Link>
      </p>
      {dispute ? (
        <Section title={t(STATUS[dispute.status])} id="dispute-status">
          <p className="mb-1 text-sm font-medium">
            {dispute.skill ? t("disputeScope.about", { skill: skillName(dispute.skill) }) : t("disputeScope.aboutWhole")}
          </p>
          <p className="whitespace-pre-line" data-testid="dispute-reason" dir="auto">
            {dispute.reason}
          </p>
          {dispute.resolution ? (
            <p className="mt-3" data-testid="dispute-answer">
              <strong>{t("dispute.answer")}:</strong> <bdi>{dispute.resolution}</bdi>
            </p>
          ) : null}
        </Section>
      ) : (
        <Form method="post" {...getFormProps(form)} className="rounded-lg border border-slate-200 bg-white p-5">
          <p className="mb-3 text-slate-700">{t("dispute.help")}</p>
          <fieldset className="mb-4">
            <legend className="mb-1 text-sm font-medium">{t("disputeScope.legend")}</legend>
            <label className="flex items-center gap-2 py-0.5">
              <input type="radio" name={fields.scope.name} value="whole" defaultChecked={scope === "whole"} />
              {t("disputeScope.whole", { score: score === null ? "—" : number(score, 1) })}
            </label>
            {skills.map((s) => (
              <label key={s.skill} className="flex items-center gap-2 py-0.5">
                <input type="radio" name={fields.scope.name} value={s.skill} defaultChecked={scope === s.skill} />
                {t("disputeScope.skill", { skill: skillName(s.skill), score: number(s.score, 1) })}
              </label>
            ))}
          </fieldset>
          <label htmlFor={reason.id} className="mb-1 block text-sm font-medium">
            {t("dispute.reason")}
          </label>
          <textarea
            key={reasonKey}
            {...reason}
            rows={5}
            required
            maxLength={fieldLimit("reason")}
            className={`w-full rounded border px-3 py-2 ${fields.reason.errors ? "border-red-600" : "border-slate-300"}`}
          />
          <FieldError id={fields.reason.errorId} errors={fields.reason.errors} />
          <button type="submit" className="mt-3 rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("dispute.submit")}
          </button>
        </Form>
      )}
    </div>
  );
}
