import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { addGroupAsOption, itemsWithUnmatched, listUnmatchedGroups, resolveReplies } from "~/models/unmatched.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — unmatched replies" }];

export const handle = { i18n: ["studio"] } satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  requirePermission(request, context, "read:unmatched:any");
  const item = new URL(request.url).searchParams.get("item") ?? "";
  return { i18n: await pageMessages(request, context, handle), item, items: itemsWithUnmatched(), groups: listUnmatchedGroups(item || undefined) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  requirePermission(request, context, "read:unmatched:any");
  const auth = requirePermission(request, context, "edit:content:any");
  const form = await request.formData();
  const itemId = String(form.get("itemId") ?? "");
  const ids = String(form.get("ids") ?? "").split(",").map(Number).filter(Number.isInteger);
  if (form.get("intent") === "dismiss") {
    resolveReplies(itemId, ids);
    return { ok: true };
  }
  const result = addGroupAsOption({ itemId, ids, userId: auth.user.id });
  if ("line" in result) return redirect(`/studio/${itemId}?line=${result.line}`);
  const { t } = translator(await resolveLocale(request, context));
  return data({ ok: false, error: t("studio.inbox.stepMissing", { step: result.missingStep }) }, { status: 409 });
}

export default function Inbox() {
  const { t, plural } = useT();
  const { item, items, groups } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="space-y-4">
      <div>
        <Link to="/studio" className="text-sm text-brand-700 underline">← {t("studio.nav.back")}</Link>
        <h1 className="text-2xl font-semibold">{t("studio.inbox.title")}</h1>
        <p className="text-slate-600">{t("studio.inbox.intro")}</p>
      </div>
      {result && "error" in result ? <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{result.error}</p> : null}
      <Form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3">
        <label className="min-w-0 max-w-full text-sm">
          <span className="mb-1 block font-medium">{t("studio.inbox.script")}</span>
          <select name="item" defaultValue={item} className="rounded border border-slate-300 px-2 py-1.5">
            <option value="">{t("studio.inbox.all")}</option>
            {items.map((entry) => <option key={entry.id} value={entry.id}>{entry.title}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100">{t("studio.apply")}</button>
      </Form>
      {groups.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-700">{t("studio.inbox.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {groups.map((group) => (
            <li key={group.ids.join(",")} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="reply-group">
              <p className="text-sm text-slate-600">
                <Link to={`/studio/${group.itemId}`} className="text-brand-700 underline">{group.itemTitle}</Link> · {t("studio.inbox.step", { step: group.stepId })} ·{" "}
                <span data-testid="reply-count">{plural("studio.inbox.count", group.count)}</span>
              </p>
              <blockquote className="my-2 border-l-4 border-slate-300 pl-3 text-lg" dir="auto">{group.text}</blockquote>
              {group.alsoSaid.length > 0 ? (
                <details className="mb-2 text-sm">
                  <summary className="cursor-pointer">{t("studio.inbox.alsoSaid")}</summary>
                  <ul className="ml-5 list-disc">{group.alsoSaid.map((text) => <li key={text} dir="auto">{text}</li>)}</ul>
                </details>
              ) : null}
              <Form method="post" className="flex flex-wrap gap-2">
                <input type="hidden" name="itemId" value={group.itemId} />
                <input type="hidden" name="ids" value={group.ids.join(",")} />
                <button type="submit" name="intent" value="option" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">{t("studio.inbox.makeOption")}</button>
                <button type="submit" name="intent" value="dismiss" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">{t("studio.inbox.dismiss")}</button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
