import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { can, requirePermission } from "~/auth/session.server";
import { DiffView } from "~/components/studio/diff-view";
import { ItemHeader } from "~/components/studio/item-header";
import { FieldError } from "~/components/ui/field-error";
import { TableScroll } from "~/components/ui/table-scroll";
import type { I18nHandle, Translator } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { headerOf, requireWorkingCopy, rollbackTo } from "~/models/studio/studio.server";
import { compare, versionsWithAuthors } from "~/models/studio/studio-versions.server";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
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

/** Publishing a version again says why; a version that is not there is a page out of date (404). */
const rollbackSchema = ({ t }: Translator) =>
  z.object({
    versionId: z.string().default(""),
    note: z
      .string({ error: t("studio.versions.noteRequired") })
      .trim()
      .min(1, { error: t("studio.versions.noteRequired") })
      .max(500),
  });

type RollbackSchema = z.input<ReturnType<typeof rollbackSchema>>;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "publish:content:any");
  const copy = requireWorkingCopy(params.itemId);
  const submission = await parseForm(request, rollbackSchema(translator(await resolveLocale(request, context))));
  // the reply names its row, so the error shows beside that row's note
  const versionId = typeof submission.payload.versionId === "string" ? submission.payload.versionId : "";
  if (submission.status !== "success") return refuseForm(submission, { body: { versionId } });
  const { note } = submission.value;
  const from = versionsWithAuthors(copy.item.id).find((v) => v.id === submission.value.versionId);
  if (!from) throw new Response("Not found", { status: 404 });
  const { number } = rollbackTo({ itemId: copy.item.id, versionId: from.id, note, userId: auth.user.id });
  return redirectWithToast(`/studio/${copy.item.id}/versions`, "studio.versions.rolledBack", { from: from.number, number });
}

const cell = "p-2 align-top";

export default function Versions() {
  const { t, date } = useT();
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const labelOf = (key: string) =>
    key === "draft"
      ? t("studio.versions.draft")
      : t("studio.versions.number", { number: loaded.versions.find((v) => v.id === key)?.number ?? "?" });
  return (
    <div className="space-y-6">
      <ItemHeader item={loaded.item} />
      {loaded.versions.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-700">{t("studio.versions.empty")}</p>
      ) : (
        <TableScroll label={t("studio.versions.caption")}>
          <table className="w-full border-collapse rounded bg-white text-sm">
            <caption className="p-2 text-left font-semibold">{t("studio.versions.caption")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left">
                <th scope="col" className={cell}>
                  {t("studio.versions.col.number")}
                </th>
                <th scope="col" className={cell}>
                  {t("studio.versions.col.date")}
                </th>
                <th scope="col" className={cell}>
                  {t("studio.versions.col.author")}
                </th>
                <th scope="col" className={cell}>
                  {t("studio.versions.col.note")}
                </th>
                <th scope="col" className={cell}>
                  {t("studio.versions.col.actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {loaded.versions.map((version) => (
                <tr key={version.id} className="border-b border-slate-100" data-testid="version-row">
                  <th scope="row" className={`${cell} text-left`}>
                    {version.number}
                    {version.id === loaded.publishedVersionId ? (
                      <span className="ml-2 rounded bg-green-100 px-1.5 text-xs text-green-900">{t("studio.versions.current")}</span>
                    ) : null}
                  </th>
                  <td className={cell}>{date(version.createdAt, "datetime")}</td>
                  <td className={cell}>
                    <bdi>{version.author ?? "—"}</bdi>
                  </td>
                  <td className={cell} dir="auto">
                    {version.note.kind === "imported" ? t("studio.versions.imported", { path: version.note.path }) : version.note.text}
                  </td>
                  <td className={`${cell} space-y-1`}>
                    <a
                      className="block text-brand-700 underline"
                      href={`/studio/${loaded.item.id}/export?version=${version.id}&format=mdx`}
                      download
                    >
                      {t("studio.versions.exportMdx")}
                    </a>
                    {loaded.item.kind === "script" ? (
                      <a
                        className="block text-brand-700 underline"
                        href={`/studio/${loaded.item.id}/export?version=${version.id}&format=xstate`}
                        download
                      >
                        {t("studio.versions.exportXState")}
                      </a>
                    ) : null}
                    {loaded.canPublish && version.id !== loaded.publishedVersionId ? (
                      <RollbackForm
                        versionId={version.id}
                        number={version.number}
                        lastResult={result?.versionId === version.id ? result.result : undefined}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {loaded.versions.length > 0 ? (
        <Form
          method="get"
          className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3"
          aria-label={t("studio.versions.compare")}
        >
          {(["from", "to"] as const).map((side) => (
            <label key={side} className="text-sm">
              <span className="mb-1 block font-medium">{t(side === "from" ? "studio.versions.from" : "studio.versions.to")}</span>
              <select name={side} defaultValue={loaded[side]} className="rounded border border-slate-300 px-2 py-1.5">
                <option value="draft">{t("studio.versions.draft")}</option>
                {loaded.versions.map((version) => (
                  <option key={version.id} value={version.id}>
                    {t("studio.versions.number", { number: version.number })}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
            {t("studio.versions.compare")}
          </button>
        </Form>
      ) : null}
      {loaded.comparison ? <DiffView comparison={loaded.comparison} fromLabel={labelOf(loaded.from)} toLabel={labelOf(loaded.to)} /> : null}
    </div>
  );
}

/** One row's «publish again», with its note; a refused note says why beside it. */
function RollbackForm({
  versionId,
  number,
  lastResult,
}: {
  versionId: string;
  number: number;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useT();
  const [form, fields] = useForm<RollbackSchema>({ id: `rollback-${versionId}`, lastResult });
  const { key: _key, ...note } = getInputProps(fields.note, { type: "text" });
  return (
    <Form method="post" className="mt-1 flex flex-wrap items-end gap-1" {...getFormProps(form)}>
      <input type="hidden" name="versionId" value={versionId} />
      <div className="text-xs">
        <label htmlFor={note.id} className="block">
          {t("studio.versions.rollbackNote", { number })}
        </label>
        <input
          {...note}
          required
          maxLength={500}
          className={`rounded border px-2 py-1 ${fields.note.errors ? "border-red-600" : "border-slate-300"}`}
        />
        <FieldError id={fields.note.errorId} errors={fields.note.errors} />
      </div>
      <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-xs hover:bg-slate-100">
        {t("studio.versions.rollback")}
      </button>
    </Form>
  );
}
