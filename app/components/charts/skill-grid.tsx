/**
 * Skills at a glance: one card per skill with its level now, the change since the start and a
 * small line. Used by the manager's own progress page and the supervisor's page for a person; each
 * passes its own wording (its messages live in different areas).
 */
import type { ReactNode } from "react";
import { SKILL_LABEL } from "~/i18n/labels";
import type { Skill } from "~/engine/vocabulary";
import { useT } from "~/utils/use-t";
import { Sparkline, seriesColor } from "./line-chart";
import { summariseTrend } from "./trend";

export interface SkillSeries {
  skill: Skill;
  /** oldest first */
  values: number[];
}

export function SkillGrid({
  series,
  sparkLabel,
  change,
}: {
  series: SkillSeries[];
  sparkLabel: (skill: string, values: readonly number[]) => string;
  change: (value: number | null) => ReactNode;
}) {
  const { t, number } = useT();
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {series.map((s, i) => {
        const summary = summariseTrend(s.values);
        if (!summary) return null;
        const name = t(SKILL_LABEL[s.skill]);
        return (
          <li key={s.skill} className="rounded border border-slate-200 p-3" data-testid={`skill-${s.skill}`}>
            <div className="flex items-baseline justify-between gap-2">
              <span className="text-sm font-medium">{name}</span>
              <span className="text-lg font-semibold tabular-nums">{number(summary.now)}</span>
            </div>
            <Sparkline values={s.values} color={seriesColor(i)} label={sparkLabel(name, s.values)} />
            <p className="text-xs">{change(summary.change)}</p>
          </li>
        );
      })}
    </ul>
  );
}

/** A change in points: green when up, red when down, or `early` while there is nothing to compare. */
export function Change({ value, text, early }: { value: number | null; text: (signed: string) => string; early: string }) {
  const { number } = useT();
  if (value === null) return <span className="text-xs text-slate-500">{early}</span>;
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  const tone = value > 0 ? "text-emerald-700" : value < 0 ? "text-red-700" : "text-slate-600";
  return <span className={`text-xs ${tone}`}>{text(`${sign}${number(Math.abs(value), 1)}`)}</span>;
}
