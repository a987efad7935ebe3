import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { LineChart, seriesColor } from "~/components/charts/line-chart";
import { Change, SkillGrid } from "~/components/charts/skill-grid";
import { summariseTrend } from "~/components/charts/trend";
import { SKILL_LABEL } from "~/i18n/labels";
import { SKILLS } from "~/engine/vocabulary";
import { listOwnAttempts, ownSkillTrend } from "~/models/rehearsal/attempt-history.server";
import { useT } from "~/utils/use-t";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";

export const meta: MetaFunction = () => [{ title: "Callcraft — my progress" }];

export const handle = { i18n: ["rehearse"] } satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "read:progress:own");
  const trend = ownSkillTrend(auth.user.id);
  const attemptOrder = [...new Set(trend.map((row) => row.attemptId))];
  const index = new Map(attemptOrder.map((id, i) => [id, i]));
  const bySkill = SKILLS.flatMap((skill) => {
    const points = trend.filter((row) => row.skill === skill).map((row) => ({ x: index.get(row.attemptId) ?? 0, y: row.score }));
    return points.length > 0 ? [{ skill, points }] : [];
  });
  const attempts = listOwnAttempts(auth.user.id);
  // Oldest first, as the chart reads left to right.
  const totals = attempts.flatMap((a) => (a.status === "finished" && a.finalScore !== null ? [a.finalScore] : [])).reverse();
  return { i18n: await pageMessages(request, context, handle), attempts, bySkill, totals, count: attemptOrder.length };
}

export default function Progress() {
  const { t, date, number } = useT();
  const { attempts, bySkill, totals, count } = useLoaderData<typeof loader>();
  const overall = summariseTrend(totals);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("progress.title")}</h1>
      <section aria-labelledby="trend-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="trend-heading" className="text-lg font-semibold">
          {t("progress.trend")}
        </h2>
        {count === 0 || !overall ? (
          <p className="mt-2 text-slate-700">{t("progress.empty")}</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-600">{t("progress.totalHelp")}</p>
            <p className="mb-1 text-sm" data-testid="progress-overall">
              <span className="text-2xl font-semibold tabular-nums">{number(overall.now)}</span> <ProgressChange value={overall.change} />
            </p>
            <LineChart
              label={t("progress.totalLabel", { count: totals.length, first: number(totals[0] ?? 0), last: number(totals.at(-1) ?? 0) })}
              count={totals.length}
              height={160}
              series={[{ name: t("progress.total"), color: seriesColor(0), points: totals.map((y, x) => ({ x, y })) }]}
            />
            <h3 className="mt-5 font-semibold">{t("progress.skills")}</h3>
            <p className="mb-3 text-sm text-slate-600">{t("progress.skillsHelp")}</p>
            <SkillGrid
              series={bySkill.map((s) => ({ skill: s.skill, values: s.points.map((p) => p.y) }))}
              sparkLabel={(skill, values) =>
                t("progress.sparkLabel", { skill, count: values.length, first: number(values[0] ?? 0), last: number(values.at(-1) ?? 0) })
              }
              change={(value) => <ProgressChange value={value} />}
            />
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer">{t("progress.table")}</summary>
              <table className="mt-2 w-full text-left">
                <thead>
                  <tr>
                    <th scope="col">{t("progress.attempt")}</th>
                    {bySkill.map((s) => (
                      <th key={s.skill} scope="col">
                        {t(SKILL_LABEL[s.skill])}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {Array.from({ length: count }, (_, i) => (
                    <tr key={i}>
                      <th scope="row">{i + 1}</th>
                      {bySkill.map((s) => {
                        const point = s.points.find((p) => p.x === i);
                        return <td key={s.skill}>{point ? number(point.y) : "—"}</td>;
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </section>
      <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="history-heading" className="mb-3 text-lg font-semibold">
          {t("progress.history")}
        </h2>
        {attempts.length === 0 ? (
          <p className="text-slate-700">{t("progress.empty")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="text-slate-600">
                <th scope="col" className="py-1">
                  {t("progress.script")}
                </th>
                <th scope="col">{t("progress.when")}</th>
                <th scope="col">{t("progress.mode")}</th>
                <th scope="col">{t("progress.status")}</th>
                <th scope="col" className="text-right">
                  {t("progress.score")}
                </th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id} className="border-t border-slate-100">
                  <td className="py-1.5">
                    <Link
                      to={a.status === "finished" ? `/attempts/${a.id}/result` : `/attempts/${a.id}`}
                      className="text-brand-700 underline"
                    >
                      {a.title}
                    </Link>
                  </td>
                  <td>{date(a.startedAt, "datetime")}</td>
                  <td>{a.mode === "exam" ? t("brief.exam") : t("brief.practice")}</td>
                  <td>
                    {a.status === "finished"
                      ? a.passed
                        ? t("result.passed")
                        : t("result.failed")
                      : a.status === "open"
                        ? t("status.open")
                        : t("status.abandoned")}
                  </td>
                  <td className="text-right tabular-nums">{a.finalScore !== null ? number(a.finalScore) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

/** "+12 since your first calls" in green, a fall in red, or a note that it is too early to tell. */
function ProgressChange({ value }: { value: number | null }) {
  const { t } = useT();
  return <Change value={value} text={(change) => t("progress.change", { change })} early={t("progress.tooEarly")} />;
}
