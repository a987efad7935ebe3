import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { and, eq } from "drizzle-orm";
import { z } from "~/utils/zod.server";
import { requirePermission } from "~/auth/session.server";
import { LeadFacts } from "~/components/call/lead-card";
import { ExamBrief } from "~/components/call/exam-brief";
import { isV2Definition } from "~/engine";
import { assignedBlueprint, blueprintBrief, blueprintForStart } from "~/models/assignments/assignment-blueprint.server";
import { LEAD_TYPE_LABEL } from "~/i18n/labels";
import { getDb, schema } from "~/db.server";
import { createAttempt } from "~/models/rehearsal/attempt.server";
import { assignedItems, triesLeft } from "~/models/learning/catalogue.server";
import { resolveLocale } from "~/i18n/locale.server";
import { getItemBySlug, scriptDefinition } from "~/models/content/content.server";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { parseForm } from "~/utils/form.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Callcraft — ${data?.title ?? ""}` }];

export const handle = { i18n: ["rehearse", "exam"] } satisfies I18nHandle;

function publishedScript(slug: string) {
  const item = getItemBySlug("script", slug);
  if (!item?.publishedVersionId || item.archivedAt) throw new Response("Not found", { status: 404 });
  const definition = scriptDefinition(item.publishedVersionId);
  if (!definition) throw new Response("Not found", { status: 404 });
  return { item, versionId: item.publishedVersionId, definition };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "rehearse:attempt:own");
  const { item, definition } = publishedScript(params.slug ?? "");
  const open = getDb()
    .select({ id: schema.attempts.id })
    .from(schema.attempts)
    .where(and(eq(schema.attempts.userId, auth.user.id), eq(schema.attempts.itemId, item.id), eq(schema.attempts.status, "open")))
    .get();
  const { meta: m } = definition;
  // What an exam on this script requires: the script's blueprint, tightened by the test it counts for.
  const assignment = assignedItems(auth.user.id).get(item.id);
  const exam = isV2Definition(definition)
    ? blueprintBrief(definition, assignment ? assignedBlueprint(assignment.assignmentId, item.id) : null)
    : null;
  return {
    i18n: await pageMessages(request, context, handle),
    slug: item.slug,
    title: m.title,
    lang: m.lang,
    leadType: m.leadType,
    passMark: m.passMark,
    summary: m.summary,
    leadCard: m.leadCard,
    product: { name: m.product.name, usp: m.product.usp },
    coaching: definition.coaching,
    openAttemptId: open?.id ?? null,
    exam,
  };
}

/** The two choices on the brief; a value the page never offers starts the default (practice, options). */
const startSchema = () =>
  z.object({
    mode: z.enum(["practice", "exam"]).catch("practice"),
    answerMode: z.enum(["choice", "free"]).catch("choice"),
  });

export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "rehearse:attempt:own");
  const { item, versionId, definition } = publishedScript(params.slug ?? "");
  const submission = await parseForm(request, startSchema());
  // every field falls back to its default, so the form is never refused
  const { mode, answerMode } = submission.status === "success" ? submission.value : startSchema().parse({});
  const assignment = assignedItems(auth.user.id).get(item.id);
  const limit = assignment ? triesLeft(auth.user.id, assignment.assignmentId, item.id) : null;
  if (limit && limit.left === 0 && limit.mode === mode) {
    const { t } = translator(await resolveLocale(request, context));
    return data({ error: t("brief.noTries") }, { status: 409 });
  }
  // An assigned exam plays under the assignment's blueprint, laid over the script's.
  const blueprint =
    mode === "exam" && assignment && isV2Definition(definition)
      ? blueprintForStart(definition, assignedBlueprint(assignment.assignmentId, item.id))
      : undefined;
  const id = createAttempt({
    userId: auth.user.id,
    itemId: item.id,
    versionId,
    mode,
    answerMode,
    assignmentId: assignment?.assignmentId ?? null,
    ...(blueprint && { blueprint }),
  });
  return redirect(`/attempts/${id}`);
}

function Choice({
  name,
  value,
  label,
  help,
  defaultChecked,
}: {
  name: string;
  value: string;
  label: string;
  help: string;
  defaultChecked?: boolean;
}) {
  return (
    <label className="flex cursor-pointer gap-3 rounded border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
      <input type="radio" name={name} value={value} defaultChecked={defaultChecked} className="mt-1" />
      <span>
        <span className="block font-medium">{label}</span>
        <span className="block text-sm text-slate-600">{help}</span>
      </span>
    </label>
  );
}

export default function Brief() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <div>
        <p className="text-sm text-slate-600">{t("brief.title")}</p>
        <h1 className="text-2xl font-semibold" lang={data.lang}>
          {data.title}
        </h1>
        <p className="mt-1 text-slate-700" lang={data.lang}>
          {data.summary}
        </p>
        <section className="mt-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="lead-card">
          <h2 id="lead-card" className="mb-2 font-semibold">
            {t("lead.title")} · {t(LEAD_TYPE_LABEL[data.leadType])}
          </h2>
          <LeadFacts card={data.leadCard} lang={data.lang} />
          <p className="mt-3 text-sm">
            <span className="font-medium">{t("brief.product")}: </span>
            <span lang={data.lang}>{data.product.name}.</span> <span className="font-medium">{t("brief.usp")}: </span>
            <span lang={data.lang}>{data.product.usp}</span>
          </p>
          <p className="mt-2 text-sm text-slate-600">{t("brief.passMark", { mark: data.passMark })}</p>
        </section>
        {data.coaching.length > 0 ? (
          <section className="mt-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="coaching">
            <h2 id="coaching" className="mb-2 font-semibold">
              {t("brief.coaching")}
            </h2>
            <div className="space-y-2 text-sm text-slate-800" lang={data.lang}>
              {data.coaching.map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          </section>
        ) : null}
      </div>
      <div>
        {data.openAttemptId ? (
          <p className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            {t("brief.openAttempt")}{" "}
            <Link to={`/attempts/${data.openAttemptId}`} className="text-brand-700 underline">
              {t("catalogue.resume")}
            </Link>
          </p>
        ) : null}
        {result && "error" in result ? (
          <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            {result.error}
          </p>
        ) : null}
        <Form method="post" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <fieldset className="space-y-2">
            <legend className="mb-1 font-semibold">{t("brief.answerMode")}</legend>
            <Choice name="answerMode" value="choice" label={t("brief.choice")} help={t("brief.choiceHelp")} defaultChecked />
            <Choice name="answerMode" value="free" label={t("brief.free")} help={t("brief.freeHelp")} />
          </fieldset>
          <fieldset className="space-y-2">
            <legend className="mb-1 font-semibold">{t("brief.mode")}</legend>
            <Choice name="mode" value="practice" label={t("brief.practice")} help={t("brief.practiceHelp")} defaultChecked />
            <Choice name="mode" value="exam" label={t("brief.exam")} help={t("brief.examHelp")} />
            {data.exam ? <ExamBrief brief={data.exam} lang={data.lang} id="exam-brief" /> : null}
          </fieldset>
          <button type="submit" className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("brief.start")}
          </button>
        </Form>
      </div>
    </div>
  );
}
