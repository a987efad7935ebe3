import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { Empty, KIND_LABEL, Section, td, th } from "~/components/learning/ui";
import { Leaderboard, ObjectionTable, RecentTable } from "~/components/supervise/dashboard-tables";
import { HeatMap, toHeatRows } from "~/components/supervise/heat-map";
import { ExportForm, PeopleTable, QueueCounts } from "~/components/supervise/coaching-panels";
import { ReadinessBadge } from "~/components/supervise/readiness";
import { TableScroll } from "~/components/ui/table-scroll";
import type { I18nHandle, MessageKey } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { ASSIGNMENT_SHOWS, PERIODS, type AssignmentShow } from "~/utils/closed-sets";
import { superviseDashboard } from "~/models/supervision/dashboard-page.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — my teams" }];

export const handle = {
  i18n: [
    "supervise",
    "superviseManage",
    "queue.*",
    "people.*",
    "readiness.*",
    "export.*",
    "leadType.*",
    "outcome.*",
    "skill.*",
    "objection.*",
    "assignment.kind.training",
    "assignment.kind.test",
    "assignment.kind.certification",
  ],
} satisfies I18nHandle;

/** The supervisor's dashboard: only their teams and their people, filtered by team and period. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "read:team:own");
  return { ...superviseDashboard(auth.user.id, new URL(request.url).searchParams), i18n: await pageMessages(request, context, handle) };
}

const PERIOD_LABEL: Record<(typeof PERIODS)[number], MessageKey> = {
  7: "supervise.period.7",
  30: "supervise.period.30",
  90: "supervise.period.90",
  365: "supervise.period.365",
};

const SHOW_LABEL: Record<AssignmentShow, MessageKey> = {
  open: "supervise.filter.show.open",
  archived: "supervise.filter.show.archived",
  all: "supervise.filter.show.all",
};

function Filters({
  teams,
  teamId,
  period,
  show,
}: {
  teams: { id: string; name: string }[];
  teamId: string | null;
  period: number;
  show: AssignmentShow;
}) {
  const { t } = useT();
  return (
    <Form
      method="get"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t("supervise.filters")}
    >
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("supervise.filter.team")}</span>
        <select name="team" defaultValue={teamId ?? ""} className="rounded border border-slate-300 px-2 py-1.5">
          <option value="">{t("supervise.filter.allTeams")}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id} dir="auto">
              {team.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("supervise.filter.period")}</span>
        <select name="period" defaultValue={String(period)} className="rounded border border-slate-300 px-2 py-1.5">
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(PERIOD_LABEL[p])}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("supervise.filter.assignments")}</span>
        <select name="assignments" defaultValue={show} className="rounded border border-slate-300 px-2 py-1.5">
          {ASSIGNMENT_SHOWS.map((s) => (
            <option key={s} value={s}>
              {t(SHOW_LABEL[s])}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-brand-600 px-4 py-1.5 font-medium text-white hover:bg-brand-700">
        {t("supervise.filter.apply")}
      </button>
    </Form>
  );
}

export default function SuperviseHome() {
  const { t, date, number } = useT();
  const d = useLoaderData<typeof loader>();
  if (d.teams.length === 0) {
    return (
      <div>
        <h1 className="mb-6 text-2xl font-semibold">{t("supervise.title")}</h1>
        <Empty>{t("supervise.empty")}</Empty>
      </div>
    );
  }
  const heat = toHeatRows(d.heat, d.skills, d.byPerson ? (id) => `/supervise/people/${id}` : (id) => `/supervise/teams/${id}`);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("supervise.title")}</h1>
        <nav aria-label={t("supervise.actions")} className="flex flex-wrap gap-2 text-sm">
          <Link to="/supervise/assignments/new" className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">
            {t("supervise.assign")}
          </Link>
          <Link to="/supervise/certifications" className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
            {t("supervise.certifications")}
          </Link>
          <a href="#export-heading" className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
            {t("supervise.export")}
          </a>
        </nav>
      </div>
      <Filters teams={d.teams} teamId={d.teamId} period={d.period} show={d.show} />
      <Section title={t("queue.title")} id="queue-heading">
        <QueueCounts counts={d.queue} />
      </Section>
      <Section title={t("supervise.heat.title")} id="heat-heading">
        <p className="mb-2 text-sm text-slate-600">{t("supervise.heat.help")}</p>
        {heat.rows.length === 0 ? (
          <Empty>{t("supervise.heat.empty")}</Empty>
        ) : (
          <HeatMap
            rows={heat.rows}
            skills={heat.skills}
            rowHeader={t(d.byPerson ? "supervise.heat.rowPerson" : "supervise.heat.rowTeam")}
            caption={t("supervise.heat.title")}
          />
        )}
      </Section>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Section title={t("supervise.objections.title")} id="objections-heading">
          <TableScroll label={t("supervise.objections.title")}>
            <ObjectionTable rows={d.objections} />
          </TableScroll>
        </Section>
        <Section title={t("supervise.leader.title")} id="leader-heading">
          <TableScroll label={t("supervise.leader.title")}>
            <Leaderboard rows={d.leaders} />
          </TableScroll>
        </Section>
      </div>
      <Section title={t("people.title")} id="people-heading">
        <TableScroll label={t("people.title")}>
          <PeopleTable people={d.people} />
        </TableScroll>
      </Section>
      <Section title={t("supervise.recent.title")} id="recent-heading">
        <TableScroll label={t("supervise.recent.title")}>
          <RecentTable rows={d.recent} />
        </TableScroll>
      </Section>
      <Section title={t("supervise.reviewQueue")} id="disputes-heading">
        {d.disputes.length === 0 ? (
          <Empty>{t("supervise.disputes.none")}</Empty>
        ) : (
          <ul className="divide-y" data-testid="open-disputes">
            {d.disputes.map((x) => (
              <li key={x.attemptId} className="py-2">
                <Link to={`/review/${x.attemptId}`} className="text-brand-700 underline">
                  <bdi>{x.name}</bdi> — <bdi>{x.title}</bdi>
                </Link>
                <span className="text-sm text-slate-600">
                  {" "}
                  · {x.score !== null ? number(x.score, 1) : ""} · {date(x.createdAt)}
                </span>
                <p className="text-sm" dir="auto">
                  {x.reason}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("supervise.assignments")} id="assignments-heading">
        {d.assignments.length === 0 ? (
          <Empty>{t("supervise.noAssignments")}</Empty>
        ) : (
          <TableScroll label={t("supervise.assignments")}>
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t("supervise.new.name")}
                  </th>
                  <th scope="col" className={th}>
                    {t("supervise.col.kind")}
                  </th>
                  <th scope="col" className={th}>
                    {t("supervise.col.assignedTo")}
                  </th>
                  <th scope="col" className={th}>
                    {t("supervise.col.due")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.assignments.map((a) => (
                  <tr key={a.id} data-assignment={a.title}>
                    <th scope="row" className={`${td} font-normal`}>
                      <Link to={`/supervise/assignments/${a.id}`} className="text-brand-700 underline">
                        {a.title}
                      </Link>
                      {a.archivedAt !== null ? (
                        <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-800">
                          {t("supervise.archivedBadge")}
                        </span>
                      ) : null}
                    </th>
                    <td className={td}>{t(KIND_LABEL[a.kind])}</td>
                    <td className={td}>{a.teamName ?? a.userName ?? ""}</td>
                    <td className={td}>{a.dueAt ? date(a.dueAt) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Section>
      <Section title={t("supervise.caption")} id="teams-heading">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("supervise.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t("supervise.col.team")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("supervise.col.members")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("readiness.team")}
              </th>
            </tr>
          </thead>
          <tbody>
            {d.teams.map((team) => (
              <tr key={team.id}>
                <th scope="row" className={`${td} font-normal`}>
                  <Link to={`/supervise/teams/${team.id}`} className="text-brand-700 underline">
                    <bdi>{team.name}</bdi>
                  </Link>
                </th>
                <td className={`${td} text-right`}>{team.members}</td>
                <td className={`${td} text-right`} data-team-readiness={team.id}>
                  <ReadinessBadge value={team.readiness} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-sm text-slate-600">
          {t("readiness.teamFormula")} {t("readiness.formula")}
        </p>
      </Section>
      <Section title={t("export.title")} id="export-heading">
        <ExportForm period={d.period} teamId={d.teamId} />
      </Section>
    </div>
  );
}
