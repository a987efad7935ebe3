/**
 * The supervisor's dashboards. Every query is limited to the members of teams the supervisor
 * owns (a sub-select on team_members, so the scope is applied inside SQLite, not after), and to a
 * period. Totals use `final_score`, so an override shows everywhere at once.
 */
import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { getDb, schema } from "~/db.server";
import { supervisedTeamIds, teamMembersOf } from "~/models/organisation/team.server";
import { DAY } from "~/models/notifications/notification.server";

import { PERIODS, type PeriodDays } from "~/utils/closed-sets";
export { PERIODS, type PeriodDays };

export interface Scope {
  teamIds: string[];
  from: number;
  to: number;
}

export function parsePeriod(raw: string | null): PeriodDays {
  return PERIODS.find((p) => String(p) === raw) ?? 30;
}

/**
 * The caller's teams (or the one asked for, if it is theirs) and the period: the last `days`
 * calendar days (UTC) including today, so "7 days" starts at midnight six days ago. Whole days let
 * the all-teams heat map read the per-day totals in `team_skill_days`.
 */
export function scopeFor(supervisorId: string, teamId: string | null, days: PeriodDays, now = Date.now()): Scope {
  const own = supervisedTeamIds(supervisorId);
  const teamIds = teamId ? own.filter((id) => id === teamId) : own;
  const today = Math.floor(now / DAY) * DAY;
  return { teamIds, from: today - (days - 1) * DAY, to: now + 1 };
}

function inScope(userColumn: SQLiteColumn, finishedColumn: SQLiteColumn, scope: Scope): SQL | undefined {
  return and(inArray(userColumn, teamMembersOf(scope.teamIds)), gte(finishedColumn, scope.from), lt(finishedColumn, scope.to));
}

/** Names for the grouped rows, read once: joining them inside the aggregate costs a lookup per score row. */
function withNames<T extends { rowId: string }>(rows: T[], names: { id: string; name: string }[]): (T & { name: string })[] {
  const byId = new Map(names.map((n) => [n.id, n.name]));
  return rows.map((row) => ({ ...row, name: byId.get(row.rowId) ?? "" }));
}

/** Average per skill for each person in the scope (rows: people). */
export function personSkillMap(scope: Scope) {
  if (scope.teamIds.length === 0) return [];
  const s = schema.attemptSkillScores;
  const rows = getDb()
    .select({ rowId: s.userId, skill: s.skill, avg: sql<number>`round(avg(${s.score}), 1)`, n: sql<number>`count(*)` })
    .from(s)
    .where(inScope(s.userId, s.finishedAt, scope))
    .groupBy(s.userId, s.skill)
    .all();
  const people = getDb()
    .select({ id: schema.users.id, name: schema.users.name })
    .from(schema.users)
    .where(inArray(schema.users.id, teamMembersOf(scope.teamIds)))
    .all();
  return withNames(rows, people);
}

/**
 * Average per skill for each team in the scope (rows: teams), from the per-day totals that
 * triggers keep for each team's current members: a few thousand rows for a year of ten teams,
 * where the skill rows themselves number in the hundreds of thousands.
 */
export function teamSkillMap(scope: Scope) {
  if (scope.teamIds.length === 0) return [];
  const d = schema.teamSkillDays;
  const rows = getDb()
    .select({ rowId: d.teamId, skill: d.skill, avg: sql<number>`round(sum(${d.total}) / sum(${d.n}), 1)`, n: sql<number>`sum(${d.n})` })
    .from(d)
    .where(and(inArray(d.teamId, scope.teamIds), gte(d.day, Math.floor(scope.from / DAY)), lt(d.day, Math.floor((scope.to - 1) / DAY) + 1)))
    .groupBy(d.teamId, d.skill)
    .having(sql`sum(${d.n}) > 0`)
    .all();
  const teams = getDb()
    .select({ id: schema.teams.id, name: schema.teams.name })
    .from(schema.teams)
    .where(inArray(schema.teams.id, scope.teamIds))
    .all();
  return withNames(rows, teams);
}

