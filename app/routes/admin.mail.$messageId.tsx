import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { AdminSection } from "~/components/admin/admin-section";
import type { I18nHandle, MessageKey } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { getOutboxMessage, parseMailPayload } from "~/mail/outbox.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — e-mail message" }];

export const handle = { i18n: ["outbox.*"] } satisfies I18nHandle;

/** One message as it is (or will be) sent: both parts, who it is for, what happened to it. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requirePermission(request, context, "manage:user:any");
  const id = Number(params.messageId);
  const found = Number.isInteger(id) && id > 0 ? getOutboxMessage(id) : null;
  if (!found) throw new Response("Not found", { status: 404 });
  const { row, rendered } = found;
  return {
    i18n: await pageMessages(request, context, handle),
    message: {
      id: row.id,
      to: row.toAddress,
      locale: row.locale,
      status: row.status,
      attempts: row.attempts,
      lastError: row.lastError,
      sentAt: row.sentAt,
      redacted: parseMailPayload(row.payload).redacted === true,
    },
    rendered,
  };
}

export default function MailMessage() {
  const { t, date } = useT();
  const { message, rendered } = useLoaderData<typeof loader>();
  return (
    <div className="grid grid-cols-1 gap-6 [overflow-wrap:anywhere]">
      <p>
        <Link to="/admin/mail" className="text-brand-700 underline">
          ← {t("outbox.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold" dir="auto" data-testid="mail-subject">
        {rendered.subject}
      </h1>
      <p className="text-sm text-slate-700">
        {t("outbox.to", { to: message.to, lang: message.locale })} · {t(`outbox.status.${message.status}` as MessageKey)}
        {message.sentAt ? ` · ${t("outbox.sentAt", { date: date(message.sentAt, "datetime") })}` : ""}
      </p>
      {message.lastError && message.status !== "sent" ? (
        <p className="text-sm text-red-800">{t("outbox.error", { error: message.lastError })}</p>
      ) : null}
      {message.redacted ? <p className="text-sm text-slate-600">{t("outbox.redacted")}</p> : null}
      <AdminSection title={t("outbox.text")}>
        <pre className="whitespace-pre-wrap break-words text-sm" data-testid="mail-text" lang={message.locale}>
          {rendered.text}
        </pre>
      </AdminSection>
      <AdminSection title={t("outbox.html")}>
        {/* sandboxed: the message's HTML can run nothing and reach nothing of the app */}
        <iframe
          title={t("outbox.html")}
          sandbox=""
          srcDoc={rendered.html}
          className="h-[32rem] w-full rounded border border-slate-200 bg-white"
        />
      </AdminSection>
    </div>
  );
}
