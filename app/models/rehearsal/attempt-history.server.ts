/**
 * A person's past calls, read for the progress and result pages: the list, the call before this
 * one of the same script, and the per-skill trend. Apart from attempt.server.ts, which makes the
 * turns of an open call durable. Every query is scoped to the caller.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import type { AttemptRow } from "./attempt.server";

/** The caller's attempts, newest first, with the script title. */
export function listOwnAttempts(userId: string, limit = 100) {
  return getDb()
    .select({
      id: schema.attempts.id,
      itemId: schema.attempts.itemId,
      title: schema.contentVersions.title,
      versionNumber: schema.contentVersions.number,
      mode: schema.attempts.mode,
      answerMode: schema.attempts.answerMode,
      status: schema.attempts.status,
      outcome: schema.attempts.outcome,
      finalScore: schema.attempts.finalScore,
      passed: schema.attempts.passed,
      startedAt: schema.attempts.startedAt,
      finishedAt: schema.attempts.finishedAt,
    })
    .from(schema.attempts)
    .innerJoin(schema.contentVersions, eq(schema.contentVersions.id, schema.attempts.versionId))
    .where(eq(schema.attempts.userId, userId))
    .orderBy(desc(schema.attempts.startedAt))
    .limit(limit)
    .all();
}

/** The finished attempt of the same script before this one, for the comparison on the result page. */
export function previousFinishedAttempt(row: AttemptRow): AttemptRow | null {
  return (
    getDb()
      .select()
      .from(schema.attempts)
      .where(
        and(
          eq(schema.attempts.userId, row.userId),
          eq(schema.attempts.itemId, row.itemId),
          eq(schema.attempts.status, "finished"),
          sql`${schema.attempts.startedAt} < ${row.startedAt}`,
        ),
      )
      .orderBy(desc(schema.attempts.startedAt))
      .get() ?? null
  );
}

/** Per-skill scores of the caller's finished attempts over time, for the trend chart. */
export function ownSkillTrend(userId: string) {
  return getDb()
    .select({
      attemptId: schema.attemptSkillScores.attemptId,
      skill: schema.attemptSkillScores.skill,
      score: schema.attemptSkillScores.score,
      finishedAt: schema.attemptSkillScores.finishedAt,
    })
    .from(schema.attemptSkillScores)
    .where(eq(schema.attemptSkillScores.userId, userId))
    .orderBy(asc(schema.attemptSkillScores.finishedAt))
    .all();
}
