/**
 * Closed sets shared by the supervision models and their pages. They live outside `*.server.ts`
 * because the browser bundle drops server modules, and the pages need these at render time.
 */
export type AssignmentKind = "training" | "test" | "certification";
export type ItemKind = "script" | "quiz" | "lesson";

/** Which content each kind of assignment may hold, and in which mode scripts are played. */
export const KIND_RULES: Record<AssignmentKind, { items: readonly ItemKind[]; mode: "practice" | "exam" }> = {
  training: { items: ["lesson", "script"], mode: "practice" },
  test: { items: ["script", "quiz"], mode: "exam" },
  certification: { items: ["script", "quiz"], mode: "exam" },
};

export type FunnelStatus = "not_started" | "in_progress" | "passed" | "failed" | "awaiting_review" | "overdue";
export const FUNNEL_STATUSES: readonly FunnelStatus[] = ["not_started", "in_progress", "passed", "failed", "overdue", "awaiting_review"];

export const PERIODS = [7, 30, 90, 365] as const;
export type PeriodDays = (typeof PERIODS)[number];

/** Which assignments a supervisor's list shows: archived ones are hidden from managers, not from them. */
export const ASSIGNMENT_SHOWS = ["open", "archived", "all"] as const;
export type AssignmentShow = (typeof ASSIGNMENT_SHOWS)[number];
