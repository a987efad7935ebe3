import { OBJECTION_LABEL } from "~/i18n/labels";
import type { ObjectionType } from "~/engine/vocabulary";
import { useT } from "~/utils/use-t";

export interface ExamBriefData {
  objections: { id: string; type: ObjectionType; line: string }[];
  minTurns: number;
  minCard: number;
  /** seconds */
  timeLimit: number | null;
}

/**
 * What an exam requires, told before it starts: the objections the lead will raise (their kind in
 * the interface language, the lead's words in the script's), the minimum replies, the card's
 * minimum and the time limit.
 */
export function ExamBrief({ brief, lang, id }: { brief: ExamBriefData; lang: string; id: string }) {
  const { t } = useT();
  return (
    <section aria-labelledby={id} className="rounded border border-purple-200 bg-purple-50 p-3 text-sm" data-testid="exam-brief">
      <h3 id={id} className="mb-1 font-semibold">
        {t("exam.brief.title")}
      </h3>
      {brief.objections.length > 0 ? (
        <>
          <p>{t("exam.brief.objections")}</p>
          <ul className="mb-1 list-disc pl-5">
            {brief.objections.map((objection) => (
              <li key={objection.id} data-testid="exam-brief-objection">
                <span className="font-medium">{t(OBJECTION_LABEL[objection.type])}</span>
                {objection.line ? (
                  <>
                    {" "}
                    — <q lang={lang}>{objection.line}</q>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ul className="list-disc pl-5">
        <li>{t("exam.brief.minTurns", { count: brief.minTurns })}</li>
        <li>{t("exam.brief.minCard", { mark: brief.minCard })}</li>
        {brief.timeLimit !== null ? (
          <li data-testid="exam-brief-time">{t("exam.brief.timeLimit", { minutes: Math.round(brief.timeLimit / 6) / 10 })}</li>
        ) : null}
      </ul>
    </section>
  );
}
