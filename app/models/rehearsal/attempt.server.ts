/**
 * Rehearsal attempts. Every query is scoped to the caller (`userId`); the engine does the thinking
 * and this module makes each turn durable: the turn row and the new snapshot are written in one
 * transaction before the response goes out, and `(attempt_id, seq)` is unique so a double submit
 * of the same turn counts once.
 */
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import {
  callSpeakers,
  finishAttempt as engineFinish,
  startAttempt as engineStart,
  stepAttempt as engineStep,
  currentView,
  EngineError,
  type AttemptOutcome,
  type AttemptSnapshot,
  type Blueprint,
  type Player,
  type QualificationCard,
  type Reply,
  type AnyScriptDefinition,
  type TurnRecord,
} from "~/engine";
import { getDb, schema, type Db } from "~/db.server";
import { commitThenSync } from "~/db-sync.server";
import { serverEnv } from "~/env.server";
import { refreshForAttempt } from "~/models/assignments/assignment-progress.server";
import { scriptDefinition } from "~/models/content/content.server";
import { attemptStatements } from "./attempt-queries.server";
import { getScorer } from "./scorer.server";

export type AttemptRow = typeof schema.attempts.$inferSelect;

export class AttemptError extends Error {
  constructor(
    readonly code: "not_found" | "closed" | "stale_turn" | "invalid_reply" | "not_ended",
    message: string,
  ) {
    super(message);
  }
}

export function newSeed(): number {
  return crypto.randomInt(1, 2 ** 31 - 1);
}

/**
 * The player as placeholders see them: the first word of the profile name, and the form of
 * address the person chose on their profile (neutral until they do: "рад(а)" / "рады").
 */
export function playerFor(userId: string): Player {
  const row = getDb()
    .select({ name: schema.users.name, form: schema.users.addressForm })
    .from(schema.users)
    .where(eq(schema.users.id, userId))
    .get();
  const first = (row?.name ?? "").trim().split(/\s+/)[0] ?? "";
  return { name: first.slice(0, 60), form: row?.form ?? "n" };
}

export function createAttempt(input: {
  userId: string;
  itemId: string;
  versionId: string;
  mode: "practice" | "exam";
  answerMode: "choice" | "free";
  seed?: number;
  assignmentId?: string | null;
  /** the player's name and form of address; from the profile by default */
  player?: Player;
  /** an assignment's exam blueprint, laid over the script's (format-2 scripts) */
  blueprint?: Partial<Blueprint>;
  /** when the call started; the clock by default (the demo seed backdates its history) */
  now?: number;
}): string {
  const definition = scriptDefinition(input.versionId);
  if (!definition) throw new AttemptError("not_found", "script version not found");
  const seed = input.seed ?? newSeed();
  const { snapshot } = engineStart(definition, {
    seed,
    mode: input.mode,
    answerMode: input.answerMode,
    scorer: getScorer(),
    player: input.player ?? playerFor(input.userId),
    ...(input.blueprint && { blueprint: input.blueprint }),
  });
  const id = crypto.randomUUID();
  const now = input.now ?? Date.now();
  getDb()
    .insert(schema.attempts)
    .values({
      id,
      userId: input.userId,
      itemId: input.itemId,
      versionId: input.versionId,
      assignmentId: input.assignmentId ?? null,
      mode: input.mode,
      answerMode: input.answerMode,
      seed,
      snapshot,
      passMark: definition.meta.passMark,
      startedAt: now,
      updatedAt: now,
    })
    .run();
  return id;
}

/** The caller's own attempt, or null: there is no unscoped way to read an attempt here. */
export function getOwnAttempt(id: string, userId: string): AttemptRow | null {
  return attemptStatements().ownAttempt.get({ id, userId }) ?? null;
}

export type AttemptHead = Pick<AttemptRow, "id" | "versionId" | "status" | "mode">;

/**
 * The caller's own attempt without its snapshot, or null: for an action that only needs to know
 * the call exists and which script version it plays before `submitTurnDurably` reads the row in
 * its transaction (the snapshot's JSON was parsed twice per turn).
 */
