import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { QuizForm } from "~/components/learning/quiz-form";
import { publicQuestion } from "~/engine/quiz";
import { FormAlert } from "~/components/ui/field";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { publishedQuiz, submitQuiz } from "~/models/learning/quiz.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Callcraft — ${data?.title ?? ""}` }];

export const handle = { i18n: ["learning"] } satisfies I18nHandle;

/** The questions only: right answers and explanations stay on the server until submission. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requirePermission(request, context, "take:quiz:own");
  const quiz = publishedQuiz(params.slug ?? "");
  if (!quiz) throw new Response("Not found", { status: 404 });
  const { meta, intro, questions } = quiz.definition;
  return {
    i18n: await pageMessages(request, context, handle),
    title: meta.title,
    lang: meta.lang,
    passMark: meta.passMark,
    intro,
    questions: questions.map(publicQuestion),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "take:quiz:own");
  const form = await request.formData();
  const entries = [...form.entries()].flatMap(([k, v]): [string, string][] => (typeof v === "string" ? [[k, v]] : []));
  const result = submitQuiz({ userId: auth.user.id, slug: params.slug ?? "", entries });
  if (!result) throw new Response("Not found", { status: 404 });
  if (result.ok) return redirect(`/quizzes/attempts/${result.attemptId}`);
  const { t } = translator(await resolveLocale(request, context));
  // a Map, not an object: a field named "__proto__" (the fuzz test sends one) must stay a field
  const grouped = new Map<string, string[]>();
  for (const [k, v] of entries) grouped.set(k, [...(grouped.get(k) ?? []), v]);
  const values: Record<string, string[]> = Object.fromEntries(grouped);
  return data({ error: t("quiz.missing", { count: result.missing.length }), missing: result.missing, values }, { status: 400 });
}

export default function Quiz() {
  const { t } = useT();
  const quiz = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{quiz.title}</h1>
      <p className="text-sm text-slate-600">{t("quiz.passMark", { mark: quiz.passMark })}</p>
      {quiz.intro.map((p, i) => (
        <p key={i} lang={quiz.lang}>
          {p}
        </p>
      ))}
      {result?.error ? <FormAlert>{result.error}</FormAlert> : null}
      <Form method="post" lang={quiz.lang} key={result ? JSON.stringify(result.values) : "fresh"}>
        <QuizForm questions={quiz.questions} values={result?.values ?? {}} missing={result?.missing ?? []} />
        <button
          type="submit"
          disabled={busy}
          className="mt-5 rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {t("quiz.submit")}
        </button>
      </Form>
    </div>
  );
}
