/**
 * The team page's roster: each member with their last 30 days of finished calls against the 30
 * before, their last call, and the work still open. One query per table for the whole team.
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { funnelStatus } from "~/models/assignments/assignment.server";
import { DAY } from "~/models/notifications/notification.server";
import { teamMembers } from "~/models/organisation/team.server";

export const ROSTER_DAYS = 30;

export interface RosterRow {
  id: string;
  name: string;
  email: string;
  active: boolean;
  /** finished calls in the last 30 days */
  calls: number;
  /** average final score of those calls */
  average: number | null;
  /** average minus the 30 days before, when both periods have calls */
  change: number | null;
  lastCallAt: number | null;
  openWork: number;
  overdue: number;
}

export function teamRoster(teamId: string, now = Date.now()): RosterRow[] {
  const members = teamMembers(teamId);
  if (members.length === 0) return [];
  const ids = members.map((m) => m.id);
  const a = schema.attempts;
  const recent = now - ROSTER_DAYS * DAY;
  const prior = now - 2 * ROSTER_DAYS * DAY;
  const stats = new Map(
    getDb()
      .select({
        userId: a.userId,
        calls: sql<number>`count(*) filter (where ${a.finishedAt} >= ${recent})`,
        average: sql<number | null>`round(avg(${a.finalScore}) filter (where ${a.finishedAt} >= ${recent}), 1)`,
        prior: sql<
          number | null
        >`round(avg(${a.finalScore}) filter (where ${a.finishedAt} >= ${prior} and ${a.finishedAt} < ${recent}), 1)`,
        lastCallAt: sql<number | null>`max(${a.finishedAt})`,
      })
      .from(a)
      .where(and(inArray(a.userId, ids), eq(a.status, "finished"), sql`${a.finishedAt} <= ${now}`))
      .groupBy(a.userId)
      .all()
      .map((row) => [row.userId, row]),
  );
  const work = new Map<string, { open: number; overdue: number }>();
  const progress = getDb()
    .select({ userId: schema.assignmentProgress.userId, status: schema.assignmentProgress.status, dueAt: schema.assignments.dueAt })
    .from(schema.assignmentProgress)
    .innerJoin(schema.assignments, eq(schema.assignments.id, schema.assignmentProgress.assignmentId))
    .where(and(inArray(schema.assignmentProgress.userId, ids), isNull(schema.assignments.archivedAt)))
    .all();
  for (const row of progress) {
    const funnel = funnelStatus(row.status, row.dueAt, now);
    if (funnel === "passed") continue;
    const entry = work.get(row.userId) ?? { open: 0, overdue: 0 };
    entry.open += 1;
    if (funnel === "overdue") entry.overdue += 1;
    work.set(row.userId, entry);
  }
  return members.map((m) => {
    const s = stats.get(m.id);
    const average = s?.average ?? null;
    const before = s?.prior ?? null;
    return {
      ...m,
      calls: s?.calls ?? 0,
      average,
      change: average !== null && before !== null ? Math.round((average - before) * 10) / 10 : null,
      lastCallAt: s?.lastCallAt ?? null,
      openWork: work.get(m.id)?.open ?? 0,
      overdue: work.get(m.id)?.overdue ?? 0,
    };
  });
}
