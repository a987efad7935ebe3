import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { requirePermission } from "~/auth/session.server";
import { KIND_LABEL, KINDS, LANG_LABEL, LANGS, StatusBadge, type Kind } from "~/components/studio/labels";
import { TableScroll } from "~/components/ui/table-scroll";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { createFromTemplate } from "~/models/studio/studio.server";
import { listStudioItems } from "~/models/studio/studio-list.server";
import { TEMPLATE_KINDS } from "~/content/templates.server";
import { parseForm } from "~/utils/form.server";
import { useT } from "~/utils/use-t";
import { fill } from "~/components/ui/user-text";

export const meta: MetaFunction = () => [{ title: "Callcraft — studio" }];

export const handle = { i18n: ["studio"] } satisfies I18nHandle;

function parseKind(value: FormDataEntryValue | string | null): Kind | undefined {
  return KINDS.find((kind) => kind === value);
}

function parseLang(value: FormDataEntryValue | string | null): "ru" | "en" | undefined {
  return LANGS.find((lang) => lang === value);
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  requirePermission(request, context, "edit:content:any");
  const url = new URL(request.url);
  const kind = parseKind(url.searchParams.get("kind"));
  const lang = parseLang(url.searchParams.get("lang"));
  return {
    i18n: await pageMessages(request, context, handle),
    rows: listStudioItems({ kind, lang }),
    kind: kind ?? "",
    lang: lang ?? "",
    defaultLang: await resolveLocale(request, context),
    templateKinds: TEMPLATE_KINDS,
  };
}

/** A new item from a template: one of the kinds that have one, in one of the two languages. */
const newItemSchema = () =>
  z.object({
    kind: z.enum(KINDS).refine((kind) => TEMPLATE_KINDS.includes(kind)),
    lang: z.enum(LANGS),
  });

export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "edit:content:any");
  const submission = await parseForm(request, newItemSchema());
  // the page offers only these choices: anything else is not a form of ours
  if (submission.status !== "success") throw new Response("Unknown kind or language", { status: 400 });
  const { kind, lang } = submission.value;
  const itemId = createFromTemplate({ kind, lang, userId: auth.user.id });
  return redirect(`/studio/${itemId}`);
}

const selectClass = "rounded border border-slate-300 px-2 py-1.5";

export default function StudioList() {
  const { t, date } = useT();
  const { rows, kind, lang, defaultLang, templateKinds } = useLoaderData<typeof loader>();
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("studio.title")}</h1>
        <p className="flex gap-4 text-sm">
          <Link to="/studio/import" className="text-brand-700 underline">
            {t("studio.links.import")}
          </Link>
          <Link to="/studio/inbox" className="text-brand-700 underline">
            {t("studio.links.inbox")}
          </Link>
        </p>
      </div>
      <p className="mb-4 text-slate-600">{t("studio.intro")}</p>
      <div className="mb-6 grid gap-4 md:grid-cols-2">
        <Form
          method="get"
          className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3"
          aria-labelledby="filters-heading"
        >
          <h2 id="filters-heading" className="w-full font-semibold">
            {t("studio.filters")}
          </h2>
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t("studio.kind")}</span>
            <select name="kind" defaultValue={kind} className={selectClass}>
              <option value="">{t("studio.any")}</option>
              {KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(KIND_LABEL[value])}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t("studio.lang")}</span>
            <select name="lang" defaultValue={lang} className={selectClass}>
              <option value="">{t("studio.any")}</option>
              {LANGS.map((value) => (
                <option key={value} value={value}>
                  {t(LANG_LABEL[value])}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
            {t("studio.apply")}
          </button>
        </Form>
        <Form
          method="post"
          className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3"
          aria-labelledby="new-heading"
        >
          <h2 id="new-heading" className="w-full font-semibold">
            {t("studio.new.title")}
          </h2>
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t("studio.kind")}</span>
            <select name="kind" className={selectClass}>
              {templateKinds.map((value) => (
                <option key={value} value={value}>
                  {t(KIND_LABEL[value])}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t("studio.lang")}</span>
            <select name="lang" defaultValue={defaultLang} className={selectClass}>
              {LANGS.map((value) => (
                <option key={value} value={value}>
                  {t(LANG_LABEL[value])}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">
            {t("studio.new.submit")}
          </button>
        </Form>
      </div>
      {rows.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-700">{t("studio.empty")}</p>
      ) : (
        <TableScroll label={t("studio.caption")}>
          <table className="w-full border-collapse rounded bg-white text-sm">
            <caption className="sr-only">{t("studio.caption")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left">
                <th scope="col" className="p-2">
                  {t("studio.col.title")}
                </th>
                <th scope="col" className="p-2">
                  {t("studio.col.kind")}
                </th>
                <th scope="col" className="p-2">
                  {t("studio.col.lang")}
                </th>
                <th scope="col" className="p-2">
                  {t("studio.col.status")}
                </th>
                <th scope="col" className="p-2">
                  {t("studio.col.editor")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("studio.col.versions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-100" data-testid="studio-row">
                  <th scope="row" className="p-2 text-left font-medium">
                    <Link to={`/studio/${row.id}`} className="text-brand-700 hover:underline" lang={row.lang}>
                      {row.title}
                    </Link>
                    <span className="block text-xs font-normal text-slate-500">{row.slug}</span>
                  </th>
                  <td className="p-2">{t(KIND_LABEL[row.kind])}</td>
                  <td className="p-2">{t(LANG_LABEL[row.lang])}</td>
                  <td className="p-2">
                    <StatusBadge status={row.status} />
                  </td>
                  <td className="p-2">
                    {row.lastEditor
                      ? fill(t("studio.editedBy"), { name: <bdi>{row.lastEditor}</bdi>, date: date(row.lastEditedAt) })
                      : date(row.lastEditedAt)}
                  </td>
                  <td className="p-2 text-right">{row.versions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
