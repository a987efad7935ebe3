import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { Empty, Section, td, th } from "~/components/learning/ui";
import { skillLabelKey } from "~/components/skill-name";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { QUEUE_DAYS, queueCounts, reviewQueue, type QueueItem, type QueueKind } from "~/models/review/review-queue.server";
import { TableScroll } from "~/components/ui/table-scroll";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — review queue" }];

export const handle = {
  i18n: [
    "queue.*",
    "supervise.back",
    "skill.*",
    "outcome.*",
    "leadType.*",
    "objection.*",
    "assignment.kind.training",
    "assignment.kind.test",
    "assignment.kind.certification",
  ],
} satisfies I18nHandle;

/** What waits for the supervisor's eye: only their people's calls, never their own. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "review:attempt:team");
  return {
    i18n: await pageMessages(request, context, handle),
    queue: reviewQueue(auth.user.id),
    counts: queueCounts(auth.user.id),
    days: QUEUE_DAYS,
  };
}

const TITLE = { exams: "queue.exams", disputes: "queue.disputes", below: "queue.below" } as const;
const EMPTY = { exams: "queue.emptyExams", disputes: "queue.emptyDisputes", below: "queue.emptyBelow" } as const;

function QueueTable({ kind, items }: { kind: QueueKind; items: QueueItem[] }) {
  const { t, number, date } = useT();
  if (items.length === 0) return <Empty>{t(EMPTY[kind])}</Empty>;
  const about = (item: QueueItem) => {
    if (!item.skill) return t("queue.wholeCall");
    const key = skillLabelKey(item.skill);
    return key ? t(key) : item.skill;
  };
  return (
    <TableScroll label={t(TITLE[kind])}>
      <table className="w-full border-collapse text-sm" data-testid={`queue-${kind}`}>
        <caption className="sr-only">{t(TITLE[kind])}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              {t("queue.col.person")}
            </th>
            <th scope="col" className={th}>
              {t("queue.col.call")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("queue.col.score")}
            </th>
            <th scope="col" className={th}>
              {t("queue.col.when")}
            </th>
            {kind === "disputes" ? (
              <th scope="col" className={th}>
                {t("queue.col.reason")}
              </th>
            ) : null}
            <th scope="col" className={th}>
              <span className="sr-only">{t("queue.review")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.attemptId} data-attempt={item.attemptId}>
              <th scope="row" className={`${td} font-normal`}>
                <bdi>{item.name}</bdi>
              </th>
              <td className={td}>{item.title}</td>
              <td className={`${td} text-right tabular-nums`}>
                {item.score === null ? "—" : number(item.score, 1)}
                {item.passMark !== null ? (
                  <span className="block text-xs text-slate-600">{t("queue.passMark", { mark: item.passMark })}</span>
                ) : null}
              </td>
              <td className={td}>{date(item.at, "datetime")}</td>
              {kind === "disputes" ? (
                <td className={td}>
                  <span className="block text-xs font-medium">{about(item)}</span>
                  <span dir="auto">{item.reason}</span>
                </td>
              ) : null}
              <td className={td}>
                <Link
                  to={`/review/${item.attemptId}`}
                  className="text-brand-700 underline"
                  aria-label={t("queue.reviewLabel", { name: item.name, title: item.title })}
                >
                  {t("queue.review")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default function ReviewQueue() {
  const { t } = useT();
  const { queue, counts, days } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/supervise" className="text-brand-700 underline">
          ← {t("supervise.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("queue.title")}</h1>
      <p className="text-slate-700">{t("queue.help", { days })}</p>
      {(["exams", "disputes", "below"] as const).map((kind) => (
        <div key={kind} id={kind} className="scroll-mt-24">
          <Section title={`${t(TITLE[kind])} (${counts[kind]})`} id={`${kind}-heading`}>
            <QueueTable kind={kind} items={queue[kind]} />
          </Section>
        </div>
      ))}
    </div>
  );
}
