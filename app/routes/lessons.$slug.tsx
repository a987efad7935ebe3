import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { FormAlert } from "~/components/ui/field";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { hasRead, lessonHtml, markLessonRead, publishedLesson } from "~/models/learning/lesson.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Callcraft — ${data?.title ?? ""}` }];

export const handle = { i18n: ["learning"] } satisfies I18nHandle;

function lessonOr404(slug: string | undefined) {
  const lesson = publishedLesson(slug ?? "");
  if (!lesson) throw new Response("Not found", { status: 404 });
  return lesson;
}

/** The lesson as HTML rendered on the server from whitelisted components (ADR 0002). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "take:quiz:own");
  const lesson = lessonOr404(params.slug);
  const { meta } = lesson.definition;
  return {
    i18n: await pageMessages(request, context, handle),
    slug: meta.id,
    title: meta.title,
    lang: meta.lang,
    minutes: meta.minutes,
    html: lessonHtml(lesson.versionId, meta.lang),
    read: hasRead(auth.user.id, lesson.itemId),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "take:quiz:own");
  const lesson = lessonOr404(params.slug);
  const { t } = translator(await resolveLocale(request, context));
  markLessonRead(auth.user.id, lesson.definition.meta.id);
  return { notice: t("lesson.readDone") };
}

export default function Lesson() {
  const { t } = useT();
  const lesson = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <article className="mx-auto max-w-3xl rounded-lg border border-slate-200 bg-white p-6" lang={lesson.lang}>
      <p className="mb-2 text-sm">
        <Link to="/lessons" className="text-brand-700 underline">
          ← {t("lesson.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{lesson.title}</h1>
      <p className="text-sm text-slate-600">{t("learn.minutes", { count: lesson.minutes })}</p>
      <div className="lesson-body mt-4" dangerouslySetInnerHTML={{ __html: lesson.html }} />
      <div className="mt-6 border-t pt-4">
        {result?.notice ? <FormAlert tone="success">{result.notice}</FormAlert> : null}
        {lesson.read && !result ? (
          <p className="text-green-800">✓ {t("learn.read")}</p>
        ) : (
          <Form method="post">
            <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
              {t("lesson.markRead")}
            </button>
          </Form>
        )}
      </div>
    </article>
  );
}
