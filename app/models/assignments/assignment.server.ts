/**
 * Assignments: a training, a test or a certification given to a person or a whole team, with a
 * due date. Every assignee gets a progress row (the funnel reads it); a person who joins a team
 * later gets the team's open assignments through the team hook registered below.
 */
import crypto from "node:crypto";
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { FUNNEL_STATUSES, KIND_RULES, type AssignmentKind, type AssignmentShow, type FunnelStatus } from "~/utils/closed-sets";
import { notify, syncAllReminders } from "~/models/notifications/notification.server";
import type { AssignedBlueprint } from "./assignment-blueprint.server";
import { onTeamMemberAdded, supervisedTeamIds, supervisesUser, teamMembers, teamMembersOf } from "~/models/organisation/team.server";

export { KIND_RULES, FUNNEL_STATUSES, type AssignmentKind, type FunnelStatus, type ItemKind } from "~/utils/closed-sets";

export interface NewAssignment {
  kind: AssignmentKind;
  title: string;
  target: { teamId: string } | { userId: string };
  itemIds: string[];
  passMark?: number | null;
  maxTries?: number | null;
  dueAt?: number | null;
  certificationId?: string | null;
  createdBy: string | null;
  /** a test's exam blueprint per script item (assignment-blueprint.server.ts) */
  blueprints?: Record<string, AssignedBlueprint>;
}

export class AssignmentScopeError extends Error {}

/** Whether `supervisorId` may assign to the target: only their own teams and people. */
export function canAssignTo(supervisorId: string, target: NewAssignment["target"]): boolean {
  return "teamId" in target ? supervisedTeamIds(supervisorId).includes(target.teamId) : supervisesUser(supervisorId, target.userId);
}

export function createAssignment(input: NewAssignment, now = Date.now()): string {
  if (input.createdBy && !canAssignTo(input.createdBy, input.target)) throw new AssignmentScopeError("not your team");
  return insertAssignment(input, now);
}

/** Without the scope check: for re-enrolments the system assigns on its own. */
export function insertAssignment(input: NewAssignment, now = Date.now()): string {
  const id = crypto.randomUUID();
  const mode = KIND_RULES[input.kind].mode;
  const assignees =
    "teamId" in input.target
      ? teamMembers(input.target.teamId)
          .filter((m) => m.active)
          .map((m) => m.id)
      : [input.target.userId];
  getDb().transaction((tx) => {
    tx.insert(schema.assignments)
      .values({
        id,
        kind: input.kind,
        title: input.title.trim(),
        teamId: "teamId" in input.target ? input.target.teamId : null,
        userId: "userId" in input.target ? input.target.userId : null,
        certificationId: input.certificationId ?? null,
        passMark: input.passMark ?? null,
        maxTries: input.maxTries ?? null,
        dueAt: input.dueAt ?? null,
        createdBy: input.createdBy,
        createdAt: now,
      })
      .run();
    input.itemIds.forEach((itemId, sort) => {
      const blueprint = input.blueprints?.[itemId];
      tx.insert(schema.assignmentItems)
        .values({ assignmentId: id, itemId, mode, sort, blueprint: blueprint ?? null })
        .run();
    });
    for (const userId of assignees) tx.insert(schema.assignmentProgress).values({ assignmentId: id, userId, updatedAt: now }).run();
    // in the same transaction: the notification and its e-mail exist exactly when the assignment does
    for (const userId of assignees) announce(id, userId, input.title, input.dueAt ?? null, now);
  });
  // due tomorrow: the reminder should not wait for the hourly job
  if (input.dueAt) syncAllReminders(now);
  return id;
}

function announce(assignmentId: string, userId: string, title: string, dueAt: number | null, now: number): void {
  notify(userId, "assignment_new", { title, dueAt, link: `/assignments/${assignmentId}` }, `new:${assignmentId}`, now);
}

