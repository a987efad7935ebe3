import { SKILLS, type Skill } from "~/engine/vocabulary";
import { SKILL_LABEL } from "~/i18n/labels";
import { useT } from "~/utils/use-t";

/** Per-skill scores as labelled bars, with the change since the previous attempt. */
export function SkillBars({
  perSkill,
  previous,
}: {
  perSkill: Partial<Record<Skill, number>>;
  previous: Partial<Record<Skill, number>> | null;
}) {
  const { t, number } = useT();
  const rows = SKILLS.flatMap((skill) => {
    const value = perSkill[skill];
    return typeof value === "number" ? [{ skill, value, before: previous?.[skill] }] : [];
  });
  return (
    <section aria-labelledby="skills-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="skills-heading" className="mb-3 text-lg font-semibold">
        {t("result.skills")}
      </h2>
      <table className="w-full text-sm" data-testid="skill-scores">
        <tbody>
          {rows.map(({ skill, value, before }) => (
            <tr key={skill}>
              <th scope="row" className="w-48 py-1 pr-3 text-left font-normal">
                {t(SKILL_LABEL[skill])}
              </th>
              <td className="py-1">
                <div className="h-3 rounded bg-slate-100" aria-hidden="true">
                  <div
                    className={`h-3 rounded ${value >= 70 ? "bg-green-600" : value >= 40 ? "bg-amber-500" : "bg-red-600"}`}
                    style={{ width: `${Math.max(2, Math.min(100, value))}%` }}
                  />
                </div>
              </td>
              <td className="w-28 py-1 pl-3 text-right tabular-nums">
                {number(value)}
                {typeof before === "number" ? (
                  <span className={`ml-1 text-xs ${value - before >= 0 ? "text-green-800" : "text-red-800"}`}>
                    ({value - before >= 0 ? "+" : ""}
                    {number(value - before)})
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
