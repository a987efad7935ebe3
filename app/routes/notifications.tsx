import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { certificationName } from "~/components/learning/certification-name";
import { Empty } from "~/components/learning/ui";
import type { I18nHandle, MessageKey } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { listNotifications, markAllRead, type NotificationKind } from "~/models/notifications/notification.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — notifications" }];

export const handle = { i18n: ["learning"] } satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requireUser(request, context);
  return { i18n: await pageMessages(request, context, handle), notifications: listNotifications(auth.user.id) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requireUser(request, context);
  markAllRead(auth.user.id);
  return { ok: true };
}

const TEXT: Record<Exclude<NotificationKind, "dispute_answered">, MessageKey> = {
  assignment_new: "notifications.assignment_new",
  assignment_due_soon: "notifications.assignment_due_soon",
  assignment_overdue: "notifications.assignment_overdue",
  review_done: "notifications.review_done",
  certificate_issued: "notifications.certificate_issued",
  certificate_expiring: "notifications.certificate_expiring",
};

/** Their sentence already says "certificate": the name goes in without a repeat of the word. */
const CERTIFICATE_KINDS = new Set<NotificationKind>(["certificate_issued", "certificate_expiring"]);

export default function Notifications() {
  const { t, date } = useT();
  const { notifications } = useLoaderData<typeof loader>();
  const unread = notifications.some((n) => !n.read);
  const text = (n: (typeof notifications)[number]) =>
    n.kind === "dispute_answered"
      ? t(n.payload.decision === "accepted" ? "notifications.dispute_answered.accepted" : "notifications.dispute_answered.rejected")
      : t(TEXT[n.kind], { title: CERTIFICATE_KINDS.has(n.kind) ? certificationName(n.payload.title ?? "") : (n.payload.title ?? "") });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("notifications.title")}</h1>
        {unread ? (
          <Form method="post">
            <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
              {t("notifications.markRead")}
            </button>
          </Form>
        ) : null}
      </div>
      {notifications.length === 0 ? (
        <Empty>{t("notifications.empty")}</Empty>
      ) : (
        <ul className="divide-y rounded-lg border border-slate-200 bg-white">
          {notifications.map((n) => (
            <li
              key={n.id}
              className={`flex flex-wrap items-center justify-between gap-2 p-3 ${n.read ? "" : "bg-brand-50"}`}
              data-kind={n.kind}
            >
              <span>
                {n.read ? null : <span className="sr-only">• </span>}
                {text(n)}
                {n.payload.dueAt ? (
                  <span className="text-sm text-slate-600"> · {t("assignment.due", { date: date(n.payload.dueAt) })}</span>
                ) : null}
              </span>
              <span className="flex items-center gap-3 text-sm text-slate-600">
                {date(n.createdAt, "datetime")}
                {n.payload.link ? (
                  <Link to={n.payload.link} className="text-brand-700 underline">
                    {t("notifications.open")}
                  </Link>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