/** A newcomer gets every open team assignment that is not past its due date. */
export function giveTeamAssignments(teamId: string, userId: string, now = Date.now()): number {
  const open = getDb()
    .select({ id: schema.assignments.id, title: schema.assignments.title, dueAt: schema.assignments.dueAt })
    .from(schema.assignments)
    .where(
      and(
        eq(schema.assignments.teamId, teamId),
        isNull(schema.assignments.archivedAt),
        or(isNull(schema.assignments.dueAt), gt(schema.assignments.dueAt, now)),
      ),
    )
    .all();
  let given = 0;
  for (const a of open) {
    const added = getDb().transaction(() => {
      const result = getDb()
        .insert(schema.assignmentProgress)
        .values({ assignmentId: a.id, userId, updatedAt: now })
        .onConflictDoNothing()
        .run();
      if (result.changes > 0) announce(a.id, userId, a.title, a.dueAt, now);
      return result.changes > 0;
    });
    if (added) given += 1;
  }
  if (given > 0) syncAllReminders(now);
  return given;
}

onTeamMemberAdded((teamId, userId) => {
  giveTeamAssignments(teamId, userId);
});

export function getAssignment(id: string) {
  return getDb().select().from(schema.assignments).where(eq(schema.assignments.id, id)).get() ?? null;
}

/** The assignment if the supervisor may see it (their team's, or one of their people's). */
export function assignmentForSupervisor(id: string, supervisorId: string) {
  const row = getAssignment(id);
  if (!row) return null;
  if (row.teamId) return supervisedTeamIds(supervisorId).includes(row.teamId) ? row : null;
  return row.userId && supervisesUser(supervisorId, row.userId) ? row : null;
}

export function assignmentItems(assignmentId: string) {
  return getDb()
    .select({
      itemId: schema.assignmentItems.itemId,
      mode: schema.assignmentItems.mode,
      kind: schema.contentItems.kind,
      slug: schema.contentItems.slug,
      title: schema.contentItems.title,
    })
    .from(schema.assignmentItems)
    .innerJoin(schema.contentItems, eq(schema.contentItems.id, schema.assignmentItems.itemId))
    .where(eq(schema.assignmentItems.assignmentId, assignmentId))
    .orderBy(asc(schema.assignmentItems.sort))
    .all();
}

/**
 * Assignments in the supervisor's scope, newest first: to their teams or to their teams' people.
 * Archived ones only when asked for: managers no longer see them, their supervisor still can.
 */
export function listSupervisorAssignments(supervisorId: string, teamId?: string, show: AssignmentShow = "open") {
  const teamIds = supervisedTeamIds(supervisorId).filter((id) => !teamId || id === teamId);
  if (teamIds.length === 0) return [];
  const people = teamMembersOf(teamIds);
  return getDb()
    .select({
      id: schema.assignments.id,
      kind: schema.assignments.kind,
      title: schema.assignments.title,
      dueAt: schema.assignments.dueAt,
      createdAt: schema.assignments.createdAt,
      archivedAt: schema.assignments.archivedAt,
      teamName: schema.teams.name,
      userName: schema.users.name,
    })
    .from(schema.assignments)
    .leftJoin(schema.teams, eq(schema.teams.id, schema.assignments.teamId))
    .leftJoin(schema.users, eq(schema.users.id, schema.assignments.userId))
    .where(
      and(
        show === "open"
          ? isNull(schema.assignments.archivedAt)
          : show === "archived"
            ? isNotNull(schema.assignments.archivedAt)
            : undefined,
        or(inArray(schema.assignments.teamId, teamIds), inArray(schema.assignments.userId, people)),
      ),
    )
    .orderBy(desc(schema.assignments.createdAt))
    .limit(200)
    .all();
}

/** Overdue is not stored: it is any unfinished status once the due date has passed. */
export function funnelStatus(status: Exclude<FunnelStatus, "overdue">, dueAt: number | null, now: number): FunnelStatus {
  if (status === "passed" || status === "awaiting_review") return status;
  return dueAt !== null && dueAt < now ? "overdue" : status;
}

