/** The readiness index as a figure, and as its parts with the formula spelled out. */
import { skillLabelKey } from "~/components/skill-name";
import type { MessageKey } from "~/i18n";
import { useT } from "~/utils/use-t";
import { td, th } from "~/components/learning/ui";

export interface ReadinessView {
  index: number;
  skills: { value: number | null; weight: number; perSkill: Record<string, number>; exams: number };
  certification: { value: number | null; weight: number; status: "valid" | "expiring" | "expired" | "missing" | "not_required" };
  practice: { value: number | null; weight: number; daysSince: number | null };
}

const tone = (value: number) =>
  value >= 70 ? "bg-green-100 text-green-900" : value >= 40 ? "bg-amber-100 text-amber-900" : "bg-red-100 text-red-900";

/** A small badge, e.g. in a table cell; "—" for nothing to show. */
export function ReadinessBadge({ value }: { value: number | null }) {
  const { t, number } = useT();
  if (value === null) return <span>—</span>;
  return (
    <span
      className={`inline-block min-w-10 rounded px-2 py-0.5 text-center font-semibold tabular-nums ${tone(value)}`}
      title={t("readiness.value", { value: number(value) })}
      data-testid="readiness"
    >
      {number(value)}
    </span>
  );
}

const CERT: Record<ReadinessView["certification"]["status"], MessageKey> = {
  valid: "readiness.cert.valid",
  expiring: "readiness.cert.expiring",
  expired: "readiness.cert.expired",
  missing: "readiness.cert.missing",
  not_required: "readiness.cert.not_required",
};

/** The person's figure with each part, its weight and what it was made from. */
export function ReadinessCard({ r }: { r: ReadinessView }) {
  const { t, number } = useT();
  const value = (v: number | null) => (v === null ? t("readiness.notCounted") : number(v, 1));
  const skills = Object.entries(r.skills.perSkill);
  return (
    <div data-testid="readiness-card">
      <p className="mb-2 text-3xl font-bold" data-testid="readiness-index">
        <span className={`rounded px-2 ${tone(r.index)}`}>{number(r.index)}</span>
        <span className="ml-2 text-base font-normal text-slate-600">/ 100</span>
      </p>
      <p className="mb-3 text-sm text-slate-700">{t("readiness.formula")}</p>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("readiness.title")}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              {t("readiness.part")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("readiness.partValue")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("readiness.partWeight")}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr data-part="skills">
            <th scope="row" className={`${td} font-normal`}>
              {t("readiness.skills")}
              <span className="block text-xs text-slate-600">
                {r.skills.exams > 0 ? t("readiness.exams", { count: r.skills.exams }) : t("readiness.noExams")}
              </span>
            </th>
            <td className={`${td} text-right tabular-nums`}>{value(r.skills.value)}</td>
            <td className={`${td} text-right`}>{r.skills.weight}%</td>
          </tr>
          <tr data-part="certification">
            <th scope="row" className={`${td} font-normal`}>
              {t("readiness.certification")}
              <span className="block text-xs text-slate-600">{t(CERT[r.certification.status])}</span>
            </th>
            <td className={`${td} text-right tabular-nums`}>{value(r.certification.value)}</td>
            <td className={`${td} text-right`}>{r.certification.value === null ? "—" : `${r.certification.weight}%`}</td>
          </tr>
          <tr data-part="practice">
            <th scope="row" className={`${td} font-normal`}>
              {t("readiness.practice")}
              <span className="block text-xs text-slate-600">
                {r.practice.daysSince === null ? t("readiness.never") : t("readiness.days", { count: r.practice.daysSince })}
              </span>
            </th>
            <td className={`${td} text-right tabular-nums`}>{value(r.practice.value)}</td>
            <td className={`${td} text-right`}>{r.practice.weight}%</td>
          </tr>
        </tbody>
      </table>
      {skills.length > 0 ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer">{t("readiness.perSkill")}</summary>
          <ul className="mt-1 grid grid-cols-1 gap-x-4 sm:grid-cols-2">
            {skills.map(([skill, score]) => {
              const key = skillLabelKey(skill);
              return (
                <li key={skill}>
                  {key ? t(key) : skill}: {number(score, 1)}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
