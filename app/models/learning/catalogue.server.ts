/** The manager's catalogue: published scripts with what this manager has done and been assigned. */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Lang, LeadType } from "~/engine/vocabulary";
import { getDb, schema } from "~/db.server";
import { countedCalls } from "~/models/assignments/assignment-progress.server";
import { listPublished, scriptDefinition } from "~/models/content/content.server";

export interface CatalogueFilters {
  leadType?: LeadType;
  difficulty?: number;
}

export interface CatalogueEntry {
  itemId: string;
  slug: string;
  title: string;
  summary: string;
  leadType: LeadType;
  difficulty: number;
  best: number | null;
  openAttemptId: string | null;
  dueAt: number | null;
  assigned: boolean;
}

function bestScores(userId: string, itemIds: string[]) {
  if (itemIds.length === 0) return new Map<string, number>();
  const rows = getDb()
    .select({ itemId: schema.attempts.itemId, best: sql<number>`max(${schema.attempts.finalScore})` })
    .from(schema.attempts)
    .where(and(eq(schema.attempts.userId, userId), eq(schema.attempts.status, "finished"), inArray(schema.attempts.itemId, itemIds)))
    .groupBy(schema.attempts.itemId)
    .all();
  return new Map(rows.map((r) => [r.itemId, r.best]));
}

function openAttempts(userId: string) {
  const rows = getDb()
    .select({ id: schema.attempts.id, itemId: schema.attempts.itemId })
    .from(schema.attempts)
    .where(and(eq(schema.attempts.userId, userId), eq(schema.attempts.status, "open")))
    .all();
  return new Map(rows.map((r) => [r.itemId, r.id]));
}

/** Items assigned to the user in open assignments, with the earliest due date. */
export function assignedItems(userId: string): Map<string, { dueAt: number | null; assignmentId: string }> {
  const rows = getDb()
    .select({ itemId: schema.assignmentItems.itemId, dueAt: schema.assignments.dueAt, assignmentId: schema.assignments.id })
    .from(schema.assignmentProgress)
    .innerJoin(schema.assignments, eq(schema.assignments.id, schema.assignmentProgress.assignmentId))
    .innerJoin(schema.assignmentItems, eq(schema.assignmentItems.assignmentId, schema.assignments.id))
    .where(
      and(
        eq(schema.assignmentProgress.userId, userId),
        isNull(schema.assignments.archivedAt),
        inArray(schema.assignmentProgress.status, ["not_started", "in_progress", "failed"]),
      ),
    )
    .all();
  const map = new Map<string, { dueAt: number | null; assignmentId: string }>();
  for (const row of rows) {
    const known = map.get(row.itemId);
    if (!known || (row.dueAt !== null && (known.dueAt === null || row.dueAt < known.dueAt))) {
      map.set(row.itemId, { dueAt: row.dueAt, assignmentId: row.assignmentId });
    }
  }
  return map;
}

export function catalogue(userId: string, lang: Lang, filters: CatalogueFilters = {}): CatalogueEntry[] {
  const items = listPublished("script", lang);
  const best = bestScores(
    userId,
    items.map((i) => i.id),
  );
  const open = openAttempts(userId);
  const assigned = assignedItems(userId);
  const entries: CatalogueEntry[] = [];
  for (const item of items) {
    if (!item.publishedVersionId) continue;
    const definition = scriptDefinition(item.publishedVersionId);
    if (!definition) continue;
    const { meta } = definition;
    if (filters.leadType && meta.leadType !== filters.leadType) continue;
    if (filters.difficulty && meta.difficulty !== filters.difficulty) continue;
    const assignment = assigned.get(item.id);
    entries.push({
      itemId: item.id,
      slug: item.slug,
      title: meta.title,
      summary: meta.summary,
      leadType: meta.leadType,
      difficulty: meta.difficulty,
      best: best.get(item.id) ?? null,
      openAttemptId: open.get(item.id) ?? null,
      dueAt: assignment?.dueAt ?? null,
      assigned: assignment !== undefined,
    });
  }
  return entries.sort(
    (a, b) =>
      Number(b.assigned) - Number(a.assigned) ||
      (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) ||
      a.difficulty - b.difficulty ||
      a.title.localeCompare(b.title),
  );
}

/**
 * For a test or certification item with a limit on tries: how many counted attempts are left
 * (finished attempts in the item's mode made for that assignment), and which mode counts.
 * Null when the assignment sets no limit.
 */
export function triesLeft(userId: string, assignmentId: string, itemId: string): { left: number; mode: "practice" | "exam" } | null {
  const rule = getDb()
    .select({ maxTries: schema.assignments.maxTries, kind: schema.assignments.kind, mode: schema.assignmentItems.mode })
    .from(schema.assignments)
    .innerJoin(
      schema.assignmentItems,
      and(eq(schema.assignmentItems.assignmentId, schema.assignments.id), eq(schema.assignmentItems.itemId, itemId)),
    )
    .where(eq(schema.assignments.id, assignmentId))
    .get();
  if (!rule || rule.maxTries === null || rule.kind === "training") return null;
  const used = countedCalls(userId, assignmentId, itemId, rule.mode).length;
  return { left: Math.max(0, rule.maxTries - used), mode: rule.mode };
}
