/**
 * Rows (teams or people) × skills, as a real table: the colour helps at a glance, the number in
 * every cell is what screen readers and careful readers use.
 */
import { SKILL_LABEL } from "~/i18n/labels";
import { TableScroll } from "~/components/ui/table-scroll";
import type { Skill } from "~/engine/vocabulary";
import { useT } from "~/utils/use-t";

export interface HeatRow {
  id: string;
  name: string;
  href?: string;
  cells: Partial<Record<Skill, { avg: number; n: number }>>;
}

function shade(avg: number): string {
  if (avg >= 80) return "bg-green-700 text-white";
  if (avg >= 65) return "bg-green-400 text-slate-900";
  if (avg >= 50) return "bg-amber-200 text-slate-900";
  if (avg >= 35) return "bg-orange-300 text-slate-900";
  return "bg-red-400 text-slate-900";
}

/**
 * Ten skills fit a laptop screen with compact headings; narrower screens scroll the table inside
 * its own region while the row names stay in view (sticky), so a number is never read without
 * knowing whose it is.
 */
export function HeatMap({ rows, skills, rowHeader, caption }: { rows: HeatRow[]; skills: Skill[]; rowHeader: string; caption: string }) {
  const { t, number } = useT();
  const sticky = "sticky left-0 z-10 border-b bg-white px-2 text-left";
  return (
    <TableScroll label={caption} testId="heat-map-region">
      <table className="w-full border-collapse text-sm" data-testid="heat-map">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${sticky} py-2`}>
              {rowHeader}
            </th>
            {skills.map((skill) => (
              <th key={skill} scope="col" className="border-b px-1 py-2 text-center text-xs font-medium leading-tight">
                {t(SKILL_LABEL[skill])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className={`${sticky} min-w-[7rem] py-1 font-normal`}>
                {row.href ? (
                  <a href={row.href} className="text-brand-700 underline">
                    <bdi>{row.name}</bdi>
                  </a>
                ) : (
                  <bdi>{row.name}</bdi>
                )}
              </th>
              {skills.map((skill) => {
                const cell = row.cells[skill];
                return (
                  <td
                    key={skill}
                    className={`border border-white px-1 py-1 text-center ${cell ? shade(cell.avg) : "bg-slate-50 text-slate-600"}`}
                    title={cell ? `n=${cell.n}` : undefined}
                  >
                    {cell ? number(cell.avg) : "—"}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Groups the dashboard's flat (row, skill, avg, n) records into heat-map rows, skills in rubric order. */
export function toHeatRows(
  records: { rowId: string; name: string; skill: string; avg: number; n: number }[],
  allSkills: readonly Skill[],
  href?: (id: string) => string,
) {
  const rows = new Map<string, HeatRow>();
  for (const r of records) {
    const skill = allSkills.find((s) => s === r.skill);
    if (!skill) continue;
    const row = rows.get(r.rowId) ?? { id: r.rowId, name: r.name, cells: {}, ...(href && { href: href(r.rowId) }) };
    row.cells[skill] = { avg: r.avg, n: r.n };
    rows.set(r.rowId, row);
  }
  const used = allSkills.filter((s) => [...rows.values()].some((row) => row.cells[s]));
  return { rows: [...rows.values()].sort((a, b) => a.name.localeCompare(b.name)), skills: used };
}
