import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { LineChart, seriesColor } from "~/components/charts/line-chart";
import { SKILL_LABEL } from "~/components/labels";
import { SKILLS } from "~/engine/vocabulary";
import { listOwnAttempts, ownSkillTrend } from "~/models/attempt.server";
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
  return { i18n: await pageMessages(request, context, handle), attempts: listOwnAttempts(auth.user.id), bySkill, count: attemptOrder.length };
}

export default function Progress() {
  const { t, date, number } = useT();
  const { attempts, bySkill, count } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("progress.title")}</h1>
      <section aria-labelledby="trend-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="trend-heading" className="text-lg font-semibold">
          {t("progress.trend")}
        </h2>
        {count === 0 ? (
          <p className="mt-2 text-slate-700">{t("progress.empty")}</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-600">{t("progress.trendHelp")}</p>
            <LineChart
              label={t("progress.trendHelp")}
              count={count}
              series={bySkill.map((s, i) => ({ name: t(SKILL_LABEL[s.skill]), color: seriesColor(i), points: s.points }))}
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
                <th scope="col" className="py-1">{t("progress.script")}</th>
                <th scope="col">{t("progress.when")}</th>
                <th scope="col">{t("progress.mode")}</th>
                <th scope="col">{t("progress.status")}</th>
                <th scope="col" className="text-right">{t("progress.score")}</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id} className="border-t border-slate-100">
                  <td className="py-1.5">
                    <Link to={a.status === "finished" ? `/attempts/${a.id}/result` : `/attempts/${a.id}`} className="text-brand-700 underline">
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
