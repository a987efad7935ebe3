import type { MessageKey } from "~/i18n";
import type { CardRow, ShownValue } from "~/models/rehearsal/result-exam.server";
import { useT } from "~/utils/use-t";
import { TableScroll } from "~/components/ui/table-scroll";

const LABEL: Record<string, MessageKey> = {
  fit: "card.fit",
  need: "card.need",
  budget: "card.budget",
  timing: "card.timing",
  decisionMaker: "card.decisionMaker",
};

const ANSWER: Record<"yes" | "partly" | "no", MessageKey> = { yes: "card.fit.yes", partly: "card.fit.partly", no: "card.fit.no" };

/** One value in the interface language where it is a closed answer, else as written (typed or the script's). */
function Value({ value }: { value: ShownValue }) {
  const { t } = useT();
  if (value.kind === "empty") return <span className="text-slate-600">{t("exam.card.empty")}</span>;
  if (value.kind === "answer") return <>{t(ANSWER[value.answer])}</>;
  return value.lang ? <span lang={value.lang}>{value.text}</span> : <bdi>{value.text}</bdi>;
}

/**
 * The card as scored: every field (the five standard ones under their interface-language labels,
 * a script's own under its label in the script's language), what the manager entered, what was
 * true, and a verdict in words as well as colour.
 */
export function QualificationResult({ total, rows, lang }: { total: number; rows: CardRow[]; lang: string }) {
  const { t, number } = useT();
  return (
    <section aria-labelledby="qual-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="qual-heading" className="mb-3 text-lg font-semibold">
        {t("result.qualification")} <span className="tabular-nums text-slate-600">{number(total)}</span>
      </h2>
      <TableScroll label={t("result.qualification")}>
        <table className="w-full text-left text-sm" data-testid="card-result">
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-1 pr-2 font-normal">
                {t("exam.card.field")}
              </th>
              <th scope="col" className="py-1 pr-2 font-normal">
                {t("result.given")}
              </th>
              <th scope="col" className="py-1 pr-2 font-normal">
                {t("result.expected")}
              </th>
              <th scope="col" className="py-1 font-normal">
                {t("exam.card.verdict")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-100" data-field={row.id}>
                <th scope="row" className="py-1 pr-2 font-medium">
                  {row.label !== null ? <span lang={lang}>{row.label}</span> : LABEL[row.id] ? t(LABEL[row.id] as MessageKey) : row.id}
                </th>
                <td className="py-1 pr-2">
                  <Value value={row.given} />
                </td>
                <td className="py-1 pr-2">
                  <Value value={row.expected} />
                </td>
                <td className={`py-1 font-medium ${row.correct ? "text-green-800" : "text-red-800"}`}>
                  <span aria-hidden="true">{row.correct ? "✓ " : "✗ "}</span>
                  {row.correct ? t("exam.card.correct") : t("exam.card.incorrect")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
