/**
 * Where an assignee stands, recomputed from the facts (finished attempts, quiz attempts, lesson
 * reads, open disputes) rather than nudged step by step: the same call after a finish, an
 * override or a dispute always gives the right answer, and calling it twice changes nothing.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { issueCertificate } from "~/models/certification/certificate.server";
import { assignmentItems, getAssignment } from "./assignment.server";

type Status = (typeof schema.assignmentProgress.$inferSelect)["status"];
type Assignment = NonNullable<ReturnType<typeof getAssignment>>;
type Item = ReturnType<typeof assignmentItems>[number];

interface ItemState {
  tries: number;
  best: number | null;
  done: boolean;
  scored: boolean;
}

function passMarksOf(assignment: Assignment): Map<string, number> {
  if (!assignment.certificationId) return new Map();
  const rows = getDb()
    .select({ itemId: schema.certificationItems.itemId, passMark: schema.certificationItems.passMark })
    .from(schema.certificationItems)
    .where(eq(schema.certificationItems.certificationId, assignment.certificationId))
    .all();
  return new Map(rows.map((r) => [r.itemId, r.passMark]));
}

/** The calls that count for an assignment item: finished, made for it, in the item's mode. */
export function countedCalls(userId: string, assignmentId: string, itemId: string, mode: "practice" | "exam") {
  return getDb()
    .select({ finalScore: schema.attempts.finalScore, passMark: schema.attempts.passMark })
    .from(schema.attempts)
    .where(
      and(
        eq(schema.attempts.userId, userId),
        eq(schema.attempts.itemId, itemId),
        eq(schema.attempts.assignmentId, assignmentId),
        eq(schema.attempts.status, "finished"),
        eq(schema.attempts.mode, mode),
      ),
    )
    .all();
}

function scriptState(assignment: Assignment, item: Item, userId: string, passMark: number | undefined): ItemState {
  const rows = countedCalls(userId, assignment.id, item.itemId, item.mode);
  const best = rows.reduce<number | null>(
    (max, r) => (r.finalScore !== null && (max === null || r.finalScore > max) ? r.finalScore : max),
    null,
  );
  if (assignment.kind === "training") return { tries: rows.length, best, done: rows.length > 0, scored: false };
  const passed = rows.some((r) => r.finalScore !== null && r.finalScore >= (passMark ?? r.passMark ?? 0));
  return { tries: rows.length, best, done: passed, scored: true };
}

function quizState(assignment: Assignment, item: Item, userId: string): ItemState {
  const row = getDb()
    .select({
      tries: sql<number>`count(*)`,
      best: sql<number | null>`max(${schema.quizAttempts.score})`,
      passed: sql<number>`max(${schema.quizAttempts.passed})`,
    })
    .from(schema.quizAttempts)
    .where(
      and(
        eq(schema.quizAttempts.userId, userId),
        eq(schema.quizAttempts.itemId, item.itemId),
        eq(schema.quizAttempts.assignmentId, assignment.id),
      ),
    )
    .get();
  return { tries: row?.tries ?? 0, best: row?.best ?? null, done: (row?.passed ?? 0) === 1, scored: true };
}

function lessonState(item: Item, userId: string): ItemState {
  const read = getDb()
    .select({ at: schema.lessonReads.readAt })
    .from(schema.lessonReads)
    .where(and(eq(schema.lessonReads.userId, userId), eq(schema.lessonReads.itemId, item.itemId)))
    .get();
  return { tries: read ? 1 : 0, best: null, done: read !== undefined, scored: false };
}

function hasOpenDispute(assignmentId: string, userId: string): boolean {
  const row = getDb()
    .select({ id: schema.disputes.id })
    .from(schema.disputes)
    .innerJoin(schema.attempts, eq(schema.attempts.id, schema.disputes.attemptId))
    .where(and(eq(schema.attempts.assignmentId, assignmentId), eq(schema.disputes.userId, userId), eq(schema.disputes.status, "open")))
    .get();
  return row !== undefined;
}

