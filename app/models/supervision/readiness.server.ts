/**
 * The facts the readiness index needs (app/engine/readiness), read for many people at once: the
 * skill scores of each person's last exam calls in the window, their certificates and whether one
 * was ever required of them, and their last finished call. Each query seeks per person through
 * the (user_id, finished_at) index, so a thousand people cost a few thousand index lookups rather
 * than a scan of every call.
 */
import { getDb } from "~/db.server";
import { certificationStatus, readiness, READINESS, teamReadiness, type Readiness } from "~/engine/readiness";
import { DAY } from "~/models/notifications/notification.server";

export { READINESS, teamReadiness, type Readiness };

interface ExamRow {
  userId: string;
  skill: string;
  score: number;
  finishedAt: number;
}

export function readinessFor(userIds: readonly string[], now = Date.now()): Map<string, Readiness> {
  const result = new Map<string, Readiness>();
  if (userIds.length === 0) return result;
  const db = getDb().$client;
  const ids = JSON.stringify([...new Set(userIds)]);
  const from = now - READINESS.examWindowDays * DAY;
  const exams = db
    .prepare(
      `select a.user_id as userId, s.skill, s.score, a.finished_at as finishedAt
       from json_each(?) u
       join attempts a on a.id in (
         select x.id from attempts x
         where x.user_id = u.value and x.mode = 'exam' and x.finished_at >= ? and x.finished_at <= ?
         order by x.finished_at desc limit ${READINESS.examsPerSkill})
       join attempt_skill_scores s on s.attempt_id = a.id
       order by a.finished_at desc`,
    )
    .all(ids, from, now) as ExamRow[];
  const certificates = db
    .prepare(
      `select user_id as userId, expires_at as expiresAt from certificates where revoked_at is null and user_id in (select value from json_each(?))`,
    )
    .all(ids) as { userId: string; expiresAt: number }[];
  const required = new Set(
    (
      db
        .prepare(
          `select distinct p.user_id as userId from assignment_progress p join assignments a on a.id = p.assignment_id
         where a.kind = 'certification' and a.archived_at is null and p.user_id in (select value from json_each(?))`,
        )
        .all(ids) as { userId: string }[]
    ).map((r) => r.userId),
  );
  const lastCalls = db
    .prepare(
      `select u.value as userId, (select x.finished_at from attempts x where x.user_id = u.value and x.status = 'finished' and x.finished_at <= ?
         order by x.finished_at desc limit 1) as lastCallAt from json_each(?) u`,
    )
    .all(now, ids) as { userId: string; lastCallAt: number | null }[];

  const scores = new Map<string, Record<string, number[]>>();
  for (const row of exams) {
    const mine = scores.get(row.userId) ?? {};
    (mine[row.skill] ??= []).push(row.score);
    scores.set(row.userId, mine);
  }
  const expiries = new Map<string, number[]>();
  for (const c of certificates) expiries.set(c.userId, [...(expiries.get(c.userId) ?? []), c.expiresAt]);
  for (const { userId, lastCallAt } of lastCalls) {
    const theirs = expiries.get(userId) ?? [];
    const status = certificationStatus(theirs, required.has(userId) || theirs.length > 0, now);
    result.set(userId, readiness({ examScores: scores.get(userId) ?? {}, certification: status, lastCallAt }, now));
  }
  return result;
}
