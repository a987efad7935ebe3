/**
 * Per-skill review: a supervisor changes one skill's score of a call with a reason. The new value
 * replaces the row in `attempt_skill_scores`, so the heat map, the trend, readiness and the export
 * all follow it, and the per-day team totals stay right through the update trigger of migration
 * 0003 (old value out, new value in). The call's total is left alone: it is a separate judgement,
 * changed with the score override. History, the audit log and the manager's notification keep the
 * before and after. Nobody changes a skill of their own call.
 */
import { and, asc, desc, eq } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { SKILLS } from "~/engine/vocabulary";
import { recordAudit } from "~/models/organisation/admin.server";
import type { AttemptRow } from "~/models/rehearsal/attempt.server";
import { reviewDone } from "./review-notify.server";
import { supervisesUser } from "~/models/organisation/team.server";

export class SkillReviewError extends Error {
  constructor(readonly code: "not_found" | "not_finished" | "own_call" | "skill" | "score" | "reason") {
    super(code);
  }
}

/** The skills a call was scored on, in the rubric's order, with their current scores. */
export function scoredSkills(attemptId: string): { skill: string; score: number }[] {
  const rows = getDb()
    .select({ skill: schema.attemptSkillScores.skill, score: schema.attemptSkillScores.score })
    .from(schema.attemptSkillScores)
    .where(eq(schema.attemptSkillScores.attemptId, attemptId))
    .all();
  const order = (skill: string) => (SKILLS as readonly string[]).indexOf(skill);
  return rows.sort((a, b) => order(a.skill) - order(b.skill));
}

function reviewable(attemptId: string, supervisorId: string): AttemptRow {
  const row = getDb().select().from(schema.attempts).where(eq(schema.attempts.id, attemptId)).get();
  if (!row || !supervisesUser(supervisorId, row.userId)) throw new SkillReviewError("not_found");
  if (row.userId === supervisorId) throw new SkillReviewError("own_call");
  if (row.status !== "finished") throw new SkillReviewError("not_finished");
  return row;
}

export function overrideSkillScore(
  input: { attemptId: string; supervisorId: string; skill: string; score: number; reason: string },
  now = Date.now(),
): void {
  const row = reviewable(input.attemptId, input.supervisorId);
  const reason = input.reason.trim();
  if (reason.length < 5 || reason.length > 2000) throw new SkillReviewError("reason");
  if (!(input.score >= 0 && input.score <= 100)) throw new SkillReviewError("score");
  const current = scoredSkills(row.id).find((s) => s.skill === input.skill);
  if (!current) throw new SkillReviewError("skill");
  const score = Math.round(input.score * 10) / 10;
  const s = schema.attemptSkillScores;
  getDb().transaction((tx) => {
    tx.update(s)
      .set({ score })
      .where(and(eq(s.attemptId, row.id), eq(s.skill, input.skill)))
      .run();
    const saved = tx
      .insert(schema.skillOverrides)
      .values({
        attemptId: row.id,
        skill: input.skill,
        before: current.score,
        after: score,
        reason,
        supervisorId: input.supervisorId,
        createdAt: now,
      })
      .returning({ id: schema.skillOverrides.id })
      .get();
    recordAudit({
      actorId: input.supervisorId,
      action: "attempt.skill_override",
      entityType: "attempt",
      entityId: row.id,
      before: { skill: input.skill, score: current.score },
      after: { skill: input.skill, score },
      reason,
    });
    reviewDone(
      row,
      input.supervisorId,
      { key: `skill:${saved.id}`, anchor: "skills-heading", event: "skill", skill: input.skill, score, excerpt: reason.slice(0, 500) },
      now,
    );
  });
}

/** Every change of a skill on this call, newest first, with who made it. */
export function skillOverridesOf(attemptId: string) {
  const o = schema.skillOverrides;
  return getDb()
    .select({ id: o.id, skill: o.skill, before: o.before, after: o.after, reason: o.reason, at: o.createdAt, author: schema.users.name })
    .from(o)
    .leftJoin(schema.users, eq(schema.users.id, o.supervisorId))
    .where(eq(o.attemptId, attemptId))
    .orderBy(desc(o.id))
    .all();
}

/** The engine's per-skill result with the supervisor's changes applied: what the result page shows. */
export function effectiveSkills<T extends Partial<Record<string, number>>>(attemptId: string, engine: T): T {
  const current = Object.fromEntries(scoredSkills(attemptId).map((s) => [s.skill, s.score]));
  const changed = new Set(
    getDb()
      .select({ skill: schema.skillOverrides.skill })
      .from(schema.skillOverrides)
      .where(eq(schema.skillOverrides.attemptId, attemptId))
      .orderBy(asc(schema.skillOverrides.id))
      .all()
      .map((r) => r.skill),
  );
  const merged: Record<string, number | undefined> = { ...engine };
  for (const skill of changed) if (current[skill] !== undefined) merged[skill] = current[skill];
  return merged as T;
}
