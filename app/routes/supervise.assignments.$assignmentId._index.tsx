import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { can, requirePermission } from "~/auth/session.server";
import { Empty, KIND_LABEL, Section, StatusBadge, STATUS_LABEL, td, th } from "~/components/learning/ui";
import { FUNNEL_STATUSES } from "~/utils/closed-sets";
import { ChangeHistory } from "~/components/supervise/change-history";
import { assignmentForSupervisor, assignmentFunnel, assignmentItems } from "~/models/assignments/assignment.server";
import { changeHistory } from "~/models/assignments/change-history.server";
import { useT } from "~/utils/use-t";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Callcraft — ${data?.assignment.title ?? ""}` }];

export const handle = {
  i18n: [
    "supervise",
    "superviseManage",
    "assignment.due",
    "assignment.noDue",
    "assignment.passMark",
    "assignment.kind.training",
    "assignment.kind.test",
    "assignment.kind.certification",
  ],
} satisfies I18nHandle;

/** The funnel of one assignment in the supervisor's scope (archived ones too); anyone else's answers 404. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "read:progress:team");
  const assignment = assignmentForSupervisor(params.assignmentId ?? "", auth.user.id);
  if (!assignment) throw new Response("Not found", { status: 404 });
  return {
    i18n: await pageMessages(request, context, handle),
    assignment: {
      id: assignment.id,
      title: assignment.title,
      kind: assignment.kind,
      dueAt: assignment.dueAt,
      passMark: assignment.passMark,
      maxTries: assignment.maxTries,
      archivedAt: assignment.archivedAt,
    },
    canManage: can(auth, "assign:work:team"),
    items: assignmentItems(assignment.id),
    funnel: assignmentFunnel(assignment.id),
    history: changeHistory("assignment", assignment.id),
  };
}

export default function AssignmentFunnel() {
  const { t, date, number } = useT();
  const { assignment, canManage, items, funnel, history } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/supervise" className="text-brand-700 underline">
          ← {t("supervise.back")}
        </Link>
      </p>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600">
            {t(KIND_LABEL[assignment.kind])}
            {assignment.archivedAt !== null ? (
              <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-800" data-testid="archived-badge">
                {t("supervise.archivedBadge")}
              </span>
            ) : null}
          </p>
          <h1 className="text-2xl font-semibold">{assignment.title}</h1>
          <p className="text-sm text-slate-700" data-testid="assignment-facts">
            {assignment.dueAt ? t("assignment.due", { date: date(assignment.dueAt) }) : t("assignment.noDue")}
            {assignment.passMark !== null ? ` · ${t("assignment.passMark", { mark: assignment.passMark })}` : ""}
            {" · "}
            {items.map((i) => i.title).join(", ")}
          </p>
        </div>
        {canManage ? (
          <nav aria-label={t("supervise.manage.actions")} className="flex flex-wrap gap-2 text-sm">
            <Link
              to={`/supervise/assignments/${assignment.id}/edit`}
              className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100"
            >
              {t("supervise.manage.edit")}
            </Link>
            {assignment.archivedAt === null ? (
              <Link
                to={`/supervise/assignments/${assignment.id}/archive`}
                className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100"
              >
                {t("supervise.manage.archive")}
              </Link>
            ) : (
              <Form method="post" action={`/supervise/assignments/${assignment.id}/archive`}>
                <input type="hidden" name="intent" value="restore" />
                <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">
                  {t("supervise.manage.restore")}
                </button>
              </Form>
            )}
          </nav>
        ) : null}
      </header>
      {assignment.archivedAt !== null ? (
        <p className="rounded border border-slate-300 bg-slate-50 px-3 py-2 text-sm">
          {t("supervise.manage.archivedNotice", { date: date(assignment.archivedAt) })}
        </p>
      ) : null}
      <Section title={t("supervise.funnel.title")} id="funnel-heading">
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7" data-testid="funnel">
          <div className="rounded bg-slate-100 p-3" data-funnel="assigned">
            <dt className="text-sm text-slate-600">{t("supervise.funnel.assigned")}</dt>
            <dd className="text-2xl font-semibold">{funnel.assigned}</dd>
          </div>
          {FUNNEL_STATUSES.map((s) => (
            <div key={s} className="rounded bg-slate-50 p-3" data-funnel={s}>
              <dt className="text-sm text-slate-600">{t(STATUS_LABEL[s] ?? "status.not_started")}</dt>
              <dd className="text-2xl font-semibold">{funnel.counts[s] ?? 0}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title={t("supervise.assignees")} id="people-heading">
        {funnel.people.length === 0 ? (
          <Empty>{t("supervise.team.noMembers")}</Empty>
        ) : (
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t("supervise.col.name")}
                </th>
                <th scope="col" className={th}>
                  {t("supervise.col.status")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("supervise.col.score")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("supervise.col.tries")}
                </th>
              </tr>
            </thead>
            <tbody>
              {funnel.people.map((p) => (
                <tr key={p.userId} data-person={p.name}>
                  <th scope="row" className={`${td} font-normal`}>
                    <Link to={`/supervise/people/${p.userId}`} className="text-brand-700 underline">
                      <bdi>{p.name}</bdi>
                    </Link>
                  </th>
                  <td className={td}>
                    <StatusBadge status={p.funnel} />
                  </td>
                  <td className={`${td} text-right`}>{p.bestScore !== null ? number(p.bestScore, 1) : "—"}</td>
                  <td className={`${td} text-right`}>{assignment.maxTries ? `${p.triesUsed} / ${assignment.maxTries}` : p.triesUsed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <ChangeHistory entries={history} />
    </div>
  );
}
