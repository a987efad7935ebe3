/**
 * The supervisor's review queue: exam calls nobody has reviewed yet, open disputes, and practice
 * calls below their pass mark, from the last QUEUE_DAYS days, for the people of the supervisor's
 * teams (never their own calls). A call leaves the queue once a supervisor has commented on it,
 * changed a score, answered its dispute or marked it as reviewed (`attempt_reviews`).
 */
import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, sql, type SQL } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { DAY } from "~/models/notifications/notification.server";
import { supervisedTeamIds, supervisesUser } from "~/models/organisation/team.server";

export const QUEUE_DAYS = 30;
export const QUEUE_KINDS = ["exams", "disputes", "below"] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

/** Idempotent: the first reviewer and time are kept. */
export function markReviewed(attemptId: string, reviewerId: string, now = Date.now()): void {
  getDb().insert(schema.attemptReviews).values({ attemptId, reviewerId, reviewedAt: now }).onConflictDoNothing().run();
}

/** The "mark as reviewed" button: only for a finished call of one of the supervisor's people, never their own. */
export function markReviewedBy(attemptId: string, supervisorId: string, now = Date.now()): boolean {
  const row = getDb()
    .select({ userId: schema.attempts.userId, status: schema.attempts.status })
    .from(schema.attempts)
    .where(eq(schema.attempts.id, attemptId))
    .get();
  if (!row || row.status !== "finished" || row.userId === supervisorId || !supervisesUser(supervisorId, row.userId)) return false;
  markReviewed(attemptId, supervisorId, now);
  return true;
}

export function isReviewed(attemptId: string): boolean {
  return (
    getDb()
      .select({ id: schema.attemptReviews.attemptId })
      .from(schema.attemptReviews)
      .where(eq(schema.attemptReviews.attemptId, attemptId))
      .get() !== undefined
  );
}

function people(supervisorId: string, teamIds: string[]) {
  return getDb()
    .select({ userId: schema.teamMembers.userId })
    .from(schema.teamMembers)
    .where(and(inArray(schema.teamMembers.teamId, teamIds), ne(schema.teamMembers.userId, supervisorId)));
}

function callsWhere(kind: "exams" | "below", supervisorId: string, teamIds: string[], now: number): SQL | undefined {
  const a = schema.attempts;
  const unreviewed = sql`not exists (select 1 from ${schema.attemptReviews} r where r.attempt_id = ${a.id})`;
  const which = kind === "exams" ? eq(a.mode, "exam") : and(eq(a.mode, "practice"), sql`${a.finalScore} < ${a.passMark}`);
  // A finish time is set exactly when a call is finished, so the window alone picks finished calls
  // and the (user, mode, finished_at, …) index answers without reading the table.
  return and(
    inArray(a.userId, people(supervisorId, teamIds)),
    which,
    gte(a.finishedAt, now - QUEUE_DAYS * DAY),
    lt(a.finishedAt, now + 1),
    unreviewed,
  );
}

function disputesWhere(supervisorId: string, teamIds: string[]): SQL | undefined {
  return and(eq(schema.disputes.status, "open"), inArray(schema.disputes.userId, people(supervisorId, teamIds)));
}

export function queueCounts(supervisorId: string, now = Date.now()): Record<QueueKind, number> {
  const teamIds = supervisedTeamIds(supervisorId);
  if (teamIds.length === 0) return { exams: 0, disputes: 0, below: 0 };
  const count = (where: SQL | undefined, table: typeof schema.attempts | typeof schema.disputes) =>
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .where(where)
      .get()?.n ?? 0;
  return {
    exams: count(callsWhere("exams", supervisorId, teamIds, now), schema.attempts),
    disputes: count(disputesWhere(supervisorId, teamIds), schema.disputes),
    below: count(callsWhere("below", supervisorId, teamIds, now), schema.attempts),
  };
}

export interface QueueItem {
  attemptId: string;
  name: string;
  title: string;
  mode: "practice" | "exam";
  score: number | null;
  passMark: number | null;
  at: number;
  /** a dispute's reason, and which skill it is about (null: the whole call) */
  reason?: string;
  skill?: string | null;
}

export function reviewQueue(supervisorId: string, now = Date.now(), limit = 50): Record<QueueKind, QueueItem[]> {
  const teamIds = supervisedTeamIds(supervisorId);
  if (teamIds.length === 0) return { exams: [], disputes: [], below: [] };
  const a = schema.attempts;
  const fields = {
    attemptId: a.id,
    name: schema.users.name,
    title: schema.contentItems.title,
    mode: a.mode,
    score: a.finalScore,
    passMark: a.passMark,
  };
  const calls = (kind: "exams" | "below") =>
    getDb()
      .select({ ...fields, at: sql<number>`${a.finishedAt}` })
      .from(a)
      .innerJoin(schema.users, eq(schema.users.id, a.userId))
      .innerJoin(schema.contentItems, eq(schema.contentItems.id, a.itemId))
      .where(callsWhere(kind, supervisorId, teamIds, now))
      .orderBy(desc(a.finishedAt))
      .limit(limit)
      .all();
  const disputes = getDb()
    .select({ ...fields, at: schema.disputes.createdAt, reason: schema.disputes.reason, skill: schema.disputes.skill })
    .from(schema.disputes)
    .innerJoin(a, eq(a.id, schema.disputes.attemptId))
    .innerJoin(schema.users, eq(schema.users.id, a.userId))
    .innerJoin(schema.contentItems, eq(schema.contentItems.id, a.itemId))
    .where(and(disputesWhere(supervisorId, teamIds), isNull(schema.disputes.resolvedAt)))
    .orderBy(asc(schema.disputes.createdAt))
    .limit(limit)
    .all();
  return { exams: calls("exams"), disputes, below: calls("below") };
}
