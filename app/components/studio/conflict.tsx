import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form, Link, useNavigation } from "@remix-run/react";
import { FieldError } from "~/components/ui/field-error";
import { fill } from "~/components/ui/user-text";
import { fieldLimit } from "~/utils/limits";
import { useT } from "~/utils/use-t";

interface Theirs {
  source: string;
  revision: number;
  updatedBy: string | null;
  updatedAt: number;
}

/** The fields as the panel sends them (conform's metadata is typed by this). */
type ConflictFields = { source: string; baseRevision: string; intent: string };

const paneClass = "h-96 w-full rounded border p-2 font-mono text-xs";

/**
 * Someone saved after this page was opened. Both texts are on screen and nothing is stored until
 * the author picks: keep mine (saved over theirs, knowingly), take theirs, or merge by hand. The
 * form is the editor's (same action, same schema) on conform's metadata; the server refuses an
 * emptied text, and says so if yet another save came while the author merged (`result`).
 */
export function ConflictPanel({
  itemId,
  mine,
  theirs,
  result,
}: {
  itemId: string;
  mine: string;
  theirs: Theirs;
  result?: SubmissionResult<string[]>;
}) {
  const { t, date } = useT();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm<ConflictFields>({ id: "studio-conflict", lastResult: result });
  const hintId = "merge-hint";
  const { key: _key, ...mineProps } = getTextareaProps(fields.source, { ariaDescribedBy: hintId });
  return (
    <section aria-labelledby="conflict-heading" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4" data-testid="conflict">
      <h2 id="conflict-heading" role="alert" className="text-lg font-semibold text-amber-900">
        {t("studio.conflict.title")}
      </h2>
      <p className="mb-3 text-sm">
        {fill(t("studio.conflict.body"), {
          name: <bdi>{theirs.updatedBy ?? t("studio.conflict.someone")}</bdi>,
          revision: theirs.revision,
          date: date(theirs.updatedAt, "datetime"),
        })}
      </p>
      <Form method="post" {...getFormProps(form)} className="grid gap-3 md:grid-cols-2">
        <input type="hidden" name={fields.baseRevision.name} value={theirs.revision} />
        <div>
          <label htmlFor={mineProps.id} className="mb-1 block font-medium">
            {t("studio.conflict.mine")}
          </label>
          <p className="mb-1 text-xs font-medium text-slate-700">{t("studio.conflict.merge")}</p>
          <textarea
            {...mineProps}
            defaultValue={mine}
            maxLength={fieldLimit(fields.source.name)}
            className={`${paneClass} ${fields.source.errors ? "border-red-600" : "border-slate-300"}`}
            data-testid="conflict-mine"
          />
          <p id={hintId} className="mt-1 text-xs text-slate-700">
            {t("studio.conflict.mergeHint", { revision: theirs.revision })}
          </p>
          <FieldError id={fields.source.errorId} errors={fields.source.errors} />
        </div>
        <div>
          <label htmlFor="conflict-theirs" className="mb-1 block font-medium">
            {t("studio.conflict.theirs", { revision: theirs.revision })}
          </label>
          <textarea
            id="conflict-theirs"
            readOnly
            value={theirs.source}
            className={`${paneClass} border-slate-300 bg-slate-100`}
            data-testid="conflict-theirs"
          />
        </div>
        <div className="flex flex-wrap gap-3 md:col-span-2">
          <button
            type="submit"
            name={fields.intent.name}
            value="keepMine"
            disabled={busy}
            className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {t("studio.conflict.keepMine")}
          </button>
          <Link
            to={`/studio/${itemId}?rev=${theirs.revision}`}
            className="rounded border border-slate-400 px-4 py-2 font-medium hover:bg-white"
          >
            {t("studio.conflict.takeTheirs")}
          </Link>
        </div>
      </Form>
    </section>
  );
}
