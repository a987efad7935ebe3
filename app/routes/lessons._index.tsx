import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { Empty, Section } from "~/components/learning/ui";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { learningCatalogue } from "~/models/learning/lesson.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — learn" }];

export const handle = { i18n: ["learning"] } satisfies I18nHandle;

/** Lessons and quizzes in the manager's language. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "take:quiz:own");
  return { ...learningCatalogue(auth.user.id, await resolveLocale(request, context)), i18n: await pageMessages(request, context, handle) };
}

export default function Learn() {
  const { t, number } = useT();
  const { lessons, quizzes } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("learn.title")}</h1>
      <Section title={t("learn.lessons")} id="lessons-heading">
        {lessons.length === 0 ? (
          <Empty>{t("learn.noLessons")}</Empty>
        ) : (
          <ul className="divide-y">
            {lessons.map((l) => (
              <li key={l.slug} className="py-3">
                <Link to={`/lessons/${l.slug}`} className="font-medium text-brand-700 underline">
                  {l.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {l.summary} · {t("learn.minutes", { count: l.minutes })}
                  {l.read ? ` · ✓ ${t("learn.read")}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("learn.quizzes")} id="quizzes-heading">
        {quizzes.length === 0 ? (
          <Empty>{t("learn.noQuizzes")}</Empty>
        ) : (
          <ul className="divide-y">
            {quizzes.map((q) => (
              <li key={q.slug} className="py-3">
                <Link to={`/quizzes/${q.slug}`} className="font-medium text-brand-700 underline">
                  {q.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {q.summary} · {t("learn.questions", { count: q.questions })}
                  {q.best !== null ? ` · ${t("learn.best", { score: number(q.best) })}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
