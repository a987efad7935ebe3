/** Teams, their supervisors and members. */
import crypto from "node:crypto";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, schema } from "~/db.server";

export function createTeam(input: { name: string; id?: string }): string {
  const id = input.id ?? crypto.randomUUID();
  getDb().insert(schema.teams).values({ id, name: input.name.trim() }).run();
  return id;
}

export function renameTeam(teamId: string, name: string): void {
  getDb().update(schema.teams).set({ name: name.trim() }).where(eq(schema.teams.id, teamId)).run();
}

export function getTeam(teamId: string) {
  return getDb().select().from(schema.teams).where(eq(schema.teams.id, teamId)).get();
}

export function setTeamSupervisors(teamId: string, userIds: readonly string[]): void {
  getDb().transaction((tx) => {
    tx.delete(schema.teamSupervisors).where(eq(schema.teamSupervisors.teamId, teamId)).run();
    for (const userId of new Set(userIds)) tx.insert(schema.teamSupervisors).values({ teamId, userId }).run();
  });
}

/** Adds a member; the hook lets assignments give a newcomer the team's open work. */
export function addTeamMember(teamId: string, userId: string): boolean {
  const result = getDb().insert(schema.teamMembers).values({ teamId, userId }).onConflictDoNothing().run();
  if (result.changes > 0) for (const hook of memberAddedHooks) hook(teamId, userId);
  return result.changes > 0;
}

export function removeTeamMember(teamId: string, userId: string): void {
  getDb()
    .delete(schema.teamMembers)
    .where(and(eq(schema.teamMembers.teamId, teamId), eq(schema.teamMembers.userId, userId)))
    .run();
}

type MemberAddedHook = (teamId: string, userId: string) => void;
const memberAddedHooks: MemberAddedHook[] = [];
export function onTeamMemberAdded(hook: MemberAddedHook): void {
  memberAddedHooks.push(hook);
}

/** Every active team, or with `supervisorId` only the teams that user supervises. */
export function listTeams(options: { supervisorId?: string } = {}) {
  const db = getDb();
  const scope = options.supervisorId === undefined ? undefined : supervisedTeamIds(options.supervisorId);
  if (scope && scope.length === 0) return [];
  const teams = db
    .select({
      id: schema.teams.id,
      name: schema.teams.name,
      members: sql<number>`(select count(*) from ${schema.teamMembers} where ${schema.teamMembers.teamId} = ${schema.teams.id})`,
    })
    .from(schema.teams)
    .where(and(isNull(schema.teams.archivedAt), scope ? inArray(schema.teams.id, scope) : undefined))
    .orderBy(asc(schema.teams.name))
    .all();
  const supervisors = db
    .select({ teamId: schema.teamSupervisors.teamId, userId: schema.users.id, name: schema.users.name })
    .from(schema.teamSupervisors)
    .innerJoin(schema.users, eq(schema.users.id, schema.teamSupervisors.userId))
    .all();
  return teams.map((team) => ({ ...team, supervisors: supervisors.filter((s) => s.teamId === team.id) }));
}

export function teamMembers(teamId: string) {
  return getDb()
    .select({ id: schema.users.id, name: schema.users.name, email: schema.users.email, active: schema.users.active })
    .from(schema.teamMembers)
    .innerJoin(schema.users, eq(schema.users.id, schema.teamMembers.userId))
    .where(eq(schema.teamMembers.teamId, teamId))
    .orderBy(asc(schema.users.name))
    .all();
}

export function teamSupervisorIds(teamId: string): string[] {
  return getDb()
    .select({ userId: schema.teamSupervisors.userId })
    .from(schema.teamSupervisors)
    .where(eq(schema.teamSupervisors.teamId, teamId))
    .all()
    .map((r) => r.userId);
}

/** The people of these teams, as a subquery for `inArray(column, teamMembersOf(ids))`. */
export function teamMembersOf(teamIds: string[]) {
  return getDb().select({ userId: schema.teamMembers.userId }).from(schema.teamMembers).where(inArray(schema.teamMembers.teamId, teamIds));
}

/** Team ids the user supervises: the scope of every supervisor query. */
export function supervisedTeamIds(userId: string): string[] {
  return getDb()
    .select({ teamId: schema.teamSupervisors.teamId })
    .from(schema.teamSupervisors)
    .where(eq(schema.teamSupervisors.userId, userId))
    .all()
    .map((r) => r.teamId);
}

export function isTeamSupervisor(userId: string, teamId: string): boolean {
  return supervisedTeamIds(userId).includes(teamId);
}

/** Whether `managerId` is in any team that `supervisorId` supervises. */
export function supervisesUser(supervisorId: string, managerId: string): boolean {
  const teamIds = supervisedTeamIds(supervisorId);
  if (teamIds.length === 0) return false;
  const row = getDb()
    .select({ userId: schema.teamMembers.userId })
    .from(schema.teamMembers)
    .where(and(eq(schema.teamMembers.userId, managerId), inArray(schema.teamMembers.teamId, teamIds)))
    .get();
  return row !== undefined;
}
