import type { LessonDefinition } from "~/engine/lesson";
import type { Question, QuizDefinition } from "~/engine/quiz";
import { useT } from "~/utils/use-t";

/** The lesson as managers will read it: HTML rendered on the server from the compiled draft. */
export function LessonPreview({ definition, html }: { definition: LessonDefinition; html: string }) {
  const { t } = useT();
  const { meta } = definition;
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4" lang={meta.lang} data-testid="lesson-preview">
      <p className="text-sm text-slate-600">
        {t("studio.preview.minutes", { minutes: meta.minutes })}
        {meta.summary ? ` · ${meta.summary}` : ""}
      </p>
      <div className="lesson-body mt-2" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}

function Answers({ question }: { question: Question }) {
  const { t } = useT();
  if (question.kind === "order") {
    return (
      <ol className="list-decimal space-y-1 pl-6" aria-label={t("studio.quiz.rightOrder")}>
        {question.items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ol>
    );
  }
  if (question.kind === "match") {
    return (
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1" aria-label={t("studio.quiz.rightPairs")}>
        {question.pairs.map((pair) => (
          <div key={pair.id} className="contents">
            <dt className="font-medium">{pair.left}</dt>
            <dd>→ {pair.right}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <ul className="space-y-1">
      {question.choices.map((choice) => (
        <li key={choice.id} data-correct={choice.correct} className={choice.correct ? "font-medium text-green-800" : "text-slate-700"}>
          <span aria-hidden="true">{choice.correct ? "✓ " : "· "}</span>
          {choice.text}
          {choice.correct ? <span className="sr-only"> ({t("studio.quiz.correct")})</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** Every question with its right answers marked: what the author checks before publishing. */
export function QuizPreview({ definition }: { definition: QuizDefinition }) {
  const { t } = useT();
  const { meta } = definition;
  return (
    <section className="space-y-3" lang={meta.lang} data-testid="quiz-preview" aria-label={t("studio.quiz.questions")}>
      <p className="text-sm text-slate-600">{t("studio.quiz.passMark", { passMark: meta.passMark, count: definition.questions.length })}</p>
      {definition.intro.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      <ol className="space-y-3">
        {definition.questions.map((question, index) => (
          <li
            key={question.id}
            className="rounded-lg border border-slate-200 bg-white p-4"
            data-testid="quiz-question"
            data-question-id={question.id}
          >
            <p className="mb-2">
              <span className="font-semibold">
                {index + 1}. {question.prompt}
              </span>{" "}
              <span className="text-xs text-slate-600">
                ({t(`studio.quiz.kind.${question.kind}`)} · {t("studio.quiz.points", { points: question.points })})
              </span>
            </p>
            <Answers question={question} />
            {question.explanation ? <p className="mt-2 text-sm text-slate-700">{question.explanation}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
