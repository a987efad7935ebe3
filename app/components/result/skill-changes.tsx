/** Which skill scores a supervisor changed on a call, from what to what, by whom and why. */
import { useT } from "~/utils/use-t";

export interface SkillChange {
  id: number;
  skill: string;
  before: number;
  after: number;
  reason: string;
  author: string | null;
  at: number;
}

/** Which skill scores a supervisor changed, from what to what, and why. */
export function SkillChanges({ changes, skillName }: { changes: SkillChange[]; skillName: (skill: string) => string }) {
  const { t, number, date } = useT();
  if (changes.length === 0) return null;
  return (
    <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="skill-changes">
      <p className="mb-1 font-medium">{t("skillNotes.title")}</p>
      <ul className="space-y-1">
        {changes.map((c) => (
          <li key={c.id}>
            {t("skillNotes.item", { skill: skillName(c.skill), before: number(c.before, 1), after: number(c.after, 1), date: date(c.at) })}{" "}
            <bdi>{c.author ?? ""}</bdi> — <span dir="auto">{c.reason}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
