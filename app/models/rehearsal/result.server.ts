/** Everything the result page shows, read for the attempt's owner only. */
import { and, desc, eq } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { callSpeakers } from "~/engine";
import { leadLinesBefore } from "~/utils/speakers";
import {
  attemptDefinition,
  attemptTurns,
  getOwnAttempt,
  parseOutcome,
  parseSnapshot,
  parseTurnRecord,
  type AttemptRow,
} from "./attempt.server";
import { previousFinishedAttempt } from "./attempt-history.server";

export function scoreOverrideNote(attemptId: string) {
  return (
    getDb()
      .select({
        reason: schema.auditLog.reason,
        before: schema.auditLog.before,
        after: schema.auditLog.after,
        at: schema.auditLog.createdAt,
      })
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.entityType, "attempt"),
          eq(schema.auditLog.entityId, attemptId),
          eq(schema.auditLog.action, "attempt.score_override"),
        ),
      )
      .orderBy(desc(schema.auditLog.id))
      .get() ?? null
  );
}

/** The result of an attempt for whoever may see it; `row` is already scoped by the caller. */
export function resultOf(row: AttemptRow) {
  const definition = attemptDefinition(row);
  const snapshot = parseSnapshot(row);
  const version = getDb()
    .select({ number: schema.contentVersions.number })
    .from(schema.contentVersions)
    .where(eq(schema.contentVersions.id, row.versionId))
    .get();
  const previous = row.status === "finished" ? previousFinishedAttempt(row) : null;
  const previousOutcome = previous ? parseOutcome(previous) : null;
  const override = scoreOverrideNote(row.id);
  const turns = attemptTurns(row.id).flatMap((turnRow) => {
    const record = parseTurnRecord(turnRow);
    if (!record) return [];
    return [
      {
        seq: turnRow.seq,
        text: record.text,
        unmatched: record.unmatched,
        items: record.score.items,
        // Every line the lead side said before this reply, each with its speaker.
        lead: leadLinesBefore(snapshot.transcript, turnRow.seq),
      },
    ];
  });
  return {
    id: row.id,
    status: row.status,
    title: definition.meta.title,
    slug: definition.meta.id,
    lang: definition.meta.lang,
    persona: definition.meta.persona.name,
    speakers: callSpeakers(definition, snapshot),
    passMark: row.passMark ?? definition.meta.passMark,
    passed: row.passed,
    finalScore: row.finalScore,
    engineScore: row.score,
    finishedAt: row.finishedAt,
    versionNumber: version?.number ?? 0,
    outcome: parseOutcome(row),
    override: override
      ? { reason: override.reason ?? "", before: Number(override.before), after: Number(override.after), at: override.at }
      : null,
    previous:
      previous && previousOutcome
        ? { score: previous.finalScore ?? previousOutcome.total, perSkill: previousOutcome.score.perSkill }
        : null,
    turns,
    transcript: snapshot.transcript,
  };
}

export function attemptResult(attemptId: string, userId: string) {
  const row = getOwnAttempt(attemptId, userId);
  return row ? resultOf(row) : null;
}
