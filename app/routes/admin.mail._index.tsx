import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { AdminSection, secondaryButton, tableClass, tdClass, thClass } from "~/components/admin/admin-section";
import { FormAlert } from "~/components/ui/field";
import type { I18nHandle, MessageKey } from "~/i18n";
import { pageMessages, translator } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { mailConfig } from "~/mail/config.server";
import { OUTBOX_FILTERS, type OutboxFilter } from "~/mail/kinds";
import { listOutbox, outboxCounts, resendMail } from "~/mail/outbox.server";
import { recordAudit } from "~/models/organisation/admin.server";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { useT } from "~/utils/use-t";
import { TableScroll } from "~/components/ui/table-scroll";
import { z } from "~/utils/zod.server";

export const meta: MetaFunction = () => [{ title: "Callcraft — e-mail" }];

export const handle = { i18n: ["outbox.*"] } satisfies I18nHandle;

/** The outbox for admins: what waits, what failed (send it again), what went out; without SMTP, the place to read it. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  requirePermission(request, context, "manage:user:any");
  const raw = new URL(request.url).searchParams.get("show");
  const show: OutboxFilter = OUTBOX_FILTERS.find((f) => f === raw) ?? "undelivered";
  const smtp = mailConfig().smtp;
  return {
    i18n: await pageMessages(request, context, handle),
    show,
    rows: listOutbox(show),
    counts: outboxCounts(),
    server: smtp ? `${smtp.host}:${smtp.port}` : null,
  };
}

/** The resend button's hidden fields: which message, sent again. */
const resendSchema = () => z.object({ intent: z.literal("resend"), id: z.number().int().positive() });

/** Sends a failed or stuck message again; the answer leads back to the list it was sent from. */
export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "manage:user:any");
  const { t } = translator(await resolveLocale(request, context));
  const submission = await parseForm(request, resendSchema());
  // The fields are hidden, so the refusal is said above the list (conform's form errors), not beside a field.
  if (submission.status !== "success") return refuseForm(submission, { formErrors: [t("outbox.notResent")] });
  const { id } = submission.value;
  if (!resendMail(id)) return refuseForm(submission, { formErrors: [t("outbox.notResent")], status: 409 });
  recordAudit({ actorId: auth.user.id, action: "mail.resend", entityType: "outbox", entityId: String(id) });
  const show = OUTBOX_FILTERS.find((f) => f === new URL(request.url).searchParams.get("show"));
  return redirectWithToast(show ? `/admin/mail?show=${show}` : "/admin/mail", "outbox.resent");
}

const FILTER: Record<OutboxFilter, MessageKey> = {
  undelivered: "outbox.filter.undelivered",
  sent: "outbox.filter.sent",
  all: "outbox.filter.all",
};

function StatusText({ status }: { status: "pending" | "sending" | "sent" | "failed" }) {
  const { t } = useT();
  const tone =
    status === "failed" ? "bg-red-100 text-red-900" : status === "sent" ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900";
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${tone}`}>{t(`outbox.status.${status}` as MessageKey)}</span>;
}

export default function AdminMail() {
  const { t, date } = useT();
  const { show, rows, counts, server } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const refused = reply?.result.error?.[""];
  return (
    <div className="grid grid-cols-1 gap-6">
      <h1 className="text-2xl font-semibold">{t("outbox.title")}</h1>
      {refused ? <FormAlert>{refused.join(" ")}</FormAlert> : null}
      <AdminSection title={t("outbox.caption")}>
        <p className="mb-2 text-sm" data-testid="smtp-state">
          {server ? t("outbox.smtp", { server }) : t("outbox.noSmtp")}
        </p>
        <p className="mb-4 text-sm text-slate-600" data-testid="outbox-counts">
          {t("outbox.counts", counts)}
        </p>
        <Form method="get" className="mb-4 flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t("outbox.filter")}</span>
            <select name="show" defaultValue={show} className="rounded border border-slate-300 px-2 py-1.5">
              {OUTBOX_FILTERS.map((f) => (
                <option key={f} value={f}>
                  {t(FILTER[f])}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={secondaryButton}>
            {t("outbox.apply")}
          </button>
        </Form>
        {rows.length === 0 ? (
          <p className="rounded bg-slate-50 p-3">{t("outbox.empty")}</p>
        ) : (
          <TableScroll label={t("outbox.caption")}>
            <table className={tableClass} data-testid="outbox">
              <caption className="sr-only">{t("outbox.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>
                    {t("outbox.col.subject")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("outbox.col.to")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("outbox.col.created")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("outbox.col.status")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("outbox.col.tries")}
                  </th>
                  <th scope="col" className={thClass}>
                    <span className="sr-only">{t("outbox.resend")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} data-outbox={r.id}>
                    <th scope="row" className={`${tdClass} font-normal`}>
                      <Link to={`/admin/mail/${r.id}`} className="text-brand-700 underline" dir="auto">
                        {r.subject}
                      </Link>
                    </th>
                    <td className={tdClass}>{r.to}</td>
                    <td className={tdClass}>{date(r.createdAt, "datetime")}</td>
                    <td className={tdClass}>
                      <StatusText status={r.status} />
                      {r.status === "pending" && r.attempts > 0 ? (
                        <span className="block text-xs text-slate-600">
                          {t("outbox.nextTry", { date: date(r.nextAttemptAt, "datetime") })}
                        </span>
                      ) : null}
                      {r.lastError && r.status !== "sent" ? (
                        <span className="block text-xs text-red-800">{t("outbox.error", { error: r.lastError })}</span>
                      ) : null}
                    </td>
                    <td className={tdClass}>{r.attempts}</td>
                    <td className={tdClass}>
                      {r.status === "failed" || (r.status === "pending" && r.attempts > 0) ? (
                        <Form method="post">
                          <input type="hidden" name="intent" value="resend" />
                          <input type="hidden" name="id" value={r.id} />
                          <button type="submit" className={secondaryButton}>
                            {t("outbox.resend")}
                          </button>
                        </Form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </AdminSection>
    </div>
  );
}
