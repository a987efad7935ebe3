/**
 * A quiz as an ordinary form: radio buttons, checkboxes and selects, so it works without
 * JavaScript and with the keyboard. Order and match questions use one labelled select per part.
 */
import type { PublicQuestion as Question } from "~/engine/quiz/types";
import { useT } from "~/utils/use-t";

type Values = Record<string, string[]>;

function Legend({ question, index, missing }: { question: Question; index: number; missing: boolean }) {
  const { t } = useT();
  return (
    <>
      <legend className="font-medium">
        {index + 1}. {question.prompt}
      </legend>
      {missing ? (
        <p id={`${question.id}-error`} className="mt-1 text-sm text-red-700">
          {t("quiz.unanswered")}
        </p>
      ) : null}
    </>
  );
}

function ChoiceInputs({ question, values }: { question: Extract<Question, { kind: "single" | "multiple" }>; values: Values }) {
  const { t } = useT();
  const chosen = values[question.id] ?? [];
  return (
    <div className="mt-2 space-y-1">
      {question.kind === "multiple" ? <p className="text-sm text-slate-600">{t("quiz.multipleHelp")}</p> : null}
      {question.choices.map((choice) => (
        <label key={choice.id} className="flex items-start gap-2">
          <input
            type={question.kind === "single" ? "radio" : "checkbox"}
            name={question.id}
            value={choice.id}
            defaultChecked={chosen.includes(choice.id)}
            className="mt-1"
          />
          <span>{choice.text}</span>
        </label>
      ))}
    </div>
  );
}

function Select({
  name,
  label,
  options,
  value,
}: {
  name: string;
  label: string;
  options: { value: string; text: string }[];
  value: string | undefined;
}) {
  const { t } = useT();
  return (
    <label className="flex flex-wrap items-center gap-2">
      <span className="min-w-0 flex-1">{label}</span>
      <select name={name} defaultValue={value ?? ""} className="rounded border border-slate-300 px-2 py-1">
        <option value="">{t("quiz.choose")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}

function PartInputs({ question, values }: { question: Extract<Question, { kind: "order" | "match" }>; values: Values }) {
  const { t } = useT();
  if (question.kind === "order") {
    const positions = question.items.map((_, i) => ({ value: String(i + 1), text: String(i + 1) }));
    return (
      <div className="mt-2 space-y-2">
        <p className="text-sm text-slate-600">{t("quiz.orderHelp")}</p>
        {question.items.map((item) => (
          <Select
            key={item.id}
            name={`${question.id}:${item.id}`}
            label={item.text}
            options={positions}
            value={values[`${question.id}:${item.id}`]?.[0]}
          />
        ))}
      </div>
    );
  }
  const answers = question.answers.map((a) => ({ value: a.id, text: a.text }));
  return (
    <div className="mt-2 space-y-2">
      {question.lefts.map((left) => (
        <Select
          key={left.id}
          name={`${question.id}:${left.id}`}
          label={left.text}
          options={answers}
          value={values[`${question.id}:${left.id}`]?.[0]}
        />
      ))}
    </div>
  );
}

export function QuizForm({ questions, values, missing }: { questions: Question[]; values: Values; missing: string[] }) {
  return (
    <ol className="space-y-5">
      {questions.map((question, index) => (
        <li key={question.id}>
          <fieldset
            className={`rounded border p-4 ${missing.includes(question.id) ? "border-red-500" : "border-slate-200"}`}
            aria-describedby={missing.includes(question.id) ? `${question.id}-error` : undefined}
            data-question={question.id}
          >
            <Legend question={question} index={index} missing={missing.includes(question.id)} />
            {"choices" in question ? (
              <ChoiceInputs question={question} values={values} />
            ) : (
              <PartInputs question={question} values={values} />
            )}
          </fieldset>
        </li>
      ))}
    </ol>
  );
}
