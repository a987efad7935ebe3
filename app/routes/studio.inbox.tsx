import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "~/utils/zod.server";
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
import { parseForm, refuseForm } from "~/utils/form.server";
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
  "bad-form": 400,
  "bad-option": 400,
  "bad-quality": 400,
  "bad-target": 400,
  empty: 400,
  "no-replies": 409,
  "owner-missing": 409,
  "option-missing": 409,
  unreadable: 409,
  busy: 409,
  "not-found": 404,
};

/** A teaching failure that is about one field of the group's form: said beside that field. */
const FIELD_OF: Partial<Record<TeachFailure, string>> = {
  "bad-option": "target",
  "bad-quality": "quality",
  "bad-target": "to",
  empty: "text",
  "no-replies": "text",
};

/**
 * A group's form: its script and replies (hidden, `ids` comma-separated), the wordings chosen, and
 * what to do with them (the button pressed). Hidden fields that do not parse are a stale or forged
 * page: «bad-form» for the whole form. An objection's new option may lead back (`to` empty).
 */
const groupFields = () => ({
  itemId: z.string(),
  ids: z
    .string()
    .transform((ids) => ids.split(",").filter(Boolean).map(Number))
    .refine((ids) => ids.length > 0 && ids.length <= 500 && ids.every(Number.isSafeInteger)),
  text: z.array(z.string()).default([]),
});
const inboxSchema = () =>
  z.discriminatedUnion("intent", [
    z.object({
      intent: z.literal("dismiss"),
      itemId: z.string().default(""),
      ids: z
        .string()
        .default("")
        .transform((ids) => ids.split(",").map(Number).filter(Number.isSafeInteger)),
    }),
    z.object({ intent: z.literal("example"), ...groupFields(), target: z.string().default("") }),
    z.object({ intent: z.literal("option"), ...groupFields(), quality: z.string(), to: z.string().default("") }),
  ]);

export async function action({ request, context }: ActionFunctionArgs) {
  requirePermission(request, context, "read:unmatched:any");
  const auth = requirePermission(request, context, "edit:content:any");
  const { t } = translator(await resolveLocale(request, context));
  const submission = await parseForm(request, inboxSchema());
  // the reply names its group, so only that group's form shows the error
  const ids = typeof submission.payload.ids === "string" ? submission.payload.ids : "";
  const failure = (error: TeachFailure | "bad-form", step = "") => {
    const message = t(`studio.inbox.error.${error}`, { step });
    const field = error === "bad-form" ? undefined : FIELD_OF[error];
    return refuseForm(submission, {
      status: STATUS[error],
      body: { ids },
      ...(field ? { fieldErrors: { [field]: [message] } } : { formErrors: [message] }),
    });
  };
  if (submission.status !== "success") return failure("bad-form");
  const value = submission.value;
  if (value.intent === "dismiss") {
    resolveReplies(value.itemId, value.ids);
    return { ok: true as const, ids, intent: null, result: undefined };
  }
  const common = { itemId: value.itemId, ids: value.ids, texts: value.text, userId: auth.user.id };
  let input: TeachInput;
  if (value.intent === "example") {
    const [ownerId = "", optionId = ""] = value.target.split("::");
    if (!ownerId || !optionId) return failure("bad-option");
    input = { kind: "example", ...common, ownerId, optionId };
  } else input = { kind: "option", ...common, quality: value.quality, to: value.to };
  const result = teachReplies(input);
  if ("error" in result) return failure(result.error, result.step);
  return redirect(`/studio/${input.itemId}?line=${result.line}`);
}

export default function Inbox() {
  const { t, plural } = useT();
  const { item, items, groups, choices, rechecks } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  // a refusal of a whole form (a stale page, a draft that changed); a field's own error shows in its group
  const formError = result?.result?.error?.[""]?.[0] ?? null;
  return (
    <div className="space-y-4">
      <div>
        <Link to="/studio" className="text-sm text-brand-700 underline">
          ← {t("studio.nav.back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("studio.inbox.title")}</h1>
        <p className="text-slate-600">{t("studio.inbox.intro")}</p>
      </div>
      {formError ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {formError}
        </p>
      ) : null}
      {rechecks.length > 0 ? (
        <section aria-labelledby="rechecks" className="rounded border border-emerald-200 bg-emerald-50 p-3">
          <h2 id="rechecks" className="font-medium">
            {t("studio.inbox.rechecks")}
          </h2>
          <ul className="mt-1 space-y-2 text-sm">
            {rechecks.map((recheck) => (
              <li key={recheck.id} data-testid="recheck">
                {plural("studio.inbox.recheck", recheck.held, {
                  title: recheck.itemTitle,
                  number: recheck.versionNumber,
                  matched: recheck.matched,
                })}
                {recheck.replies.length > 0 ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer">{t("studio.inbox.recheck.replies")}</summary>
                    <ul className="ml-5 list-disc">
                      {recheck.replies.map((reply, index) => (
                        <li key={index}>
                          {fill(t("studio.inbox.recheck.reply"), { text: <bdi>{reply.text}</bdi>, option: <code>{reply.optionId}</code> })}
                        </li>
                      ))}
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
            {items.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
          {t("studio.apply")}
        </button>
      </Form>
      {groups.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-700">{t("studio.inbox.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {groups.map((group) => (
            <InboxGroup
              key={group.ids.join(",")}
              group={group}
              choices={choices[group.versionId] ?? null}
              lastResult={result?.ids === group.ids.join(",") ? result.result : undefined}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
