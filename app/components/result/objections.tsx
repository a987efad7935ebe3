import type { ObjectionFeedback } from "~/engine";
import { OBJECTION_LABEL } from "~/i18n/labels";
import { ModelAnswer } from "~/components/call/turn-feedback";
import { useT } from "~/utils/use-t";

export function ObjectionResults({ objections, lang }: { objections: ObjectionFeedback[]; lang: string }) {
  const { t, number } = useT();
  return (
    <section aria-labelledby="objections-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="objections-heading" className="mb-3 text-lg font-semibold">
        {t("result.objections")}
      </h2>
      {objections.length === 0 ? (
        <p className="text-slate-600">{t("result.noObjections")}</p>
      ) : (
        <ul className="space-y-3">
          {objections.map((objection) => (
            <li key={objection.objectionId} className="rounded border border-slate-100 p-3" data-testid="objection-result">
              <h3 className="font-medium">
                {t(OBJECTION_LABEL[objection.type])}
                {objection.score !== null ? <span className="ml-2 tabular-nums text-slate-600">{number(objection.score)}</span> : null}
              </h3>
              <ul className="mt-1 list-disc pl-5 text-sm" lang={lang}>
                {objection.feedback.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
              {objection.modelAnswer ? <ModelAnswer text={objection.modelAnswer} lang={lang} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
