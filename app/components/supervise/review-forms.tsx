/** The supervisor's forms on the review page: comment, override, answer a dispute. Errors sit next to their fields. */
import { Form } from "@remix-run/react";
import { fieldLimit } from "~/utils/limits";
import { useT } from "~/utils/use-t";

/** Mirrors ReviewActionData in app/models/review/review-actions.server.ts (a component cannot import a server module). */
export interface ReviewActionData {
  intent: string;
  errors: Record<string, string>;
  values: Record<string, string>;
  notice: string | null;
}

function TextArea({ name, label, result, rows = 3, id }: { name: string; label: string; result?: ReviewActionData; rows?: number; id: string }) {
  const error = result?.errors[name];
  return (
    <div className="mb-3">
      <label htmlFor={id} className="mb-1 block text-sm font-medium">{label}</label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={fieldLimit(name)}
        defaultValue={result?.values[name] ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`w-full rounded border px-3 py-2 ${error ? "border-red-600" : "border-slate-300"}`}
      />
      {error ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}

function ScoreInput({ name, label, result, id }: { name: string; label: string; result?: ReviewActionData; id: string }) {
  const error = result?.errors[name];
  return (
    <div className="mb-3">
      <label htmlFor={id} className="mb-1 block text-sm font-medium">{label}</label>
      <input
        id={id}
        name={name}
        inputMode="decimal"
        defaultValue={result?.values[name] ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`w-32 rounded border px-3 py-2 ${error ? "border-red-600" : "border-slate-300"}`}
      />
      {error ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}

const submit = "rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700";

export function CommentForm({ turnSeq, result }: { turnSeq: number | null; result?: ReviewActionData }) {
  const { t } = useT();
  const key = `comment-${turnSeq ?? "all"}`;
  const mine = result?.intent === key ? result : undefined;
  return (
    <Form method="post" className="mt-2" key={mine?.notice ?? key}>
      <input type="hidden" name="intent" value={key} />
      <TextArea name="body" id={`${key}-body`} rows={2} label={turnSeq === null ? t("review.commentWhole") : t("review.commentOn")} result={mine} />
      <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">{t("review.commentSubmit")}</button>
    </Form>
  );
}

export function OverrideForm({ result }: { result?: ReviewActionData }) {
  const { t } = useT();
  const mine = result?.intent === "override" ? result : undefined;
  return (
    <Form method="post" noValidate key={mine?.notice ?? "override"}>
      <input type="hidden" name="intent" value="override" />
      <p className="mb-3 text-sm text-slate-700">{t("review.override.help")}</p>
      <ScoreInput name="score" id="override-score" label={t("review.override.score")} result={mine} />
      <TextArea name="reason" id="override-reason" label={t("review.override.reason")} result={mine} />
      <button type="submit" className={submit}>{t("review.override.submit")}</button>
    </Form>
  );
}

export function ResolveForm({ result, scoreLabel }: { result?: ReviewActionData; scoreLabel?: string }) {
  const { t } = useT();
  const mine = result?.intent === "resolve" ? result : undefined;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="resolve" />
      <TextArea name="resolution" id="resolve-answer" label={t("review.dispute.answer")} result={mine} />
      <ScoreInput name="score" id="resolve-score" label={scoreLabel ?? t("review.dispute.newScore")} result={mine} />
      <div className="flex gap-2">
        <button type="submit" name="decision" value="accepted" className={submit}>{t("review.dispute.accept")}</button>
        <button type="submit" name="decision" value="rejected" className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100">{t("review.dispute.reject")}</button>
      </div>
    </Form>
  );
}
