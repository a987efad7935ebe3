/** Small shared pieces of the learning and supervision pages: page header, card, empty state, status badge. */
import type { ReactNode } from "react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/utils/use-t";

export function Section({ title, id, children, actions }: { title: string; id: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="rounded bg-slate-50 p-3 text-slate-700">{children}</p>;
}

export const STATUS_LABEL: Record<string, MessageKey> = {
  not_started: "status.not_started",
  in_progress: "status.in_progress",
  passed: "status.passed",
  failed: "status.failed",
  awaiting_review: "status.awaiting_review",
  overdue: "status.overdue",
};

const TONE: Record<string, string> = {
  passed: "bg-green-100 text-green-900",
  failed: "bg-red-100 text-red-900",
  overdue: "bg-red-100 text-red-900",
  awaiting_review: "bg-amber-100 text-amber-900",
  in_progress: "bg-brand-100 text-brand-900",
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useT();
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm ${TONE[status] ?? "bg-slate-100 text-slate-800"}`} data-status={status}>
      {t(STATUS_LABEL[status] ?? "status.not_started")}
    </span>
  );
}

export const KIND_LABEL: Record<"training" | "test" | "certification", MessageKey> = {
  training: "assignment.kind.training",
  test: "assignment.kind.test",
  certification: "assignment.kind.certification",
};

export const th = "border-b px-3 py-2 text-left font-medium";
export const td = "border-b px-3 py-2";
