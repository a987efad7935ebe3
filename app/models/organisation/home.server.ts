/** What each role's home page shows: real counts and lists, scoped to the caller. */
import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { funnelStatus } from "~/models/assignments/assignment.server";

export function managerHome(userId: string) {
  const db = getDb();
  const teamIds = db
    .select({ teamId: schema.teamMembers.teamId })
    .from(schema.teamMembers)
    .where(eq(schema.teamMembers.userId, userId))
    .all()
    .map((r) => r.teamId);
  const assignments = db
    .select({
      id: schema.assignments.id,
      title: schema.assignments.title,
      kind: schema.assignments.kind,
      dueAt: schema.assignments.dueAt,
      status: schema.assignmentProgress.status,
    })
    .from(schema.assignmentProgress)
    .innerJoin(schema.assignments, eq(schema.assignments.id, schema.assignmentProgress.assignmentId))
    .where(and(eq(schema.assignmentProgress.userId, userId), isNull(schema.assignments.archivedAt)))
    .orderBy(schema.assignments.dueAt)
    .limit(10)
    .all()
    .map((a) => ({ ...a, funnel: funnelStatus(a.status, a.dueAt, Date.now()) }));
  const recent = db
    .select({
      id: schema.attempts.id,
      title: schema.contentItems.title,
      status: schema.attempts.status,
      score: schema.attempts.finalScore,
      passed: schema.attempts.passed,
      startedAt: schema.attempts.startedAt,
    })
    .from(schema.attempts)
    .innerJoin(schema.contentItems, eq(schema.contentItems.id, schema.attempts.itemId))
    .where(eq(schema.attempts.userId, userId))
    .orderBy(desc(schema.attempts.startedAt))
    .limit(5)
    .all();
  return { teamCount: teamIds.length, assignments, recent };
}

export function supervisorHome(userId: string) {
  const db = getDb();
  const teams = db
    .select({
      id: schema.teams.id,
      name: schema.teams.name,
      members: sql<number>`(select count(*) from ${schema.teamMembers} where ${schema.teamMembers.teamId} = ${schema.teams.id})`,
    })
    .from(schema.teams)
    .innerJoin(schema.teamSupervisors, eq(schema.teamSupervisors.teamId, schema.teams.id))
    .where(and(eq(schema.teamSupervisors.userId, userId), isNull(schema.teams.archivedAt)))
    .orderBy(schema.teams.name)
    .all();
  return { teams };
}

export function contentHome() {
  const db = getDb();
  const items = db
    .select({ kind: schema.contentItems.kind, count: sql<number>`count(*)` })
    .from(schema.contentItems)
    .where(isNull(schema.contentItems.archivedAt))
    .groupBy(schema.contentItems.kind)
    .all();
  const unmatched = db
    .select({ count: sql<number>`count(*)` })
    .from(schema.unmatchedReplies)
    .where(isNull(schema.unmatchedReplies.resolvedAt))
    .get();
  const count = (kind: string) => items.find((i) => i.kind === kind)?.count ?? 0;
  return { scripts: count("script"), quizzes: count("quiz"), lessons: count("lesson"), unmatched: unmatched?.count ?? 0 };
}

export function adminHome() {
  const db = getDb();
  const users = db
    .select({ total: sql<number>`count(*)`, active: sql<number>`sum(case when ${schema.users.active} then 1 else 0 end)` })
    .from(schema.users)
    .get();
  const pending = db
    .select({ count: sql<number>`count(*)` })
    .from(schema.users)
    .where(or(isNull(schema.users.passwordHash), inArray(schema.users.active, [false])))
    .get();
  const teams = db
    .select({ count: sql<number>`count(*)` })
    .from(schema.teams)
    .where(isNull(schema.teams.archivedAt))
    .get();
  return { users: users?.total ?? 0, activeUsers: users?.active ?? 0, pendingUsers: pending?.count ?? 0, teams: teams?.count ?? 0 };
}
