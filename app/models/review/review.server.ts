/**
 * Review: a supervisor reads an attempt of one of their people, comments on turns, overrides the
 * score with a reason (audited: before, after, reason); a manager may dispute a score once, and
 * the supervisor accepts (optionally with an override) or rejects it.
 */
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import type { AttemptRow } from "~/models/rehearsal/attempt.server";
import { refreshForAttempt } from "~/models/assignments/assignment-progress.server";
import { notify } from "~/models/notifications/notification.server";
import { markReviewed } from "./review-queue.server";
import { reviewContext, reviewDone } from "./review-notify.server";
import { overrideSkillScore, scoredSkills } from "./skill-review.server";
import { supervisedTeamIds, supervisesUser, teamMembersOf } from "~/models/organisation/team.server";

export class ReviewError extends Error {
  constructor(readonly code: "not_found" | "score" | "reason" | "body" | "already_disputed" | "not_open" | "not_finished" | "own_call") {
    super(code);
  }
}

/**
 * Nobody judges their own call: a supervisor who is also a member of a team they supervise may
 * read their call here but not comment on it, change its score or answer its dispute.
 */
export function isOwnCall(row: Pick<AttemptRow, "userId">, supervisorId: string): boolean {
  return row.userId === supervisorId;
}

/** The attempt if it belongs to one of the supervisor's people; there is no unscoped read. */
export function reviewableAttempt(attemptId: string, supervisorId: string): AttemptRow | null {
  const row = getDb().select().from(schema.attempts).where(eq(schema.attempts.id, attemptId)).get();
  return row && supervisesUser(supervisorId, row.userId) ? row : null;
}

function requireReviewable(attemptId: string, supervisorId: string): AttemptRow {
  const row = reviewableAttempt(attemptId, supervisorId);
  if (!row) throw new ReviewError("not_found");
  if (isOwnCall(row, supervisorId)) throw new ReviewError("own_call");
  if (row.status !== "finished") throw new ReviewError("not_finished");
  return row;
}

export function listComments(attemptId: string) {
  return getDb()
    .select({
      id: schema.reviewComments.id,
      turnSeq: schema.reviewComments.turnSeq,
      body: schema.reviewComments.body,
      author: schema.users.name,
      createdAt: schema.reviewComments.createdAt,
    })
    .from(schema.reviewComments)
    .innerJoin(schema.users, eq(schema.users.id, schema.reviewComments.authorId))
    .where(eq(schema.reviewComments.attemptId, attemptId))
    .orderBy(asc(schema.reviewComments.id))
    .all();
}

export function addComment(
  input: { attemptId: string; supervisorId: string; turnSeq: number | null; body: string },
  now = Date.now(),
): void {
  const row = requireReviewable(input.attemptId, input.supervisorId);
  const body = input.body.trim();
  if (body.length === 0 || body.length > 2000) throw new ReviewError("body");
  getDb().transaction(() => {
    const comment = getDb()
      .insert(schema.reviewComments)
      .values({ attemptId: row.id, turnSeq: input.turnSeq, authorId: input.supervisorId, body, createdAt: now })
      .returning({ id: schema.reviewComments.id })
      .get();
    reviewDone(
      row,
      input.supervisorId,
      { key: `comment:${comment.id}`, anchor: `comment-${comment.id}`, event: "comment", excerpt: body.slice(0, 500) },
      now,
    );
  });
}

export function parseScore(raw: unknown): number | null {
  const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw.replace(",", ".")) : Number.NaN;
  return Number.isFinite(value) && value >= 0 && value <= 100 ? Math.round(value * 10) / 10 : null;
}

/** Sets the effective score; the engine's own score stays in `score` for the record. */
export function overrideScore(input: { attemptId: string; supervisorId: string; score: number; reason: string }, now = Date.now()): void {
  const row = requireReviewable(input.attemptId, input.supervisorId);
  const reason = input.reason.trim();
  if (reason.length < 5) throw new ReviewError("reason");
  if (!(input.score >= 0 && input.score <= 100)) throw new ReviewError("score");
  const before = row.finalScore ?? row.score;
  getDb().transaction((tx) => {
    tx.update(schema.attempts)
      .set({ scoreOverride: input.score, finalScore: input.score, passed: input.score >= (row.passMark ?? 0), updatedAt: now })
      .where(eq(schema.attempts.id, row.id))
      .run();
    const audit = tx
      .insert(schema.auditLog)
      .values({
        actorId: input.supervisorId,
        action: "attempt.score_override",
        entityType: "attempt",
        entityId: row.id,
        before: before === null ? null : String(before),
        after: String(input.score),
        reason,
        createdAt: now,
      })
      .returning({ id: schema.auditLog.id })
      .get();
    refreshForAttempt(row.id, now);
    reviewDone(
      { ...row, finalScore: input.score },
      input.supervisorId,
      { key: `override:${audit.id}`, anchor: "total-heading", event: "override", excerpt: reason.slice(0, 500), score: input.score },
      now,
    );
  });
}

