import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { InboxGroup } from "~/components/studio/inbox-group";
import { fill } from "~/components/ui/user-text";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { inboxPage } from "~/models/inbox/inbox-page.server";
import { teachReplies, type TeachFailure, type TeachInput } from "~/models/inbox/inbox-teach.server";
import { resolveReplies } from "~/models/inbox/unmatched.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — unmatched replies" }];

export const handle = { i18n: ["studio"] } satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  requirePermission(request, context, "read:unmatched:any");
  const item = new URL(request.url).searchParams.get("item") ?? "";
  return { i18n: await pageMessages(request, context, handle), item, ...inboxPage(item || undefined) };
}

/** 400: the form itself is wrong; 409: the draft or the inbox changed under it; 404: the script is gone. */
const STATUS: Record<TeachFailure | "bad-form", number> = {
  "bad-form": 400, "bad-option": 400, "bad-quality": 400, "bad-target": 400, empty: 400,
  "no-replies": 409, "owner-missing": 409, "option-missing": 409, unreadable: 409, busy: 409, "not-found": 404,
};

function readTeach(form: FormData, userId: string): TeachInput | null {
  const itemId = form.get("itemId");
  const ids = String(form.get("ids") ?? "").split(",").filter(Boolean).map(Number);
  const texts = form.getAll("text").filter((text): text is string => typeof text === "string");
  if (typeof itemId !== "string" || itemId === "" || ids.length === 0 || ids.length > 500 || !ids.every(Number.isSafeInteger)) return null;
  const common = { itemId, ids, texts, userId };
  if (form.get("intent") === "example") {
    const [ownerId = "", optionId = ""] = String(form.get("target") ?? "").split("::");
    return ownerId && optionId ? { kind: "example", ...common, ownerId, optionId } : null;
  }
  const quality = form.get("quality");
  const to = form.get("to");
  return typeof quality === "string" && typeof to === "string" ? { kind: "option", ...common, quality, to } : null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  requirePermission(request, context, "read:unmatched:any");
  const auth = requirePermission(request, context, "edit:content:any");
  const { t } = translator(await resolveLocale(request, context));
  const form = await request.formData();
  const intent = form.get("intent");
  const failure = (error: TeachFailure | "bad-form", step = "") => data({ ok: false, error: t(`studio.inbox.error.${error}`, { step }) }, { status: STATUS[error] });
  if (intent === "dismiss") {
    const itemId = String(form.get("itemId") ?? "");
    const ids = String(form.get("ids") ?? "").split(",").map(Number).filter(Number.isSafeInteger);
    resolveReplies(itemId, ids);
    return { ok: true };
  }
  if (intent !== "example" && intent !== "option") return failure("bad-form");
  const input = readTeach(form, auth.user.id);
  if (!input) return failure("bad-form");
  const result = teachReplies(input);
  if ("error" in result) return failure(result.error, result.step);
  return redirect(`/studio/${input.itemId}?line=${result.line}`);
}

export default function Inbox() {
  const { t, plural } = useT();
  const { item, items, groups, choices, rechecks } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="space-y-4">
      <div>
        <Link to="/studio" className="text-sm text-brand-700 underline">← {t("studio.nav.back")}</Link>
        <h1 className="text-2xl font-semibold">{t("studio.inbox.title")}</h1>
        <p className="text-slate-600">{t("studio.inbox.intro")}</p>
      </div>
      {result && "error" in result ? <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{result.error}</p> : null}
      {rechecks.length > 0 ? (
        <section aria-labelledby="rechecks" className="rounded border border-emerald-200 bg-emerald-50 p-3">
          <h2 id="rechecks" className="font-medium">{t("studio.inbox.rechecks")}</h2>
          <ul className="mt-1 space-y-2 text-sm">
            {rechecks.map((recheck) => (
              <li key={recheck.id} data-testid="recheck">
                {plural("studio.inbox.recheck", recheck.held, { title: recheck.itemTitle, number: recheck.versionNumber, matched: recheck.matched })}
                {recheck.replies.length > 0 ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer">{t("studio.inbox.recheck.replies")}</summary>
                    <ul className="ml-5 list-disc">
                      {recheck.replies.map((reply, index) => <li key={index}>{fill(t("studio.inbox.recheck.reply"), { text: <bdi>{reply.text}</bdi>, option: <code>{reply.optionId}</code> })}</li>)}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
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
          {groups.map((group) => <InboxGroup key={group.ids.join(",")} group={group} choices={choices[group.versionId] ?? null} />)}
        </ul>
      )}
    </div>
  );
}
