/**
 * A person's assignments as their supervisor sees them: the ones given to the person, and those of
 * the supervisor's own teams they are in (not another team's work), with status, soonest due first.
 */
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { funnelStatus } from "~/models/assignments/assignment.server";
import { supervisedTeamIds } from "~/models/organisation/team.server";

export function personAssignments(supervisorId: string, userId: string, now = Date.now()) {
  const teamIds = supervisedTeamIds(supervisorId);
  const a = schema.assignments;
  return getDb()
    .select({
      id: a.id,
      kind: a.kind,
      title: a.title,
      dueAt: a.dueAt,
      status: schema.assignmentProgress.status,
      bestScore: schema.assignmentProgress.bestScore,
      triesUsed: schema.assignmentProgress.triesUsed,
    })
    .from(schema.assignmentProgress)
    .innerJoin(a, eq(a.id, schema.assignmentProgress.assignmentId))
    .where(
      and(
        eq(schema.assignmentProgress.userId, userId),
        isNull(a.archivedAt),
        or(eq(a.userId, userId), teamIds.length > 0 ? inArray(a.teamId, teamIds) : sql`0`),
      ),
    )
    .orderBy(sql`${a.dueAt} is null`, asc(a.dueAt))
    .all()
    .map((row) => ({ ...row, funnel: funnelStatus(row.status, row.dueAt, now) }));
}