export function getOwnAttemptHead(id: string, userId: string): AttemptHead | null {
  return attemptStatements().ownAttemptHead.get({ id, userId }) ?? null;
}

/** The snapshot column is JSON, parsed by drizzle; kept as a function for the callers that read it. */
export function parseSnapshot(row: AttemptRow): AttemptSnapshot {
  return row.snapshot;
}

export function attemptDefinition(row: Pick<AttemptRow, "versionId">): AnyScriptDefinition {
  const definition = scriptDefinition(row.versionId);
  if (!definition) throw new AttemptError("not_found", "script version not found");
  return definition;
}

/** Who speaks in this attempt, by speaker id, from its pinned version and drawn persona variant. */
export function attemptSpeakers(row: AttemptRow) {
  return callSpeakers(attemptDefinition(row), parseSnapshot(row));
}

export function attemptView(row: AttemptRow) {
  return currentView(attemptDefinition(row), parseSnapshot(row), row.mode);
}

export type TurnRow = typeof schema.attemptTurns.$inferSelect;

export function attemptTurns(attemptId: string): TurnRow[] {
  return attemptStatements().turnsOf.all({ attemptId });
}

/** The attempt's latest turn, or null before the first. */
export function lastAttemptTurn(attemptId: string): TurnRow | null {
  return attemptStatements().lastTurnOf.get({ attemptId }) ?? null;
}

/**
 * Applies the manager's reply number `seq`. If that turn is already stored (a double submit or a
 * retry after a lost response) nothing changes and `duplicate` is true.
 */
export function submitTurn(input: TurnInput): TurnResult {
  return storeTurn(getDb(), input);
}

/**
 * submitTurn for a request that acknowledges the turn: resolves once the turn is as durable as the
 * connection's setting makes it, and only then may the reply say "accepted". DB_TURN_SYNC=deferred:
 * the commit does not hold the process while the disk syncs (db-sync.server.ts, ADR 0009);
 * inline (the default): the commit itself waits, as submitTurn.
 */
export async function submitTurnDurably(input: TurnInput, sync: "inline" | "deferred" = serverEnv().DB_TURN_SYNC): Promise<TurnResult> {
  const db = getDb();
  if (sync === "inline") return storeTurn(db, input);
  const { result, synced } = commitThenSync(db, () => storeTurn(db, input));
  await synced;
  return result;
}

type TurnInput = { attemptId: string; userId: string; seq: number; reply: Reply; now?: number };
type TurnResult = { turn: TurnRecord | null; duplicate: boolean };

function storeTurn(db: Db, input: TurnInput): TurnResult {
  const statements = attemptStatements(db);
  // better-sqlite3 has one connection: statements prepared on the handle run inside its transaction
  return db.transaction((tx) => {
    const row = statements.ownAttempt.get({ id: input.attemptId, userId: input.userId });
    if (!row) throw new AttemptError("not_found", "attempt not found");
    if (input.seq <= row.turnCount) return { turn: null, duplicate: true };
    if (row.status !== "open") throw new AttemptError("closed", "this call is over");
    if (input.seq !== row.turnCount + 1) throw new AttemptError("stale_turn", "this page is out of date");
    const definition = attemptDefinition(row);
    let result: ReturnType<typeof engineStep>;
    const now = input.now ?? Date.now();
    try {
      // The time since the previous turn (or the start): what this reply took, for exam time limits.
      result = engineStep(definition, parseSnapshot(row), input.reply, {
        scorer: getScorer(),
        elapsedMs: Math.max(0, now - row.updatedAt),
      });
    } catch (error) {
      if (error instanceof EngineError) throw new AttemptError("invalid_reply", error.message);
      throw error;
    }
    const { turn, snapshot } = result;
    statements.insertTurn.run({
      attemptId: row.id,
      seq: input.seq,
      stepId: turn.stepId,
      replyKind: turn.replyKind,
      optionId: input.reply.kind === "option" ? input.reply.optionId : null,
      text: turn.text,
      matchedOptionId: turn.matchedOptionId,
      similarity: turn.similarity,
      unmatched: turn.unmatched ? 1 : 0,
      objectionType: turn.objectionType,
      leadLine: turn.leadLines.join(" "),
      // placeholders of the prepared insert go through the JSON columns' encoder: values, not text
      score: turn,
      mood: turn.moodAfter,
      createdAt: now,
    });
    statements.advance.run({ id: row.id, snapshot, turnCount: input.seq, updatedAt: now, outcome: turn.outcome });
    // A clarification is not unmatched: the lead asked which option was meant.
    if (turn.unmatched && input.reply.kind === "text") {
      tx.insert(schema.unmatchedReplies)
        .values({
          itemId: row.itemId,
          versionId: row.versionId,
          attemptId: row.id,
          stepId: turn.objectionId ?? turn.stepId,
          text: turn.text,
          normalized: getScorer().normalizeForGrouping(turn.text, definition.meta.lang),
          createdAt: now,
        })
        .run();
    }
    return { turn, duplicate: false };
  });
}

