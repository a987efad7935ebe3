import type { QuestionAspect } from "~/engine/quiz";
import type { MessageKey } from "~/i18n";
import type { Comparison } from "~/models/studio/studio-versions.server";
import { useT } from "~/utils/use-t";

const CHANGE_LABEL = {
  added: "studio.diff.added",
  removed: "studio.diff.removed",
  changed: "studio.diff.changed",
} as const satisfies Record<string, MessageKey>;
const CHANGE_STYLE = { added: "text-green-800", removed: "text-red-800", changed: "text-amber-800" };
const ASPECT_LABEL = {
  kind: "studio.diff.aspect.kind",
  prompt: "studio.diff.aspect.prompt",
  points: "studio.diff.aspect.points",
  options: "studio.diff.aspect.options",
  correct: "studio.diff.aspect.correct",
  explanation: "studio.diff.aspect.explanation",
} as const satisfies Record<QuestionAspect, MessageKey>;
const KIND_LABEL = {
  single: "studio.quiz.kind.single",
  multiple: "studio.quiz.kind.multiple",
  order: "studio.quiz.kind.order",
  match: "studio.quiz.kind.match",
} as const satisfies Record<string, MessageKey>;

/** A quiz's questions added, removed or changed between the two sides, and what changed in each. */
export function QuestionChanges({ questions }: { questions: NonNullable<Comparison["questions"]> }) {
  const { t } = useT();
  if (questions.length === 0) return <p className="text-sm text-slate-600">{t("studio.diff.noQuestionChanges")}</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid="quiz-diff">
      {questions.map((question) => (
        <li key={question.id} data-change={question.change}>
          <span className="font-medium">{t("studio.diff.section.question")}</span> <code>{question.id}</code>:{" "}
          <span className={CHANGE_STYLE[question.change]}>{t(CHANGE_LABEL[question.change])}</span>
          {question.aspects.length > 0 ? (
            <span className="text-slate-600">
              {" "}
              — {t("studio.diff.fields", { fields: question.aspects.map((aspect) => t(ASPECT_LABEL[aspect])).join(", ") })}
            </span>
          ) : null}
          {question.kind || question.options.length > 0 ? (
            <ul className="ml-5 list-disc">
              {question.kind ? (
                <li>
                  {t("studio.diff.quizKind", { before: t(KIND_LABEL[question.kind.before]), after: t(KIND_LABEL[question.kind.after]) })}
                </li>
              ) : null}
              {question.options.map((option, index) => (
                <li key={`${option.change}:${index}`}>
                  {t("studio.diff.quizOption", { text: option.text, change: t(CHANGE_LABEL[option.change]) })}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
