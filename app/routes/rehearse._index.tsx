import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { LEAD_TYPE_LABEL } from "~/i18n/labels";
import { LEAD_TYPES, type LeadType } from "~/engine/vocabulary";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { catalogue } from "~/models/learning/catalogue.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — rehearse" }];

export const handle = { i18n: ["rehearse"] } satisfies I18nHandle;

function parseLeadType(value: string | null): LeadType | undefined {
  return LEAD_TYPES.find((type) => type === value);
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "rehearse:attempt:own");
  const locale = await resolveLocale(request, context);
  const url = new URL(request.url);
  const leadType = parseLeadType(url.searchParams.get("leadType"));
  const difficultyParam = Number(url.searchParams.get("difficulty"));
  const difficulty = Number.isInteger(difficultyParam) && difficultyParam >= 1 && difficultyParam <= 5 ? difficultyParam : undefined;
  return {
    i18n: await pageMessages(request, context, handle),
    entries: catalogue(auth.user.id, locale, { leadType, difficulty }),
    leadType: leadType ?? "",
    difficulty: difficulty ?? "",
  };
}

export default function Catalogue() {
  const { t, date, number } = useT();
  const { entries, leadType, difficulty } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("catalogue.title")}</h1>
      <p className="mb-4 text-slate-600">{t("catalogue.intro")}</p>
      <Form
        method="get"
        className="mb-6 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3"
        aria-label={t("catalogue.filters")}
      >
        <label className="text-sm">
          <span className="mb-1 block font-medium">{t("catalogue.leadType")}</span>
          <select name="leadType" defaultValue={leadType} className="rounded border border-slate-300 px-2 py-1.5">
            <option value="">{t("catalogue.any")}</option>
            {LEAD_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(LEAD_TYPE_LABEL[type])}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">{t("catalogue.difficulty")}</span>
          <select name="difficulty" defaultValue={String(difficulty)} className="rounded border border-slate-300 px-2 py-1.5">
            <option value="">{t("catalogue.any")}</option>
            {[1, 2, 3, 4, 5].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
          {t("catalogue.apply")}
        </button>
      </Form>
      {entries.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-700">{t("catalogue.empty")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {entries.map((entry) => (
            <li key={entry.itemId} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4">
              <div className="mb-1 flex flex-wrap gap-2 text-xs">
                {entry.assigned ? <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t("catalogue.assigned")}</span> : null}
                <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-900">{t(LEAD_TYPE_LABEL[entry.leadType])}</span>
                <span className="rounded bg-slate-100 px-2 py-0.5">{t("catalogue.difficultyValue", { value: entry.difficulty })}</span>
                {entry.dueAt ? (
                  <span className="rounded bg-slate-100 px-2 py-0.5">{t("catalogue.due", { date: date(entry.dueAt) })}</span>
                ) : null}
              </div>
              <h2 className="text-lg font-semibold">
                <Link to={`/rehearse/${entry.slug}`} className="hover:underline">
                  {entry.title}
                </Link>
              </h2>
              <p className="mt-1 flex-1 text-sm text-slate-700">{entry.summary}</p>
              <p className="mt-2 text-sm text-slate-600">
                {entry.best !== null ? t("catalogue.best", { score: number(entry.best) }) : t("catalogue.notTried")}
              </p>
              {entry.openAttemptId ? (
                <Link to={`/attempts/${entry.openAttemptId}`} className="mt-2 text-sm text-brand-700 underline">
                  {t("catalogue.resume")}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