export function parseTurnRecord(row: TurnRow): TurnRecord | null {
  return row.score ?? null;
}

const roundScore = (value: number) => Math.round(value * 10) / 10;

interface FinishInput {
  attemptId: string;
  userId: string;
  card: QualificationCard;
  /** when the call finished; the clock by default (the demo seed backdates its history) */
  now?: number;
}

/** Scores the call and the qualification card, and stores the result with per-skill rows. */
export function finishOwnAttempt(input: FinishInput): AttemptOutcome {
  const now = input.now ?? Date.now();
  const outcome = storeOutcome({ ...input, now });
  // After the commit: the assignment it counted for moves on (passed, failed, certificate).
  refreshForAttempt(input.attemptId, now);
  return outcome;
}

function storeOutcome(input: FinishInput & { now: number }): AttemptOutcome {
  const db = getDb();
  const statements = attemptStatements(db);
  // better-sqlite3 has one connection: statements prepared on the handle run inside its transaction
  return db.transaction((tx) => {
    const row = statements.ownAttempt.get({ id: input.attemptId, userId: input.userId });
    if (!row) throw new AttemptError("not_found", "attempt not found");
    if (row.status !== "open") throw new AttemptError("closed", "this call is already finished");
    const definition = attemptDefinition(row);
    const snapshot = parseSnapshot(row);
    if (!currentView(definition, snapshot, row.mode).ended) throw new AttemptError("not_ended", "the call has not ended yet");
    const now = input.now;
    // The call's own duration, start to last turn: filling the card in does not count against a time limit.
    const outcome = engineFinish(definition, snapshot, input.card, {
      scorer: getScorer(),
      elapsedMs: Math.max(0, row.updatedAt - row.startedAt),
    });
    const total = roundScore(outcome.total);
    tx.update(schema.attempts)
      .set({
        status: "finished",
        outcome: outcome.outcome,
        score: total,
        finalScore: total,
        passed: outcome.passed,
        result: outcome,
        qualification: input.card,
        finishedAt: now,
        updatedAt: now,
      })
      .where(eq(schema.attempts.id, row.id))
      .run();
    for (const [skill, score] of Object.entries(outcome.score.perSkill)) {
      if (typeof score !== "number") continue;
      tx.insert(schema.attemptSkillScores)
        .values({ attemptId: row.id, userId: row.userId, skill, score: roundScore(score), finishedAt: now })
        .run();
    }
    for (const [objectionType, score] of Object.entries(outcome.score.perObjection)) {
      if (typeof score !== "number") continue;
      tx.insert(schema.attemptObjectionScores)
        .values({ attemptId: row.id, userId: row.userId, objectionType, score: roundScore(score), finishedAt: now })
        .run();
    }
    return outcome;
  });
}

export function abandonOwnAttempt(attemptId: string, userId: string): boolean {
  const result = getDb()
    .update(schema.attempts)
    .set({ status: "abandoned", updatedAt: Date.now() })
    .where(and(eq(schema.attempts.id, attemptId), eq(schema.attempts.userId, userId), eq(schema.attempts.status, "open")))
    .run();
  return result.changes === 1;
}

export function parseOutcome(row: AttemptRow): AttemptOutcome | null {
  return row.result ?? null;
}
