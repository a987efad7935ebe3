/** The smaller dashboard tables: worst objections, recent calls, leaderboard. */
import { Link } from "@remix-run/react";
import { OBJECTION_LABEL } from "~/i18n/labels";
import { Empty, td, th } from "~/components/learning/ui";
import { OBJECTION_TYPES } from "~/engine/vocabulary";
import { useT } from "~/utils/use-t";

export function ObjectionTable({ rows }: { rows: { type: string; avg: number; n: number }[] }) {
  const { t, number } = useT();
  if (rows.length === 0) return <Empty>{t("supervise.objections.empty")}</Empty>;
  const label = (type: string) => {
    const known = OBJECTION_TYPES.find((o) => o === type);
    return known ? t(OBJECTION_LABEL[known]) : type;
  };
  return (
    <table className="w-full border-collapse text-sm" data-testid="worst-objections">
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t("supervise.objections.type")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("supervise.objections.avg")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("supervise.objections.count")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.type}>
            <th scope="row" className={`${td} font-normal`}>
              {label(r.type)}
            </th>
            <td className={`${td} text-right`}>
              <span
                className="mr-2 inline-block h-2 rounded bg-red-300 align-middle"
                style={{ width: `${Math.max(4, 100 - r.avg)}px` }}
                aria-hidden="true"
              />
              {number(r.avg, 1)}
            </td>
            <td className={`${td} text-right`}>{r.n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Recent {
  id: string;
  name: string;
  userId: string;
  title: string;
  finalScore: number | null;
  overridden: boolean;
  passed: boolean | null;
  finishedAt: number | null;
}

export function RecentTable({ rows }: { rows: Recent[] }) {
  const { t, number, date } = useT();
  if (rows.length === 0) return <Empty>{t("supervise.recent.empty")}</Empty>;
  return (
    <table className="w-full border-collapse text-sm" data-testid="recent-attempts">
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t("supervise.recent.when")}
          </th>
          <th scope="col" className={th}>
            {t("supervise.recent.person")}
          </th>
          <th scope="col" className={th}>
            {t("supervise.recent.scenario")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("supervise.recent.score")}
          </th>
          <th scope="col" className={th}>
            <span className="sr-only">{t("supervise.recent.review")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-attempt={r.id}>
            <td className={td}>{r.finishedAt ? date(r.finishedAt, "datetime") : ""}</td>
            <th scope="row" className={`${td} font-normal`}>
              <Link to={`/supervise/people/${r.userId}`} className="text-brand-700 underline">
                <bdi>{r.name}</bdi>
              </Link>
            </th>
            <td className={td}>{r.title}</td>
            <td className={`${td} text-right`} data-testid="recent-score">
              {r.finalScore !== null ? number(r.finalScore, 1) : "—"} {r.passed ? "✓" : ""}
              {r.overridden ? <span className="block text-xs text-amber-800">{t("supervise.recent.overridden")}</span> : null}
            </td>
            <td className={td}>
              <Link to={`/review/${r.id}`} className="text-brand-700 underline">
                {t("supervise.recent.review")}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Leaderboard({ rows }: { rows: { userId: string; name: string; avg: number; n: number }[] | null }) {
  const { t, number } = useT();
  if (rows === null) return <Empty>{t("supervise.leader.off")}</Empty>;
  if (rows.length === 0) return <Empty>{t("supervise.leader.empty")}</Empty>;
  return (
    <table className="w-full border-collapse text-sm" data-testid="leaderboard">
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t("supervise.leader.rank")}
          </th>
          <th scope="col" className={th}>
            {t("supervise.recent.person")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("supervise.leader.avg")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("supervise.leader.calls")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.userId}>
            <td className={td}>{i + 1}</td>
            <th scope="row" className={`${td} font-normal`}>
              <bdi>{r.name}</bdi>
            </th>
            <td className={`${td} text-right`}>{number(r.avg, 1)}</td>
            <td className={`${td} text-right`}>{r.n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
