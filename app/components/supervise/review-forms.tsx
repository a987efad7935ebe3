/**
 * The supervisor's forms on the review page: comment, override, answer a dispute. Each is a conform
 * form fed the action's reply when it was the form sent (replyFor); errors sit next to their
 * fields through FieldError, the input is kept. Saves redirect back with a toast.
 */
import { getFormProps, getInputProps, getTextareaProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { FieldError } from "~/components/ui/field-error";
import { replyFor } from "~/utils/form";
import { fieldLimit } from "~/utils/limits";
import { useT } from "~/utils/use-t";

/** The review action's answer when a form is refused (refuseForm in app/utils/form.server.ts). */
export type ReviewReply = { intent: string | null; result?: SubmissionResult<string[]> } | undefined;

type Meta = FieldMetadata<unknown, Record<string, unknown>>;

export function TextArea({ meta, label, rows = 3 }: { meta: Meta; label: string; rows?: number }) {
  const { key, ...control } = getTextareaProps(meta);
  return (
    <div className="mb-3">
      <label htmlFor={control.id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <textarea
        key={key}
        {...control}
        rows={rows}
        maxLength={fieldLimit(meta.name)}
        className={`w-full rounded border px-3 py-2 ${meta.errors ? "border-red-600" : "border-slate-300"}`}
      />
      <FieldError id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function ScoreInput({ meta, label }: { meta: Meta; label: string }) {
  const { key, ...control } = getInputProps(meta, { type: "text" });
  return (
    <div className="mb-3">
      <label htmlFor={control.id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <input
        key={key}
        {...control}
        inputMode="decimal"
        className={`w-32 rounded border px-3 py-2 ${meta.errors ? "border-red-600" : "border-slate-300"}`}
      />
      <FieldError id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

const submit = "rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700";

export function CommentForm({ turnSeq, result }: { turnSeq: number | null; result: ReviewReply }) {
  const { t } = useT();
  const intent = `comment-${turnSeq ?? "all"}`;
  const [form, fields] = useForm<{ body: string }>({ id: intent, lastResult: replyFor(result, intent) });
  return (
    <Form method="post" className="mt-2" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      <TextArea meta={fields.body} rows={2} label={turnSeq === null ? t("review.commentWhole") : t("review.commentOn")} />
      <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
        {t("review.commentSubmit")}
      </button>
    </Form>
  );
}

export function OverrideForm({ result }: { result: ReviewReply }) {
  const { t } = useT();
  const [form, fields] = useForm<{ score: string; reason: string }>({ id: "override", lastResult: replyFor(result, "override") });
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="override" />
      <p className="mb-3 text-sm text-slate-700">{t("review.override.help")}</p>
      <ScoreInput meta={fields.score} label={t("review.override.score")} />
      <TextArea meta={fields.reason} label={t("review.override.reason")} />
      <button type="submit" className={submit}>
        {t("review.override.submit")}
      </button>
    </Form>
  );
}

export function ResolveForm({ result, scoreLabel }: { result: ReviewReply; scoreLabel?: string }) {
  const { t } = useT();
  const [form, fields] = useForm<{ resolution: string; score: string }>({ id: "resolve", lastResult: replyFor(result, "resolve") });
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="resolve" />
      <TextArea meta={fields.resolution} label={t("review.dispute.answer")} />
      <ScoreInput meta={fields.score} label={scoreLabel ?? t("review.dispute.newScore")} />
      <div className="flex gap-2">
        <button type="submit" name="decision" value="accepted" className={submit}>
          {t("review.dispute.accept")}
        </button>
        <button type="submit" name="decision" value="rejected" className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100">
          {t("review.dispute.reject")}
        </button>
      </div>
    </Form>
  );
}
