import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form, useFetcher, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import type { Problem } from "~/engine";
import type { DraftAnalysis } from "~/models/studio/studio-check.server";
import { Field } from "~/components/ui/field";
import { FieldError } from "~/components/ui/field-error";
import { useT } from "~/utils/use-t";
import { StateDiagram } from "./diagram";
import { ProblemList } from "./problem-list";
import { problemText } from "./problem-text";
import { SourceEditor, type JumpTo } from "./source-editor";

/**
 * The action's answer: what happened (`message`, in the status line), conform's reply (`result`:
 * errors beside their fields) and `draft`: a refused publish still saved the text, and says as
 * which revision.
 */
type Result = { kind: string; message?: string; draft?: string; result?: SubmissionResult<string[]> } | null;

/** The fields as the page sends them (conform's metadata is typed by this). */
type EditorFields = { source: string; baseRevision: string; intent: string; changeNote: string };

interface EditorFormProps {
  itemId: string;
  /** quizzes and lessons have no state diagram */
  hasDiagram: boolean;
  source: string;
  revision: number;
  canPublish: boolean;
  analysis: DraftAnalysis;
  result: Result;
  initialLine: number | null;
}

const CHECK_DELAY_MS = 400;

/** Posts the text to the check route a moment after typing stops; the newest answer wins. */
function useLiveCheck(itemId: string, initial: DraftAnalysis) {
  const fetcher = useFetcher<DraftAnalysis>();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [dirty, setDirty] = useState(false);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const onChange = (text: string) => {
    setDirty(true);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(
      () => fetcher.submit({ source: text }, { method: "post", action: `/studio/${itemId}/check` }),
      CHECK_DELAY_MS,
    );
  };
  const analysis = fetcher.data ?? initial;
  return { analysis, checking: fetcher.state !== "idle", onChange, dirty, setDirty };
}

export function EditorForm({ itemId, hasDiagram, source, revision, canPublish, analysis: initial, result, initialLine }: EditorFormProps) {
  const { t } = useT();
  const busy = useNavigation().state === "submitting";
  const saveRef = useRef<HTMLButtonElement | null>(null);
  const jumpRef = useRef<JumpTo | null>(null);
  const live = useLiveCheck(itemId, initial);
  const save = () => saveRef.current?.click();
  const { setDirty } = live;
  // Checked on the server only, like the other forms (the schema is built there, so zod stays out
  // of the browser); the live check already says what is wrong with the text as it is typed.
  const [form, fields] = useForm<EditorFields>({ id: "studio-editor", lastResult: result?.result });

  useEffect(() => {
    // A finished save or publish means the text on screen is the stored one.
    if (result?.kind === "saved" || result?.kind === "published") setDirty(false);
  }, [result, setDirty]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // CodeMirror's own Mod-s binding has already saved (and prevented the default) inside the editor.
      if (event.defaultPrevented) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // Worded in the interface language from each problem's code and params.
  const problems: Problem[] = live.analysis.problems.map((problem) => ({ ...problem, message: problemText(t, problem) }));
  const tone =
    result?.kind === "saved" || result?.kind === "published"
      ? "border-green-300 bg-green-50 text-green-900"
      : "border-red-300 bg-red-50 text-red-800";
  // The text's errors name the editor (aria-describedby) after the shortcut hint.
  const sourceDescribedBy = fields.source.errors ? `editor-shortcut ${fields.source.errorId}` : "editor-shortcut";
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <Form method="post" {...getFormProps(form)} className="min-w-0" aria-label={t("studio.editor.source")}>
        <input type="hidden" name={fields.baseRevision.name} value={revision} />
        <div role="status" aria-live="polite" className="min-h-[1.5rem]">
          {result?.message ? (
            <p className={`mb-2 rounded border px-3 py-2 text-sm ${tone}`} data-testid="editor-status">
              {result.message}
              {result.draft ? (
                <span className="block" data-testid="kept-as-draft">
                  {result.draft}
                </span>
              ) : null}
            </p>
          ) : null}
        </div>
        <div>
          <SourceEditor
            id={fields.source.id}
            name={fields.source.name}
            label={t("studio.editor.source")}
            describedBy={sourceDescribedBy}
            invalid={Boolean(fields.source.errors)}
            defaultValue={source}
            problems={problems}
            onChange={live.onChange}
            onSave={save}
            jumpRef={jumpRef}
            initialLine={initialLine}
          />
          <FieldError id={fields.source.errorId} errors={fields.source.errors} />
        </div>
        <p id="editor-shortcut" className="mt-1 text-xs text-slate-600">
          {t("studio.editor.shortcut")}
          {live.dirty ? <span className="ml-2 font-medium text-amber-800">● {t("studio.editor.unsaved")}</span> : null}
        </p>
        <div className="mt-3 flex flex-wrap items-end gap-3">
          <button
            ref={saveRef}
            type="submit"
            name={fields.intent.name}
            value="save"
            disabled={busy}
            className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {busy ? t("studio.editor.saving") : t("studio.editor.save")}
          </button>
        </div>
        {canPublish ? (
          <fieldset className="mt-4 rounded border border-slate-200 bg-white p-3">
            <legend className="px-1 font-semibold">{t("studio.editor.publishTitle")}</legend>
            <Field
              label={t("studio.editor.changeNote")}
              meta={fields.changeNote}
              hint={t("studio.editor.changeNoteHint")}
              required
              className=""
            />
            <button
              type="submit"
              name={fields.intent.name}
              value="publish"
              disabled={busy}
              className="mt-2 rounded border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
            >
              {t("studio.editor.publish")}
            </button>
          </fieldset>
        ) : null}
      </Form>
      <aside className="min-w-0 space-y-4">
        <ProblemList problems={problems} checking={live.checking} jumpRef={jumpRef} sourceId={fields.source.id} />
      </aside>
      {hasDiagram ? (
        <div className="min-w-0 lg:col-span-2">
          <StateDiagram diagram={live.analysis.diagram} />
        </div>
      ) : null}
    </div>
  );
}
