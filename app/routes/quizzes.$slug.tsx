import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { QuizForm, type QuizFields } from "~/components/learning/quiz-form";
import { publicQuestion } from "~/engine/quiz";
import { FormAlert } from "~/components/ui/field";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { quizSchema } from "~/models/learning/quiz-form.server";
import { publishedQuiz, submitQuiz } from "~/models/learning/quiz.server";
import { parseForm, refuseForm } from "~/utils/form.server";
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
    versionId: quiz.versionId,
    intro,
    questions: questions.map(publicQuestion),
  };
}

/**
 * The answers, parsed by conform with the quiz's own schema (quiz-form.server.ts): a question left
 * open sends the form back with every answer kept and the reason beside the question, nothing stored.
 */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "take:quiz:own");
  const quiz = publishedQuiz(params.slug ?? "");
  if (!quiz) throw new Response("Not found", { status: 404 });
  const translate = translator(await resolveLocale(request, context));
  const submission = await parseForm(request, quizSchema(quiz.definition, translate, quiz.versionId));
  if (submission.status !== "success") return refuseForm(submission);
  const result = submitQuiz({ userId: auth.user.id, quiz, answers: submission.value });
  if (!result.ok) return refuseForm(submission, { formErrors: [translate.t("quiz.missing", { count: result.missing.length })] });
  return redirect(`/quizzes/attempts/${result.attemptId}`);
}

export default function Quiz() {
  const { t } = useT();
  const quiz = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const [form, fields] = useForm<QuizFields>({ id: "quiz", lastResult: reply?.result });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{quiz.title}</h1>
      <p className="text-sm text-slate-600">{t("quiz.passMark", { mark: quiz.passMark })}</p>
      {quiz.intro.map((p, i) => (
        <p key={i} lang={quiz.lang}>
          {p}
        </p>
      ))}
      {form.errors ? <FormAlert id={form.errorId}>{form.errors.join(" ")}</FormAlert> : null}
      <Form method="post" {...getFormProps(form)} lang={quiz.lang}>
        {/* the fields are named by position: answers given to one version are never scored against another */}
        <input type="hidden" name="version" value={quiz.versionId} />
        <QuizForm questions={quiz.questions} fields={fields} />
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