/** Each assignee with their status, and the counts per status (the funnel). */
export function assignmentFunnel(assignmentId: string, now = Date.now()) {
  const assignment = getAssignment(assignmentId);
  const rows = getDb()
    .select({
      userId: schema.assignmentProgress.userId,
      name: schema.users.name,
      status: schema.assignmentProgress.status,
      triesUsed: schema.assignmentProgress.triesUsed,
      bestScore: schema.assignmentProgress.bestScore,
      completedAt: schema.assignmentProgress.completedAt,
    })
    .from(schema.assignmentProgress)
    .innerJoin(schema.users, eq(schema.users.id, schema.assignmentProgress.userId))
    .where(eq(schema.assignmentProgress.assignmentId, assignmentId))
    .orderBy(asc(schema.users.name))
    .all();
  const people = rows.map((row) => ({ ...row, funnel: funnelStatus(row.status, assignment?.dueAt ?? null, now) }));
  const counts = Object.fromEntries(FUNNEL_STATUSES.map((s) => [s, people.filter((p) => p.funnel === s).length]));
  return { assigned: people.length, counts, people };
}

/** The manager's own assignments with their status, soonest due first. */
export function listOwnAssignments(userId: string, now = Date.now()) {
  return getDb()
    .select({
      id: schema.assignments.id,
      kind: schema.assignments.kind,
      title: schema.assignments.title,
      dueAt: schema.assignments.dueAt,
      status: schema.assignmentProgress.status,
      bestScore: schema.assignmentProgress.bestScore,
    })
    .from(schema.assignmentProgress)
    .innerJoin(schema.assignments, eq(schema.assignments.id, schema.assignmentProgress.assignmentId))
    .where(and(eq(schema.assignmentProgress.userId, userId), isNull(schema.assignments.archivedAt)))
    .orderBy(sql`${schema.assignments.dueAt} is null`, asc(schema.assignments.dueAt))
    .all()
    .map((row) => ({ ...row, funnel: funnelStatus(row.status, row.dueAt, now) }));
}

export function ownProgress(assignmentId: string, userId: string) {
  return (
    getDb()
      .select()
      .from(schema.assignmentProgress)
      .where(and(eq(schema.assignmentProgress.assignmentId, assignmentId), eq(schema.assignmentProgress.userId, userId)))
      .get() ?? null
  );
}

/** The manager's view of one assignment: items, their own attempts under it, and progress. */
export function ownAssignmentView(assignmentId: string, userId: string, now = Date.now()) {
  const progress = ownProgress(assignmentId, userId);
  const assignment = getAssignment(assignmentId);
  if (!progress || !assignment || assignment.archivedAt !== null) return null;
  const attempts = getDb()
    .select({
      id: schema.attempts.id,
      title: schema.contentItems.title,
      mode: schema.attempts.mode,
      finalScore: schema.attempts.finalScore,
      passed: schema.attempts.passed,
      finishedAt: schema.attempts.finishedAt,
      disputed: sql<boolean>`exists (select 1 from ${schema.disputes} where ${schema.disputes.attemptId} = ${schema.attempts.id})`,
    })
    .from(schema.attempts)
    .innerJoin(schema.contentItems, eq(schema.contentItems.id, schema.attempts.itemId))
    .where(and(eq(schema.attempts.assignmentId, assignmentId), eq(schema.attempts.userId, userId), eq(schema.attempts.status, "finished")))
    .orderBy(desc(schema.attempts.finishedAt))
    .all();
  return {
    assignment: {
      id: assignment.id,
      kind: assignment.kind,
      title: assignment.title,
      dueAt: assignment.dueAt,
      passMark: assignment.passMark,
      maxTries: assignment.maxTries,
    },
    status: funnelStatus(progress.status, assignment.dueAt, now),
    triesUsed: progress.triesUsed,
    bestScore: progress.bestScore,
    items: assignmentItems(assignmentId),
    attempts,
  };
}
