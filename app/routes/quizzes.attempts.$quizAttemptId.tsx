import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import type { Question, QuizAnswer } from "~/engine/quiz";
import { ownQuizResult } from "~/models/learning/quiz.server";
import { useT } from "~/utils/use-t";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";

export const meta: MetaFunction = () => [{ title: "Callcraft — quiz result" }];

export const handle = { i18n: ["learning"] } satisfies I18nHandle;

/** The manager's own result, with each answer beside the right one and the explanation. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "take:quiz:own");
  const found = ownQuizResult(params.quizAttemptId ?? "", auth.user.id);
  if (!found) throw new Response("Not found", { status: 404 });
  const { definition, answers, result } = found;
  return {
    i18n: await pageMessages(request, context, handle),
    title: definition.meta.title,
    slug: definition.meta.id,
    lang: definition.meta.lang,
    score: result.score,
    passed: result.passed,
    questions: definition.questions.map((q) => ({ ...describe(q, answers[q.id]), result: result.questions.find((r) => r.id === q.id) })),
  };
}

/** Plain text of what was answered and what was right, per question kind. */
function describe(question: Question, answer: QuizAnswer | undefined) {
  const base = { id: question.id, prompt: question.prompt, explanation: question.explanation };
  if (question.kind === "match") {
    const chosen = answer?.kind === "match" ? answer.chosen : {};
    const rightOf = (id: string | undefined) => question.pairs.find((p) => p.id === id)?.right ?? "—";
    return {
      ...base,
      given: question.pairs.map((p) => `${p.left} → ${rightOf(chosen[p.id])}`),
      right: question.pairs.map((p) => `${p.left} → ${p.right}`),
    };
  }
  if (question.kind === "order") {
    const positions = answer?.kind === "order" ? answer.positions : {};
    const given = [...question.items].sort((a, b) => (positions[a.id] ?? 99) - (positions[b.id] ?? 99)).map((i) => i.text);
    return { ...base, given, right: question.items.map((i) => i.text) };
  }
  const chosen = answer?.kind === "single" ? [answer.choice] : answer?.kind === "multiple" ? answer.choices : [];
  return {
    ...base,
    given: question.choices.filter((c) => chosen.includes(c.id)).map((c) => c.text),
    right: question.choices.filter((c) => c.correct).map((c) => c.text),
  };
}

export default function QuizResult() {
  const { t, number } = useT();
  const r = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("quiz.resultTitle", { title: r.title })}</h1>
      <section className="flex items-center gap-4 rounded-lg border border-slate-200 bg-white p-5" aria-label={t("quiz.score")}>
        <p className="text-4xl font-bold" data-testid="quiz-score">
          {number(r.score, 1)}
        </p>
        <p
          className={`rounded px-3 py-1 font-semibold ${r.passed ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}
          data-testid="quiz-pass-state"
        >
          {r.passed ? t("quiz.passed") : t("quiz.failed")}
        </p>
        <Link to={`/quizzes/${r.slug}`} className="ml-auto rounded border border-slate-300 px-3 py-2 hover:bg-slate-100">
          {t("quiz.again")}
        </Link>
      </section>
      <ol className="space-y-4" lang={r.lang}>
        {r.questions.map((q, i) => (
          <li key={q.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="font-medium">
              {i + 1}. {q.prompt}
            </p>
            <p
              className={`mt-1 text-sm font-semibold ${q.result?.correct ? "text-green-800" : q.result && q.result.credit > 0 ? "text-amber-800" : "text-red-800"}`}
              lang=""
            >
              {q.result?.correct
                ? t("quiz.correct")
                : q.result && q.result.credit > 0
                  ? t("quiz.partly", { points: number(q.result.earned, 1), of: q.result.points })
                  : t("quiz.wrong")}
            </p>
            <dl className="mt-2 grid gap-1 text-sm md:grid-cols-[10rem_1fr]">
              <dt className="text-slate-600">{t("quiz.yourAnswer")}</dt>
              <dd>{q.given.length > 0 ? q.given.join("; ") : "—"}</dd>
              <dt className="text-slate-600">{t("quiz.rightAnswer")}</dt>
              <dd>{q.right.join("; ")}</dd>
              <dt className="text-slate-600">{t("quiz.explanation")}</dt>
              <dd>{q.explanation}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}
