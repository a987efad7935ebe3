import type { ReactNode } from "react";
import { tableClass, tdClass, thClass } from "~/components/admin/admin-section";
import { useT } from "~/utils/use-t";

interface AuditRow {
  id: number;
  createdAt: number;
  actorName: string | null;
}

/** Words the table needs, from the page's own messages (the admin and supervise areas differ). */
export interface AuditTableLabels {
  when: string;
  what: string;
  who: string;
  empty: string;
  unknownActor: string;
}

/** An audit trail in the order given (newest first): when, what (the page describes it), by whom. */
export function AuditTable<R extends AuditRow>({
  rows,
  labels,
  describe,
}: {
  rows: readonly R[];
  labels: AuditTableLabels;
  describe: (row: R) => ReactNode;
}) {
  const { date } = useT();
  if (rows.length === 0) return <p className="text-slate-600">{labels.empty}</p>;
  return (
    <table className={tableClass}>
      <thead>
        <tr>
          <th scope="col" className={thClass}>
            {labels.when}
          </th>
          <th scope="col" className={thClass}>
            {labels.what}
          </th>
          <th scope="col" className={thClass}>
            {labels.who}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td className={`${tdClass} whitespace-nowrap`}>{date(row.createdAt, "datetime")}</td>
            <td className={tdClass}>{describe(row)}</td>
            <td className={tdClass}>
              <bdi>{row.actorName ?? labels.unknownActor}</bdi>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
