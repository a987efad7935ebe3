/**
 * The statements a rehearsal turn runs on every request, built and prepared once per database
 * handle instead of once per call: drizzle rebuilt the SQL text and better-sqlite3 compiled it
 * again on each read and write, about a third of a turn's time outside the engine (measured with
 * a CPU profile of `tests/bench/turn.bench.ts`'s workload). Keyed by handle, because tests and
 * the benchmarks open a fresh database in the same process; the entries go with their handle.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { perDatabase, schema, type Db } from "~/db.server";

const p = <T extends string>(name: T) => sql.placeholder(name);

function prepare(db: Db) {
  const a = schema.attempts;
  const t = schema.attemptTurns;
  return {
    ownAttempt: db
      .select()
      .from(a)
      .where(and(eq(a.id, p("id")), eq(a.userId, p("userId"))))
      .prepare(),
    /** what an action needs to route a request before the turn's transaction: no snapshot to parse */
    ownAttemptHead: db
      .select({ id: a.id, versionId: a.versionId, status: a.status, mode: a.mode })
      .from(a)
      .where(and(eq(a.id, p("id")), eq(a.userId, p("userId"))))
      .prepare(),
    turnsOf: db
      .select()
      .from(t)
      .where(eq(t.attemptId, p("attemptId")))
      .orderBy(asc(t.seq))
      .prepare(),
    /** the call page shows only the last turn's feedback: one row, not every turn's score parsed */
    lastTurnOf: db
      .select()
      .from(t)
      .where(eq(t.attemptId, p("attemptId")))
      .orderBy(desc(t.seq))
      .limit(1)
      .prepare(),
    insertTurn: db
      .insert(t)
      .values({
        attemptId: p("attemptId"),
        seq: p("seq"),
        stepId: p("stepId"),
        replyKind: p("replyKind"),
        optionId: p("optionId"),
        text: p("text"),
        matchedOptionId: p("matchedOptionId"),
        similarity: p("similarity"),
        unmatched: p("unmatched"),
        objectionType: p("objectionType"),
        leadLine: p("leadLine"),
        score: p("score"),
        mood: p("mood"),
        createdAt: p("createdAt"),
      })
      .prepare(),
    advance: db
      .update(a)
      // the snapshot's placeholder is bound to its column, so the JSON column's encoder writes it (as the insert's do)
      .set({
        snapshot: sql`${sql.param(p("snapshot"), a.snapshot)}`,
        turnCount: sql`${p("turnCount")}`,
        updatedAt: sql`${p("updatedAt")}`,
        outcome: sql`${p("outcome")}`,
      })
      .where(eq(a.id, p("id")))
      .prepare(),
  };
}

export type AttemptStatements = ReturnType<typeof prepare>;

/** The prepared statements of the process's database handle. */
export const attemptStatements: (db?: Db) => AttemptStatements = perDatabase(prepare);