export function decideStatus(states: ItemState[], maxTries: number | null, disputed: boolean): Status {
  if (states.length > 0 && states.every((s) => s.done)) return "passed";
  if (disputed) return "awaiting_review";
  const outOfTries = maxTries !== null && states.some((s) => s.scored && !s.done && s.tries >= maxTries);
  if (outOfTries) return "failed";
  return states.some((s) => s.tries > 0) ? "in_progress" : "not_started";
}

/** Recomputes one assignee's row; issues the certificate when a certification is passed. */
export function refreshProgress(assignmentId: string, userId: string, now = Date.now()): Status | null {
  const assignment = getAssignment(assignmentId);
  const before = getDb()
    .select()
    .from(schema.assignmentProgress)
    .where(and(eq(schema.assignmentProgress.assignmentId, assignmentId), eq(schema.assignmentProgress.userId, userId)))
    .get();
  if (!assignment || !before) return null;
  const marks = passMarksOf(assignment);
  const states = assignmentItems(assignmentId).map((item) => {
    if (item.kind === "lesson") return lessonState(item, userId);
    if (item.kind === "quiz") return quizState(assignment, item, userId);
    return scriptState(assignment, item, userId, marks.get(item.itemId) ?? assignment.passMark ?? undefined);
  });
  const status = decideStatus(states, assignment.maxTries, hasOpenDispute(assignmentId, userId));
  const scored = states.filter((s) => s.best !== null).map((s) => s.best ?? 0);
  const bestScore = scored.length > 0 ? Math.round((scored.reduce((a, b) => a + b, 0) / scored.length) * 10) / 10 : null;
  const started = states.some((s) => s.tries > 0);
  getDb()
    .update(schema.assignmentProgress)
    .set({
      status,
      triesUsed: Math.max(0, ...states.filter((s) => s.scored).map((s) => s.tries)),
      bestScore,
      startedAt: before.startedAt ?? (started ? now : null),
      completedAt: status === "passed" ? (before.completedAt ?? now) : null,
      updatedAt: now,
    })
    .where(and(eq(schema.assignmentProgress.assignmentId, assignmentId), eq(schema.assignmentProgress.userId, userId)))
    .run();
  if (status === "passed" && before.status !== "passed" && assignment.kind === "certification" && assignment.certificationId) {
    issueCertificate({ userId, certificationId: assignment.certificationId, assignmentId }, now);
  }
  return status;
}

/**
 * After an assignment's pass mark or tries change: every assignee's status by the same rule as
 * after a call, from the attempts they already made. Returns how many rows were recomputed.
 */
export function refreshAssignment(assignmentId: string, now = Date.now()): number {
  const rows = getDb()
    .select({ userId: schema.assignmentProgress.userId })
    .from(schema.assignmentProgress)
    .where(eq(schema.assignmentProgress.assignmentId, assignmentId))
    .all();
  for (const row of rows) refreshProgress(assignmentId, row.userId, now);
  return rows.length;
}

/** After an attempt is finished or re-scored: refresh the assignment it counted for. */
export function refreshForAttempt(attemptId: string, now = Date.now()): void {
  const row = getDb()
    .select({ assignmentId: schema.attempts.assignmentId, userId: schema.attempts.userId })
    .from(schema.attempts)
    .where(eq(schema.attempts.id, attemptId))
    .get();
  if (row?.assignmentId) refreshProgress(row.assignmentId, row.userId, now);
}

/** After a lesson is read: every open assignment of the reader that holds it. */
export function refreshForItem(userId: string, itemId: string, now = Date.now()): void {
  const rows = getDb()
    .select({ assignmentId: schema.assignmentItems.assignmentId })
    .from(schema.assignmentItems)
    .innerJoin(schema.assignmentProgress, eq(schema.assignmentProgress.assignmentId, schema.assignmentItems.assignmentId))
    .where(
      and(
        eq(schema.assignmentItems.itemId, itemId),
        eq(schema.assignmentProgress.userId, userId),
        inArray(schema.assignmentProgress.status, ["not_started", "in_progress"]),
      ),
    )
    .all();
  for (const row of rows) refreshProgress(row.assignmentId, userId, now);
}
