import type { CardField, QualificationScore } from "~/engine";
import { QUALIFICATION_FIELDS, type QualificationField } from "~/engine/vocabulary";
import type { MessageKey } from "~/i18n";
import { useT } from "~/utils/use-t";

const LABEL: Record<QualificationField, MessageKey> = {
  fit: "card.fit",
  need: "card.need",
  budget: "card.budget",
  timing: "card.timing",
  decisionMaker: "card.decisionMaker",
};

/** The standard fields, then a script's own (format 2), each under its label in the script's language. */
export function QualificationResult({ qualification, lang, cardFields = [] }: { qualification: QualificationScore; lang: string; cardFields?: CardField[] }) {
  const own = cardFields.filter((field) => !(QUALIFICATION_FIELDS as readonly string[]).includes(field.id));
  const { t, number } = useT();
  return (
    <section aria-labelledby="qual-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="qual-heading" className="mb-3 text-lg font-semibold">
        {t("result.qualification")} <span className="tabular-nums text-slate-600">{number(qualification.total)}</span>
      </h2>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="py-1 pr-2 font-normal" />
            <th scope="col" className="py-1 pr-2 font-normal">{t("result.given")}</th>
            <th scope="col" className="py-1 font-normal">{t("result.expected")}</th>
          </tr>
        </thead>
        <tbody lang={lang}>
          {QUALIFICATION_FIELDS.map((field) => {
            const row = qualification.fields[field];
            if (!row) return null;
            return (
              <tr key={field} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-2 font-medium">
                  {t(LABEL[field])}
                </th>
                <td className={`py-1 pr-2 ${row.correct ? "text-green-800" : "text-red-800"}`}><bdi>{row.given || "—"}</bdi></td>
                <td className="py-1">{row.expected}</td>
              </tr>
            );
          })}
          {own.map((field) => {
            const row = qualification.fields[field.id];
            if (!row) return null;
            const shown = (value: string) => field.values?.[value] ?? value;
            return (
              <tr key={field.id} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-2 font-medium">{field.label ?? field.id}</th>
                <td className={`py-1 pr-2 ${row.correct ? "text-green-800" : "text-red-800"}`}>{row.given ? shown(row.given) : "—"}</td>
                <td className="py-1">{shown(row.expected)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
