import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { can, requireUser } from "~/auth/session.server";
import { adminHome, contentHome, managerHome, supervisorHome } from "~/models/organisation/home.server";
import { useT } from "~/utils/use-t";
import type { I18nHandle, MessageKey } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { fill } from "~/components/ui/user-text";

export const meta: MetaFunction = () => [{ title: "Callcraft" }];

export const handle = { i18n: ["home"] } satisfies I18nHandle;

/** One home page with a section per permission the user holds; each shows real data or says what to do. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requireUser(request, context);
  return {
    i18n: await pageMessages(request, context, handle),
    name: auth.user.name,
    manager: can(auth, "rehearse:attempt:own") ? managerHome(auth.user.id) : null,
    supervisor: can(auth, "read:team:own") ? supervisorHome(auth.user.id) : null,
    content: can(auth, "edit:content:any") ? contentHome() : null,
    admin: can(auth, "manage:user:any") ? adminHome() : null,
  };
}

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" aria-label={title}>
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="rounded bg-slate-50 p-3 text-slate-700">{children}</p>;
}

const STATUS: Record<string, MessageKey> = {
  not_started: "status.not_started",
  in_progress: "status.in_progress",
  passed: "status.passed",
  failed: "status.failed",
  awaiting_review: "status.awaiting_review",
  overdue: "status.overdue",
  open: "status.open",
  finished: "status.finished",
  abandoned: "status.abandoned",
};

export default function Home() {
  const { t, date, number } = useT();
  const { name, manager, supervisor, content, admin } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1 className="mb-6 text-2xl font-semibold">{fill(t("home.greeting"), { name: <bdi>{name}</bdi> })}</h1>
      <div className="grid gap-6 md:grid-cols-2">
        {manager ? (
          <Card title={t("home.manager.title")}>
            {manager.teamCount === 0 ? <Empty>{t("home.manager.noTeam")}</Empty> : null}
            <h3 className="mt-3 font-medium">{t("home.manager.assignments")}</h3>
            {manager.assignments.length === 0 ? (
              <Empty>{t("home.manager.noAssignments")}</Empty>
            ) : (
              <ul className="divide-y">
                {manager.assignments.map((a) => (
                  <li key={a.id} className="flex justify-between py-2">
                    <Link to={`/assignments/${a.id}`} className="text-brand-700 underline">
                      {a.title}
                    </Link>
                    <span className="text-sm text-slate-600">
                      {t(STATUS[a.funnel] ?? "status.not_started")} · {a.dueAt ? t("home.due", { date: date(a.dueAt) }) : t("home.noDue")}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <h3 className="mt-4 font-medium">{t("home.manager.recent")}</h3>
            {manager.recent.length === 0 ? (
              <Empty>{t("home.manager.noAttempts")}</Empty>
            ) : (
              <ul className="divide-y">
                {manager.recent.map((a) => (
                  <li key={a.id} className="flex justify-between py-2">
                    <Link to={`/assignments/${a.id}`} className="text-brand-700 underline">
                      {a.title}
                    </Link>
                    <span className="text-sm text-slate-600">
                      {a.score !== null ? number(a.score) : t(STATUS[a.status] ?? "status.open")} · {date(a.startedAt)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <Link to="/rehearse" className="mt-4 inline-block text-brand-700 underline">
              {t("home.manager.start")}
            </Link>
          </Card>
        ) : null}
        {supervisor ? (
          <Card title={t("home.supervisor.title")}>
            {supervisor.teams.length === 0 ? (
              <Empty>{t("home.supervisor.noTeams")}</Empty>
            ) : (
              <ul className="divide-y">
                {supervisor.teams.map((team) => (
                  <li key={team.id} className="flex justify-between py-2">
                    <Link to={`/supervise/teams/${team.id}`} className="text-brand-700 underline">
                      <bdi>{team.name}</bdi>
                    </Link>
                    <span className="text-sm text-slate-600">{t("home.supervisor.members", { count: team.members })}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
        {content ? (
          <Card title={t("home.content.title")}>
            {content.scripts + content.quizzes + content.lessons === 0 ? (
              <Empty>{t("home.content.empty")}</Empty>
            ) : (
              <p>{t("home.content.counts", content)}</p>
            )}
            {content.unmatched > 0 ? <p className="mt-2">{t("home.content.unmatched", { count: content.unmatched })}</p> : null}
          </Card>
        ) : null}
        {admin ? (
          <Card title={t("home.admin.title")}>
            <p>{t("home.admin.counts", { users: admin.users, active: admin.activeUsers, teams: admin.teams })}</p>
            {admin.pendingUsers > 0 ? <p className="mt-2">{t("home.admin.pending", { count: admin.pendingUsers })}</p> : null}
            <Link to="/admin/users" className="mt-4 inline-block text-brand-700 underline">
              {t("home.admin.manage")}
            </Link>
          </Card>
        ) : null}
      </div>
    </div>
  );
}