/** Objection types by average score, worst first. */
export function worstObjections(scope: Scope, limit = 8) {
  if (scope.teamIds.length === 0) return [];
  const o = schema.attemptObjectionScores;
  return getDb()
    .select({ type: o.objectionType, avg: sql<number>`round(avg(${o.score}), 1)`, n: sql<number>`count(*)` })
    .from(o)
    .where(inScope(o.userId, o.finishedAt, scope))
    .groupBy(o.objectionType)
    .orderBy(sql`avg(${o.score})`)
    .limit(limit)
    .all();
}

/** Finished calls in the scope, newest first; only one person's when `userId` is given. */
export function recentAttempts(scope: Scope, limit = 15, userId?: string) {
  if (scope.teamIds.length === 0) return [];
  const a = schema.attempts;
  return getDb()
    .select({
      id: a.id,
      name: schema.users.name,
      userId: a.userId,
      title: schema.contentItems.title,
      mode: a.mode,
      score: a.score,
      finalScore: a.finalScore,
      overridden: sql<boolean>`${a.scoreOverride} is not null`,
      passed: a.passed,
      finishedAt: a.finishedAt,
    })
    .from(a)
    .innerJoin(schema.users, eq(schema.users.id, a.userId))
    .innerJoin(schema.contentItems, eq(schema.contentItems.id, a.itemId))
    .where(and(eq(a.status, "finished"), inScope(a.userId, a.finishedAt, scope), userId === undefined ? undefined : eq(a.userId, userId)))
    .orderBy(desc(a.finishedAt))
    .limit(limit)
    .all();
}

/** Best average final score in the period; only for teams whose supervisor left it switched on. */
export function leaderboard(scope: Scope, limit = 10) {
  const enabled =
    scope.teamIds.length === 0
      ? []
      : getDb()
          .select({ id: schema.teams.id })
          .from(schema.teams)
          .where(and(inArray(schema.teams.id, scope.teamIds), eq(schema.teams.leaderboardEnabled, true)))
          .all();
  if (enabled.length === 0) return null;
  const a = schema.attempts;
  return getDb()
    .select({ userId: a.userId, name: schema.users.name, avg: sql<number>`round(avg(${a.finalScore}), 1)`, n: sql<number>`count(*)` })
    .from(a)
    .innerJoin(schema.users, eq(schema.users.id, a.userId))
    .where(and(eq(a.status, "finished"), inScope(a.userId, a.finishedAt, { ...scope, teamIds: enabled.map((t) => t.id) })))
    .groupBy(a.userId)
    .orderBy(desc(sql`avg(${a.finalScore})`), asc(schema.users.name))
    .limit(limit)
    .all();
}

/** Monday 1970-01-05, 00:00 UTC: weeks are counted from a Monday, as calendars in RU and EN show them. */
const FIRST_MONDAY = 4 * DAY;

/** One person's skill averages per calendar week (Monday to Sunday, UTC), oldest first. */
export function personSkillTrend(userId: string, from: number, to: number) {
  const s = schema.attemptSkillScores;
  // Literals, not bound parameters: better-sqlite3 binds numbers as REAL, and a REAL divisor would
  // make every call its own "week".
  const week = sql<number>`((${s.finishedAt} - ${sql.raw(String(FIRST_MONDAY))}) / ${sql.raw(String(7 * DAY))})`;
  return getDb()
    .select({ week, skill: s.skill, avg: sql<number>`round(avg(${s.score}), 1)`, n: sql<number>`count(*)` })
    .from(s)
    .where(and(eq(s.userId, userId), gte(s.finishedAt, from), lt(s.finishedAt, to)))
    .groupBy(week, s.skill)
    .orderBy(week)
    .all()
    .map((row) => ({ ...row, weekStart: FIRST_MONDAY + row.week * 7 * DAY }));
}

export function setLeaderboard(teamId: string, enabled: boolean): void {
  getDb().update(schema.teams).set({ leaderboardEnabled: enabled }).where(eq(schema.teams.id, teamId)).run();
}
