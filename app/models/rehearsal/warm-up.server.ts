/**
 * What the first rehearsal turn of each script would otherwise pay for, done at boot: the
 * published definitions parsed into the cache, and one practice call of each played in memory —
 * started, answered once by click and once by typing, its view built — so the engine's
 * per-definition indexes, the scorer's per-text memo and V8's compiled code are ready before the
 * first manager arrives (the turn's p99 was the first requests of a fresh server). The turn's
 * prepared statements are compiled here too. Nothing is written to the database.
 */
import { and, eq, isNotNull } from "drizzle-orm";
import { currentView, startAttempt, stepAttempt, type AnyScriptDefinition } from "~/engine";
import { getDb, schema } from "~/db.server";
import { DEFINITION_CACHE_LIMIT, scriptDefinition } from "~/models/content/content.server";
import { attemptStatements } from "./attempt-queries.server";
import { getScorer } from "./scorer.server";

function playOnce(definition: AnyScriptDefinition, answerMode: "choice" | "free"): void {
  const scorer = getScorer();
  const { snapshot } = startAttempt(definition, { seed: 1, mode: "practice", answerMode, scorer, player: { name: "", form: "n" } });
  const first = currentView(definition, snapshot, "practice").options[0];
  if (!first) return;
  const reply = answerMode === "choice" ? { kind: "option" as const, optionId: first.id } : { kind: "text" as const, text: first.text };
  const next = stepAttempt(definition, snapshot, reply, { scorer, elapsedMs: 0 });
  currentView(definition, next.snapshot, "practice");
}

/** Returns how many scripts were warmed; a script that fails here is left for its first request. */
export function warmUpRehearsals(): number {
  // the turn's statements are compiled now, not by the first manager's reply
  attemptStatements();
  const versions = getDb()
    .select({ versionId: schema.contentItems.publishedVersionId })
    .from(schema.contentItems)
    .where(and(eq(schema.contentItems.kind, "script"), isNotNull(schema.contentItems.publishedVersionId)))
    .limit(DEFINITION_CACHE_LIMIT)
    .all();
  let warmed = 0;
  for (const { versionId } of versions) {
    const definition = versionId ? scriptDefinition(versionId) : null;
    if (!definition) continue;
    try {
      playOnce(definition, "choice");
      playOnce(definition, "free");
      warmed += 1;
    } catch (error) {
      console.error(`Warm-up skipped a script version ${versionId}:`, error instanceof Error ? error.message : error);
    }
  }
  return warmed;
}
