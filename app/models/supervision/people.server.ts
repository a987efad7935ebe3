/**
 * "All my teams" as people: everyone in the supervisor's teams with their readiness and their
 * finished calls and average in the period, least ready first (who needs attention comes first).
 */
import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import type { Scope } from "./dashboard.server";
import { readinessFor, teamReadiness } from "./readiness.server";

export interface PersonRow {
  id: string;
  name: string;
  teams: string[];
  teamIds: string[];
  readiness: number;
  calls: number;
  average: number | null;
}

export function peopleOf(scope: Scope, now = Date.now()): { people: PersonRow[]; teams: Map<string, number | null> } {
  if (scope.teamIds.length === 0) return { people: [], teams: new Map() };
  const members = getDb()
    .select({ id: schema.users.id, name: schema.users.name, teamId: schema.teamMembers.teamId, teamName: schema.teams.name })
    .from(schema.teamMembers)
    .innerJoin(schema.users, eq(schema.users.id, schema.teamMembers.userId))
    .innerJoin(schema.teams, eq(schema.teams.id, schema.teamMembers.teamId))
    .where(and(inArray(schema.teamMembers.teamId, scope.teamIds), eq(schema.users.active, true)))
    .all();
  const ids = [...new Set(members.map((m) => m.id))];
  const a = schema.attempts;
  const stats = new Map(
    getDb()
      .select({ userId: a.userId, calls: sql<number>`count(*)`, average: sql<number | null>`round(avg(${a.finalScore}), 1)` })
      .from(a)
      .where(and(inArray(a.userId, ids), eq(a.status, "finished"), gte(a.finishedAt, scope.from), lt(a.finishedAt, scope.to)))
      .groupBy(a.userId)
      .all()
      .map((row) => [row.userId, row]),
  );
  const ready = readinessFor(ids, now);
  const byId = new Map<string, PersonRow>();
  for (const m of members) {
    const row = byId.get(m.id) ?? {
      id: m.id,
      name: m.name,
      teams: [],
      teamIds: [],
      readiness: ready.get(m.id)?.index ?? 0,
      calls: stats.get(m.id)?.calls ?? 0,
      average: stats.get(m.id)?.average ?? null,
    };
    row.teams.push(m.teamName);
    row.teamIds.push(m.teamId);
    byId.set(m.id, row);
  }
  const people = [...byId.values()].sort((x, y) => x.readiness - y.readiness || x.name.localeCompare(y.name));
  const teams = new Map(
    scope.teamIds.map((teamId) => [
      teamId,
      teamReadiness(members.filter((m) => m.teamId === teamId).map((m) => ready.get(m.id)?.index ?? 0)),
    ]),
  );
  return { people, teams };
}
