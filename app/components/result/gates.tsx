import { Fragment } from "react";
import { OBJECTION_LABEL } from "~/i18n/labels";
import { fill } from "~/components/ui/user-text";
import type { GateName, GateResult } from "~/engine";
import type { MessageKey } from "~/i18n";
import type { PoolObjection } from "~/models/assignments/assignment-blueprint.server";
import type { ScorePart } from "~/models/rehearsal/result-exam.server";
import { useT } from "~/utils/use-t";
import { TableScroll } from "~/components/ui/table-scroll";

const GATE: Record<GateName, MessageKey> = {
  passMark: "exam.gate.passMark",
  minCard: "exam.gate.minCard",
  minTurns: "exam.gate.minTurns",
  objections: "exam.gate.objections",
  timeLimit: "exam.gate.timeLimit",
};

const PART: Record<ScorePart["part"], MessageKey> = { call: "exam.parts.call", goal: "exam.parts.goal", card: "exam.parts.card" };

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(Math.round(seconds) % 60).padStart(2, "0")}`;
}

/**
 * Why a call did not pass, gate by gate, in the interface language: the pass mark, the card's
 * minimum, the minimum replies, the exam's required objections (named by kind and the lead's own
 * words) and its time limit.
 */
export function GateNotes({ gates, objections, lang }: { gates: GateResult[]; objections: Record<string, PoolObjection>; lang: string }) {
  const { t, number } = useT();
  const failed = gates.filter((gate) => !gate.ok);
  if (failed.length === 0) return null;
  const missing = (gate: GateResult) => {
    const raised = Array.isArray(gate.actual) ? gate.actual : [];
    return (Array.isArray(gate.required) ? gate.required : []).filter((id) => !raised.includes(id));
  };
  return (
    <section aria-labelledby="gates-heading" className="rounded-lg border border-red-200 bg-red-50 p-5" data-testid="gate-notes">
      <h2 id="gates-heading" className="mb-2 text-lg font-semibold">
        {t("exam.gate.title")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {failed.map((gate) => (
          <li key={gate.gate} data-gate={gate.gate}>
            {gate.gate === "objections"
              ? fill(t(GATE.objections), {
                  objections: missing(gate).map((id, index) => {
                    const objection = objections[id];
                    return (
                      <Fragment key={id}>
                        {index > 0 ? "; " : ""}
                        {objection ? (
                          <>
                            <span className="font-medium">{t(OBJECTION_LABEL[objection.type])}</span> (<q lang={lang}>{objection.line}</q>)
                          </>
                        ) : (
                          id
                        )}
                      </Fragment>
                    );
                  }),
                })
              : gate.gate === "timeLimit"
                ? t(GATE.timeLimit, { actual: clock(Number(gate.actual)), required: clock(Number(gate.required)) })
                : t(GATE[gate.gate], { actual: number(Number(gate.actual)), required: number(Number(gate.required)) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The total's three parts with their weights, so a manager sees what moved it. */
export function ScoreParts({ parts, total }: { parts: ScorePart[]; total: number }) {
  const { t, number } = useT();
  return (
    <section aria-labelledby="parts-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="parts-heading" className="mb-2 text-lg font-semibold">
        {t("exam.parts.title")}
      </h2>
      <TableScroll label={t("exam.parts.title")}>
        <table className="w-full text-left text-sm" data-testid="score-parts">
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-1 pr-2 font-normal">
                {t("exam.parts.part")}
              </th>
              <th scope="col" className="py-1 pr-2 text-right font-normal">
                {t("exam.parts.score")}
              </th>
              <th scope="col" className="py-1 pr-2 text-right font-normal">
                {t("exam.parts.weight")}
              </th>
              <th scope="col" className="py-1 text-right font-normal">
                {t("exam.parts.points")}
              </th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {parts.map((part) => (
              <tr key={part.part} className="border-t border-slate-100" data-part={part.part}>
                <th scope="row" className="py-1 pr-2 font-medium">
                  {t(PART[part.part])}
                </th>
                <td className="py-1 pr-2 text-right">{number(part.score)}</td>
                <td className="py-1 pr-2 text-right">{number(part.weight)} %</td>
                <td className="py-1 text-right">{number((part.score * part.weight) / 100, 1)}</td>
              </tr>
            ))}
            <tr className="border-t border-slate-300 font-semibold">
              <th scope="row" className="py-1 pr-2">
                {t("exam.parts.total")}
              </th>
              <td className="py-1 pr-2" />
              <td className="py-1 pr-2" />
              <td className="py-1 text-right">{number(total)}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
