import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { Change, SkillGrid } from "~/components/charts/skill-grid";
import { SKILL_LABEL } from "~/i18n/labels";
import { Empty, KIND_LABEL, Section, StatusBadge, td, th } from "~/components/learning/ui";
import { ReadinessCard } from "~/components/supervise/readiness";
import { RecentTable } from "~/components/supervise/dashboard-tables";
import { TableScroll } from "~/components/ui/table-scroll";
import { SKILLS } from "~/engine/vocabulary";
import { parsePeriod, personSkillTrend, recentAttempts, scopeFor } from "~/models/supervision/dashboard.server";
import { personAssignments } from "~/models/supervision/person-work.server";
import { readinessFor } from "~/models/supervision/readiness.server";
import { supervisesUser } from "~/models/organisation/team.server";
import { getUserById } from "~/models/organisation/user.server";
import { useT } from "~/utils/use-t";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { fill } from "~/components/ui/user-text";

export const meta: MetaFunction = () => [{ title: "Callcraft — person" }];

export const handle = {
  i18n: [
    "supervise",
    "readiness.*",
    "personWork.*",
    "leadType.*",
    "outcome.*",
    "skill.*",
    "objection.*",
    "assignment.kind.training",
    "assignment.kind.test",
    "assignment.kind.certification",
  ],
} satisfies I18nHandle;

/** One of the supervisor's people: skill trend by week and their calls. Anyone else is 404. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "read:progress:team");
  const userId = params.userId ?? "";
  const user = supervisesUser(auth.user.id, userId) ? getUserById(userId) : undefined;
  if (!user) throw new Response("Not found", { status: 404 });
  const period = parsePeriod(new URL(request.url).searchParams.get("period") ?? "90");
  const scope = scopeFor(auth.user.id, null, period);
  const trend = personSkillTrend(user.id, scope.from, scope.to);
  const weeks = [...new Set(trend.map((r) => r.weekStart))];
  const series = SKILLS.flatMap((skill) => {
    const points = trend.filter((r) => r.skill === skill).map((r) => ({ x: weeks.indexOf(r.weekStart), y: r.avg }));
    return points.length > 0 ? [{ skill, points }] : [];
  });
  const recent = recentAttempts(scope, 30, user.id);
  const readiness = readinessFor([user.id]).get(user.id) ?? null;
  return {
    i18n: await pageMessages(request, context, handle),
    id: user.id,
    name: user.name,
    weeks,
    series,
    trend,
    recent,
    readiness,
    assignments: personAssignments(auth.user.id, user.id),
  };
}

export default function Person() {
  const { t, date, number } = useT();
  const { id, name, weeks, series, trend, recent, readiness, assignments } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/supervise" className="text-brand-700 underline">
          ← {t("supervise.back")}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">
          <bdi>{name}</bdi>
        </h1>
        <Link
          to={`/supervise/assignments/new?user=${id}`}
          className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
        >
          {fill(t("personWork.assign"), { name: <bdi>{name}</bdi> })}
        </Link>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Section title={t("readiness.title")} id="readiness-heading">
          {readiness ? <ReadinessCard r={readiness} /> : null}
        </Section>
        <Section title={t("personWork.title")} id="work-heading">
          {assignments.length === 0 ? (
            <Empty>{t("personWork.empty")}</Empty>
          ) : (
            <TableScroll label={t("personWork.title")}>
              <table className="w-full border-collapse text-sm" data-testid="person-assignments">
                <caption className="sr-only">{t("personWork.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={th}>
                      {t("personWork.col.title")}
                    </th>
                    <th scope="col" className={th}>
                      {t("personWork.col.kind")}
                    </th>
                    <th scope="col" className={th}>
                      {t("personWork.col.due")}
                    </th>
                    <th scope="col" className={th}>
                      {t("personWork.col.status")}
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      {t("personWork.col.best")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {assignments.map((a) => (
                    <tr key={a.id} data-assignment={a.id}>
                      <th scope="row" className={`${td} font-normal`}>
                        <Link to={`/supervise/assignments/${a.id}`} className="text-brand-700 underline">
                          {a.title}
                        </Link>
                      </th>
                      <td className={td}>{t(KIND_LABEL[a.kind])}</td>
                      <td className={td}>{a.dueAt ? date(a.dueAt) : "—"}</td>
                      <td className={td}>
                        <StatusBadge status={a.funnel} />
                      </td>
                      <td className={`${td} text-right tabular-nums`}>{a.bestScore === null ? "—" : number(a.bestScore, 1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </Section>
      </div>
      <Section title={t("supervise.person.trend")} id="trend-heading">
        {weeks.length === 0 ? (
          <Empty>{t("supervise.person.trendEmpty")}</Empty>
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-600">{t("supervise.person.skillsHelp")}</p>
            <SkillGrid
              series={series.map((s) => ({ skill: s.skill, values: s.points.map((p) => p.y) }))}
              sparkLabel={(skill, values) =>
                t("supervise.person.sparkLabel", {
                  skill,
                  count: values.length,
                  first: number(values[0] ?? 0),
                  last: number(values.at(-1) ?? 0),
                })
              }
              change={(value) => (
                <Change value={value} text={(change) => t("supervise.person.change", { change })} early={t("supervise.person.tooEarly")} />
              )}
            />
            <details className="mt-4 text-sm">
              <summary className="cursor-pointer">{t("supervise.person.table")}</summary>
              <TableScroll label={t("supervise.person.table")}>
                <table className="mt-2 w-full border-collapse text-sm">
                  <thead>
                    <tr>
                      <th scope="col" className={th}>
                        {t("supervise.person.week")}
                      </th>
                      {series.map((s) => (
                        <th key={s.skill} scope="col" className={`${th} text-right`}>
                          {t(SKILL_LABEL[s.skill])}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {weeks.map((week) => (
                      <tr key={week}>
                        <th scope="row" className={`${td} whitespace-nowrap font-normal`}>
                          {date(week)}
                        </th>
                        {series.map((s) => {
                          const cell = trend.find((r) => r.weekStart === week && r.skill === s.skill);
                          return (
                            <td key={s.skill} className={`${td} text-right`}>
                              {cell ? number(cell.avg) : "—"}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </details>
          </>
        )}
      </Section>
      <Section title={t("supervise.person.attempts")} id="calls-heading">
        <TableScroll label={t("supervise.person.attempts")}>
          <RecentTable rows={recent} />
        </TableScroll>
      </Section>
    </div>
  );
}
