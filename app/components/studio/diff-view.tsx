import type { MessageKey } from "~/i18n";
import type { Comparison } from "~/models/studio/studio-versions.server";
import { useT } from "~/utils/use-t";
import { QuestionChanges } from "./question-changes";

const SECTION_LABEL: Record<string, MessageKey> = {
  meta: "studio.diff.section.meta",
  step: "studio.diff.section.step",
  objection: "studio.diff.section.objection",
  reveal: "studio.diff.section.reveal",
  end: "studio.diff.section.end",
};
const CHANGE_LABEL: Record<string, MessageKey> = {
  added: "studio.diff.added",
  removed: "studio.diff.removed",
  changed: "studio.diff.changed",
};
const LINE_STYLE = { same: "", add: "bg-green-50 text-green-900", del: "bg-red-50 text-red-900" };
const LINE_MARK = { same: " ", add: "+", del: "−" };

/** Unchanged stretches longer than this are folded to their first and last lines. */
const CONTEXT = 3;

function visibleLines(lines: Comparison["lines"]) {
  const near = (index: number) => lines.slice(Math.max(0, index - CONTEXT), index + CONTEXT + 1).some((line) => line.op !== "same");
  return lines.map((line, index) => ({ line, show: line.op !== "same" || near(index) }));
}

function MachineChanges({ machine }: { machine: NonNullable<Comparison["machine"]> }) {
  const { t } = useT();
  if (machine.length === 0) return <p className="text-sm text-slate-600">{t("studio.diff.noMachineChanges")}</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid="machine-diff">
      {machine.map((change) => (
        <li key={`${change.section}:${change.id}`}>
          <span className="font-medium">{t(SECTION_LABEL[change.section] ?? "studio.diff.section.step")}</span> <code>{change.id}</code>:{" "}
          <span className={change.change === "added" ? "text-green-800" : change.change === "removed" ? "text-red-800" : "text-amber-800"}>
            {t(CHANGE_LABEL[change.change] ?? "studio.diff.changed")}
          </span>
          {change.fields.length > 0 ? (
            <span className="text-slate-600"> — {t("studio.diff.fields", { fields: change.fields.join(", ") })}</span>
          ) : null}
          {change.options.length > 0 ? (
            <ul className="ml-5 list-disc">
              {change.options.map((option) => (
                <li key={option.id}>
                  {t("studio.diff.option", { id: option.id, change: t(CHANGE_LABEL[option.change] ?? "studio.diff.changed") })}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function DiffView({ comparison, fromLabel, toLabel }: { comparison: Comparison; fromLabel: string; toLabel: string }) {
  const { t } = useT();
  const rows = visibleLines(comparison.lines);
  return (
    <section aria-labelledby="diff-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="diff">
      <h2 id="diff-heading" className="text-lg font-semibold">
        {t("studio.diff.title", { from: fromLabel, to: toLabel })}
      </h2>
      {comparison.kind === "script" ? (
        <div>
          <h3 className="font-semibold">{t("studio.diff.machine")}</h3>
          {comparison.machine ? (
            <MachineChanges machine={comparison.machine} />
          ) : (
            <p className="text-sm text-slate-600">{t("studio.diff.machineUnavailable")}</p>
          )}
        </div>
      ) : null}
      {comparison.kind === "quiz" ? (
        <div>
          <h3 className="font-semibold">{t("studio.diff.questions")}</h3>
          {comparison.questions ? (
            <QuestionChanges questions={comparison.questions} />
          ) : (
            <p className="text-sm text-slate-600">{t("studio.diff.machineUnavailable")}</p>
          )}
        </div>
      ) : null}
      <div>
        <h3 className="font-semibold">{t("studio.diff.text")}</h3>
        <p className="mb-2 text-sm text-slate-600">
          {comparison.added + comparison.removed === 0
            ? t("studio.diff.noChanges")
            : t("studio.diff.lines", { added: comparison.added, removed: comparison.removed })}
        </p>
        {comparison.added + comparison.removed > 0 ? (
          <pre className="overflow-auto rounded border border-slate-200 text-xs" data-testid="text-diff">
            {rows.map(({ line, show }, index) =>
              show ? (
                <div key={index} className={LINE_STYLE[line.op]} data-op={line.op}>
                  <span className="inline-block w-10 select-none pr-2 text-right text-slate-400">{line.oldLine ?? ""}</span>
                  <span className="inline-block w-10 select-none pr-2 text-right text-slate-400">{line.newLine ?? ""}</span>
                  <span aria-hidden="true" className="select-none pr-1">
                    {LINE_MARK[line.op]}
                  </span>
                  <span className="sr-only">
                    {line.op === "add" ? t("studio.diff.added") : line.op === "del" ? t("studio.diff.removed") : ""}
                  </span>
                  {line.text}
                </div>
              ) : rows[index - 1]?.show ? (
                <div key={index} className="select-none bg-slate-50 text-center text-slate-400">
                  ⋯
                </div>
              ) : null,
            )}
          </pre>
        ) : null}
      </div>
    </section>
  );
}
