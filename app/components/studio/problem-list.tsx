import type { MutableRefObject } from "react";
import { useT } from "~/utils/use-t";
import type { JumpTo, ProblemMark } from "./source-editor";

interface Problem extends ProblemMark {
  code: string;
}

/**
 * Every problem of the draft as a list of links: following one puts the caret on the problem's
 * line and column. The summary line is a live region so typing announces the new count.
 */
export function ProblemList({
  problems,
  checking,
  jumpRef,
  sourceId,
}: {
  problems: Problem[];
  checking: boolean;
  jumpRef: MutableRefObject<JumpTo | null>;
  /** the id of the text's textarea: without JavaScript a link leads there */
  sourceId: string;
}) {
  const { t } = useT();
  const errors = problems.filter((p) => p.severity === "error").length;
  return (
    <section aria-labelledby="problems-heading" className="rounded-lg border border-slate-200 bg-white p-3" data-testid="problems">
      <h2 id="problems-heading" className="font-semibold">
        {t("studio.problems.title")}
      </h2>
      <p role="status" className="mb-2 text-sm text-slate-600">
        {checking
          ? t("studio.problems.checking")
          : problems.length === 0
            ? t("studio.problems.none")
            : t("studio.problems.summary", { errors, warnings: problems.length - errors })}
      </p>
      {problems.length > 0 ? (
        <ol className="max-h-96 space-y-2 overflow-auto text-sm">
          {problems.map((problem, index) => (
            <li
              key={`${problem.line}:${problem.column}:${problem.code}:${index}`}
              className={`border-l-4 pl-2 ${problem.severity === "error" ? "border-red-600" : "border-amber-500"}`}
            >
              <a
                href={`#${sourceId}`}
                className="font-medium text-brand-700 underline"
                onClick={(event) => {
                  if (!jumpRef.current) return;
                  event.preventDefault();
                  jumpRef.current(problem.line, problem.column);
                }}
              >
                {t("studio.problems.at", { line: problem.line, column: problem.column })}
              </a>{" "}
              <span className={problem.severity === "error" ? "text-red-800" : "text-amber-800"}>
                {problem.severity === "error" ? t("studio.problems.error") : t("studio.problems.warning")}:
              </span>{" "}
              <span data-testid="problem-message">{problem.message}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
