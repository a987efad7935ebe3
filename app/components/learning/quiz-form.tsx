/**
 * A quiz as an ordinary form: radio buttons, checkboxes and selects, so it works without
 * JavaScript and with the keyboard. Order and match questions use one labelled select per part.
 * Names, ids, kept answers and errors come from conform's metadata (field names: app/utils/quiz-fields.ts);
 * a refusal shows beside what it is about through FieldError, in the interface language.
 */
import { getInputProps, getSelectProps, type FieldMetadata } from "@conform-to/react";
import type { PublicQuestion as Question } from "~/engine/quiz/types";
import { FieldError } from "~/components/ui/field-error";
import { useT } from "~/utils/use-t";
import { partKey, questionField } from "~/utils/quiz-fields";

/** The form's fields as conform sees them: a choice, the ticked choices, or a question's parts. */
export type QuizFields = Record<string, string | string[] | Record<string, string> | undefined>;

type QuestionMeta = FieldMetadata<QuizFields[string], QuizFields, string[]>;
type PartMeta = FieldMetadata<string | undefined, QuizFields, string[]>;
/** an order or match question's field: an object of parts (QuizFields says so only as one of its kinds) */
type PartsMeta = FieldMetadata<Record<string, string | undefined>, QuizFields, string[]>;

/** conform's props without the `key` React must not receive in a spread */
function withoutKey<P extends { key?: unknown }>({ key: _key, ...props }: P): Omit<P, "key"> {
  return props;
}

function ChoiceInputs({ question, meta }: { question: Extract<Question, { kind: "single" | "multiple" }>; meta: QuestionMeta }) {
  const { t } = useT();
  return (
    <div className="mt-2 space-y-1">
      {question.kind === "multiple" ? <p className="text-sm text-slate-600">{t("quiz.multipleHelp")}</p> : null}
      {question.choices.map((choice, k) => (
        <label key={choice.id} className="flex items-start gap-2">
          <input
            {...withoutKey(getInputProps(meta, { type: question.kind === "single" ? "radio" : "checkbox", value: choice.id }))}
            id={`${meta.id}-${k}`}
            className="mt-1"
          />
          <span>{choice.text}</span>
        </label>
      ))}
    </div>
  );
}

/** One labelled select; invalid when it or its question is, and described by both errors. */
function Select({
  meta,
  question,
  label,
  options,
}: {
  meta: PartMeta;
  question: QuestionMeta;
  label: string;
  options: { value: string; text: string }[];
}) {
  const { t, locale } = useT();
  const select = withoutKey(getSelectProps(meta, { ariaDescribedBy: question.errors ? question.errorId : undefined }));
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={select.id} className="min-w-0 flex-1">
          {label}
        </label>
        <select
          {...select}
          aria-invalid={meta.errors || question.errors ? true : undefined}
          className={`rounded border px-2 py-1 ${meta.errors ? "border-red-600" : "border-slate-300"}`}
        >
          <option value="">{t("quiz.choose")}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={meta.errorId} errors={meta.errors} lang={locale} />
    </div>
  );
}

function PartInputs({ question, meta }: { question: Extract<Question, { kind: "order" | "match" }>; meta: QuestionMeta }) {
  const { t } = useT();
  const parts: Record<string, PartMeta> = (meta as unknown as PartsMeta).getFieldset();
  if (question.kind === "order") {
    const positions = question.items.map((_, i) => ({ value: String(i + 1), text: String(i + 1) }));
    return (
      <div className="mt-2 space-y-2">
        <p className="text-sm text-slate-600">{t("quiz.orderHelp")}</p>
        {question.items.map((item, j) => (
          <Select key={item.id} meta={parts[partKey(j)]!} question={meta} label={item.text} options={positions} />
        ))}
      </div>
    );
  }
  const answers = question.answers.map((a) => ({ value: a.id, text: a.text }));
  return (
    <div className="mt-2 space-y-2">
      {question.lefts.map((left, j) => (
        <Select key={left.id} meta={parts[partKey(j)]!} question={meta} label={left.text} options={answers} />
      ))}
    </div>
  );
}

export function QuizForm({ questions, fields }: { questions: Question[]; fields: Record<string, QuestionMeta> }) {
  const { locale } = useT();
  return (
    <ol className="space-y-5">
      {questions.map((question, index) => {
        const meta = fields[questionField(index)]!;
        return (
          <li key={question.id}>
            <fieldset
              className={`rounded border p-4 ${meta.allErrors && Object.keys(meta.allErrors).length > 0 ? "border-red-500" : "border-slate-200"}`}
              data-question={question.id}
            >
              <legend className="font-medium">
                {index + 1}. {question.prompt}
              </legend>
              {"choices" in question ? <ChoiceInputs question={question} meta={meta} /> : <PartInputs question={question} meta={meta} />}
              <FieldError id={meta.errorId} errors={meta.errors} lang={locale} />
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