export function getDispute(attemptId: string) {
  return getDb().select().from(schema.disputes).where(eq(schema.disputes.attemptId, attemptId)).get() ?? null;
}

/** A manager disputes their own finished attempt, once: the whole call, or one skill it was scored on. */
export function openDispute(input: { attemptId: string; userId: string; reason: string; skill?: string | null }, now = Date.now()): void {
  const row = getDb()
    .select()
    .from(schema.attempts)
    .where(and(eq(schema.attempts.id, input.attemptId), eq(schema.attempts.userId, input.userId)))
    .get();
  if (!row) throw new ReviewError("not_found");
  if (row.status !== "finished") throw new ReviewError("not_finished");
  const reason = input.reason.trim();
  if (reason.length < 10 || reason.length > 2000) throw new ReviewError("reason");
  if (getDispute(row.id)) throw new ReviewError("already_disputed");
  const skill = input.skill ?? null;
  if (skill !== null && !scoredSkills(row.id).some((s) => s.skill === skill)) throw new ReviewError("reason");
  getDb().insert(schema.disputes).values({ attemptId: row.id, userId: input.userId, reason, skill, createdAt: now }).run();
  refreshForAttempt(row.id, now);
}

export function resolveDispute(
  input: { attemptId: string; supervisorId: string; decision: "accepted" | "rejected"; resolution: string; score?: number | null },
  now = Date.now(),
): void {
  const row = requireReviewable(input.attemptId, input.supervisorId);
  const dispute = getDispute(row.id);
  if (!dispute || dispute.status !== "open") throw new ReviewError("not_open");
  const resolution = input.resolution.trim();
  if (resolution.length < 5) throw new ReviewError("reason");
  getDb().transaction(() => {
    if (input.decision === "accepted" && input.score !== undefined && input.score !== null) {
      // a dispute about one skill is settled on that skill; one about the call, on its total
      if (dispute.skill)
        overrideSkillScore(
          { attemptId: row.id, supervisorId: input.supervisorId, skill: dispute.skill, score: input.score, reason: resolution },
          now,
        );
      else overrideScore({ attemptId: row.id, supervisorId: input.supervisorId, score: input.score, reason: resolution }, now);
    }
    getDb()
      .update(schema.disputes)
      .set({ status: input.decision, resolvedBy: input.supervisorId, resolution, resolvedAt: now })
      .where(eq(schema.disputes.id, dispute.id))
      .run();
    refreshForAttempt(row.id, now);
    const { title } = reviewContext(row, input.supervisorId);
    notify(
      row.userId,
      "dispute_answered",
      { decision: input.decision, title, excerpt: resolution.slice(0, 500), link: `/review/dispute/${row.id}` },
      `dispute:${dispute.id}`,
      now,
    );
    markReviewed(row.id, input.supervisorId, now);
  });
}

/** Open disputes from the supervisor's people (never their own), oldest first: the review queue. */
export function openDisputes(supervisorId: string) {
  const teamIds = supervisedTeamIds(supervisorId);
  if (teamIds.length === 0) return [];
  const people = teamMembersOf(teamIds);
  return getDb()
    .select({
      attemptId: schema.disputes.attemptId,
      reason: schema.disputes.reason,
      createdAt: schema.disputes.createdAt,
      name: schema.users.name,
      title: schema.contentItems.title,
      score: schema.attempts.finalScore,
    })
    .from(schema.disputes)
    .innerJoin(schema.attempts, eq(schema.attempts.id, schema.disputes.attemptId))
    .innerJoin(schema.users, eq(schema.users.id, schema.disputes.userId))
    .innerJoin(schema.contentItems, eq(schema.contentItems.id, schema.attempts.itemId))
    .where(and(eq(schema.disputes.status, "open"), inArray(schema.disputes.userId, people), ne(schema.disputes.userId, supervisorId)))
    .orderBy(asc(schema.disputes.createdAt))
    .all();
}
