import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { can, requirePermission } from "~/auth/session.server";
import { DiffView } from "~/components/studio/diff-view";
import { ItemHeader } from "~/components/studio/item-header";
import { TableScroll } from "~/components/ui/table-scroll";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { headerOf, requireWorkingCopy, rollbackTo } from "~/models/studio/studio.server";
import { compare, versionsWithAuthors } from "~/models/studio/studio-versions.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [{ title: `Callcraft — ${loaded?.item.title ?? ""}` }];

export const handle = { i18n: ["studio"] } satisfies I18nHandle;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "edit:content:any");
  const copy = requireWorkingCopy(params.itemId);
  const versions = versionsWithAuthors(copy.item.id);
  const url = new URL(request.url);
  // By default: what the draft changes, or else what the latest version changed.
  const [latest, previous] = versions;
  const defaultFrom = copy.status === "changed" ? (latest?.id ?? "") : (previous?.id ?? "");
  const defaultTo = copy.status === "changed" ? "draft" : (latest?.id ?? "");
  const from = url.searchParams.get("from") ?? defaultFrom;
  const to = url.searchParams.get("to") ?? defaultTo;
  return {
    i18n: await pageMessages(request, context, handle),
    item: headerOf(copy),
    publishedVersionId: copy.item.publishedVersionId,
    versions,
    from,
    to,
    comparison: from && to ? compare(copy, from, to) : null,
    canPublish: can(auth, "publish:content:any"),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "publish:content:any");
  const copy = requireWorkingCopy(params.itemId);
  const { t } = translator(await resolveLocale(request, context));
  const form = await request.formData();
  const versionId = String(form.get("versionId") ?? "");
  const note = String(form.get("note") ?? "").trim();
  if (!note) return data({ ok: false as const, versionId, message: t("studio.versions.noteRequired") }, { status: 400 });
  const from = versionsWithAuthors(copy.item.id).find((v) => v.id === versionId);
  if (!from) throw new Response("Not found", { status: 404 });
  const { number } = rollbackTo({ itemId: copy.item.id, versionId, note, userId: auth.user.id });
  return { ok: true as const, versionId, message: t("studio.versions.rolledBack", { from: from.number, number }) };
}

const cell = "p-2 align-top";

export default function Versions() {
  const { t, date } = useT();
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const labelOf = (key: string) => (key === "draft" ? t("studio.versions.draft") : t("studio.versions.number", { number: loaded.versions.find((v) => v.id === key)?.number ?? "?" }));
  return (
    <div className="space-y-6">
      <ItemHeader item={loaded.item} />
      <div role="status">{result ? <p className={`rounded border px-3 py-2 ${result.ok ? "border-green-300 bg-green-50" : "border-red-300 bg-red-50"}`}>{result.message}</p> : null}</div>
      {loaded.versions.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-700">{t("studio.versions.empty")}</p>
      ) : (
        <TableScroll label={t("studio.versions.caption")}>
          <table className="w-full border-collapse rounded bg-white text-sm">
            <caption className="p-2 text-left font-semibold">{t("studio.versions.caption")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left">
                <th scope="col" className={cell}>{t("studio.versions.col.number")}</th>
                <th scope="col" className={cell}>{t("studio.versions.col.date")}</th>
                <th scope="col" className={cell}>{t("studio.versions.col.author")}</th>
                <th scope="col" className={cell}>{t("studio.versions.col.note")}</th>
                <th scope="col" className={cell}>{t("studio.versions.col.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.versions.map((version) => (
                <tr key={version.id} className="border-b border-slate-100" data-testid="version-row">
                  <th scope="row" className={`${cell} text-left`}>
                    {version.number}
                    {version.id === loaded.publishedVersionId ? <span className="ml-2 rounded bg-green-100 px-1.5 text-xs text-green-900">{t("studio.versions.current")}</span> : null}
                  </th>
                  <td className={cell}>{date(version.createdAt, "datetime")}</td>
                  <td className={cell}><bdi>{version.author ?? "—"}</bdi></td>
                  <td className={cell} dir="auto">{version.note.kind === "imported" ? t("studio.versions.imported", { path: version.note.path }) : version.note.text}</td>
                  <td className={`${cell} space-y-1`}>
                    <a className="block text-brand-700 underline" href={`/studio/${loaded.item.id}/export?version=${version.id}&format=mdx`} download>{t("studio.versions.exportMdx")}</a>
                    {loaded.item.kind === "script" ? (
                      <a className="block text-brand-700 underline" href={`/studio/${loaded.item.id}/export?version=${version.id}&format=xstate`} download>{t("studio.versions.exportXState")}</a>
                    ) : null}
                    {loaded.canPublish && version.id !== loaded.publishedVersionId ? (
                      <Form method="post" className="mt-1 flex flex-wrap items-end gap-1">
                        <input type="hidden" name="versionId" value={version.id} />
                        <label className="text-xs">
                          <span className="block">{t("studio.versions.rollbackNote", { number: version.number })}</span>
                          <input name="note" required maxLength={500} className="rounded border border-slate-300 px-2 py-1" aria-invalid={result && !result.ok && result.versionId === version.id ? true : undefined} />
                        </label>
                        <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-xs hover:bg-slate-100">{t("studio.versions.rollback")}</button>
                        {result && !result.ok && result.versionId === version.id ? <p className="w-full text-xs text-red-700">{result.message}</p> : null}
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {loaded.versions.length > 0 ? (
        <Form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3" aria-label={t("studio.versions.compare")}>
          {(["from", "to"] as const).map((side) => (
            <label key={side} className="text-sm">
              <span className="mb-1 block font-medium">{t(side === "from" ? "studio.versions.from" : "studio.versions.to")}</span>
              <select name={side} defaultValue={loaded[side]} className="rounded border border-slate-300 px-2 py-1.5">
                <option value="draft">{t("studio.versions.draft")}</option>
                {loaded.versions.map((version) => <option key={version.id} value={version.id}>{t("studio.versions.number", { number: version.number })}</option>)}
              </select>
            </label>
          ))}
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100">{t("studio.versions.compare")}</button>
        </Form>
      ) : null}
      {loaded.comparison ? <DiffView comparison={loaded.comparison} fromLabel={labelOf(loaded.from)} toLabel={labelOf(loaded.to)} /> : null}
    </div>
  );
}
