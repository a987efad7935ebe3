/** The dashboard's coaching panels: the review queue's counts, the people of all teams, the export form. */
import { Form, Link } from "@remix-run/react";
import { Empty, td, th } from "~/components/learning/ui";
import { useT } from "~/utils/use-t";
import { ReadinessBadge } from "./readiness";

export function QueueCounts({ counts }: { counts: { exams: number; disputes: number; below: number } }) {
  const { t, number } = useT();
  const items = [
    { key: "exams", label: t("queue.exams"), n: counts.exams },
    { key: "disputes", label: t("queue.disputes"), n: counts.disputes },
    { key: "below", label: t("queue.below"), n: counts.below },
  ];
  return (
    <div>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="queue-counts">
        {items.map((item) => (
          <div key={item.key} className="rounded border border-slate-200 p-3" data-queue={item.key}>
            <dt className="text-sm text-slate-600">{item.label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">
              <Link to={`/supervise/review#${item.key}`} className="text-brand-700 underline">
                {number(item.n)}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3">
        <Link to="/supervise/review" className="text-brand-700 underline">
          {t("queue.open")}
        </Link>
      </p>
    </div>
  );
}

export interface PeopleView {
  shown: { id: string; name: string; teams: string[]; readiness: number; calls: number; average: number | null }[];
  total: number;
}

export function PeopleTable({ people }: { people: PeopleView }) {
  const { t, number } = useT();
  if (people.total === 0) return <Empty>{t("people.empty")}</Empty>;
  return (
    <>
      <p className="mb-2 text-sm text-slate-600">{t("people.help")}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="people">
          <caption className="sr-only">{t("people.title")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t("people.col.name")}
              </th>
              <th scope="col" className={th}>
                {t("people.col.team")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("readiness.col")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("people.col.calls")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("people.col.average")}
              </th>
            </tr>
          </thead>
          <tbody>
            {people.shown.map((p) => (
              <tr key={p.id} data-person={p.id}>
                <th scope="row" className={`${td} font-normal`}>
                  <Link to={`/supervise/people/${p.id}`} className="text-brand-700 underline">
                    <bdi>{p.name}</bdi>
                  </Link>
                </th>
                <td className={td}>{p.teams.join(", ")}</td>
                <td className={`${td} text-right`}>
                  <ReadinessBadge value={p.readiness} />
                </td>
                <td className={`${td} text-right tabular-nums`}>{number(p.calls)}</td>
                <td className={`${td} text-right tabular-nums`}>{p.average === null ? "—" : number(p.average, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {people.total > people.shown.length ? (
        <p className="mt-2 text-sm text-slate-600">{t("people.more", { shown: people.shown.length, total: people.total })}</p>
      ) : null}
    </>
  );
}

/** Which file and which separator; the separator defaults to the one Excel expects in the interface language. */
export function ExportForm({ period, teamId }: { period: number; teamId: string | null }) {
  const { t, locale } = useT();
  return (
    <Form method="get" action="/supervise/export" reloadDocument className="space-y-3" aria-label={t("export.title")}>
      <p className="text-sm text-slate-600">{t("export.help")}</p>
      <input type="hidden" name="period" value={period} />
      {teamId ? <input type="hidden" name="team" value={teamId} /> : null}
      <div className="flex flex-wrap gap-6">
        <fieldset>
          <legend className="mb-1 text-sm font-medium">{t("export.kind")}</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="kind" value="calls" defaultChecked /> {t("export.calls")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="kind" value="people" /> {t("export.people")}
          </label>
        </fieldset>
        <fieldset>
          <legend className="mb-1 text-sm font-medium">{t("export.sep")}</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="sep" value="semicolon" defaultChecked={locale === "ru"} /> {t("export.sepSemicolon")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="sep" value="comma" defaultChecked={locale !== "ru"} /> {t("export.sepComma")}
          </label>
        </fieldset>
      </div>
      <button type="submit" className="rounded bg-brand-600 px-4 py-1.5 font-medium text-white hover:bg-brand-700">
        {t("export.submit")}
      </button>
    </Form>
  );
}
