/**
 * The content lead's inbox: free-text replies that matched no option, grouped per script and step
 * by their lemmas (`normalized`, written by the rehearsal): the same lemmas, or a Jaccard overlap
 * of at least 0.6, are one group. From a group an author teaches the draft (inbox-teach.server.ts);
 * a group leaves the inbox when a published version matches it (inbox-recheck.server.ts) or when
 * it is dismissed. Resolved rows are kept for audit.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb, schema } from "~/db.server";

const SIMILAR = 0.6;

export interface ReplyGroup {
  itemId: string;
  itemTitle: string;
  stepId: string;
  /** the version of the newest reply: its options are the ones to attach to */
  versionId: string;
  /** the most frequent wording */
  text: string;
  count: number;
  alsoSaid: string[];
  /** every distinct wording, most frequent first */
  wordings: string[];
  ids: number[];
  /** the option id it was taught to in the draft, when any of its replies was */
  draftedAs: string | null;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

interface Row {
  id: number;
  itemId: string;
  versionId: string;
  stepId: string;
  text: string;
  normalized: string;
  draftedAs: string | null;
}

/** Greedy clustering against each group's first reply: inbox groups are small and this stays predictable. */
function cluster(rows: Row[]): Row[][] {
  const groups: { lemmas: Set<string>; key: string; rows: Row[] }[] = [];
  for (const row of rows) {
    const lemmas = new Set(row.normalized.split(" ").filter(Boolean));
    const home = groups.find((g) => g.key === `${row.itemId}\u0000${row.stepId}` && jaccard(g.lemmas, lemmas) >= SIMILAR);
    if (home) home.rows.push(row);
    else groups.push({ lemmas, key: `${row.itemId}\u0000${row.stepId}`, rows: [row] });
  }
  return groups.map((g) => g.rows);
}

function byFrequency(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([text]) => text);
}

export function listUnmatchedGroups(itemId?: string): ReplyGroup[] {
  const conditions = [isNull(schema.unmatchedReplies.resolvedAt), ...(itemId ? [eq(schema.unmatchedReplies.itemId, itemId)] : [])];
  const rows = getDb()
    .select({
      id: schema.unmatchedReplies.id,
      itemId: schema.unmatchedReplies.itemId,
      versionId: schema.unmatchedReplies.versionId,
      draftedAs: schema.unmatchedReplies.draftedAs,
      stepId: schema.unmatchedReplies.stepId,
      text: schema.unmatchedReplies.text,
      normalized: schema.unmatchedReplies.normalized,
      title: schema.contentItems.title,
    })
    .from(schema.unmatchedReplies)
    .innerJoin(schema.contentItems, eq(schema.contentItems.id, schema.unmatchedReplies.itemId))
    .where(and(...conditions))
    .orderBy(schema.contentItems.title, schema.unmatchedReplies.stepId, schema.unmatchedReplies.id)
    .all();
  const titles = new Map(rows.map((row) => [row.itemId, row.title]));
  return cluster(rows)
    .map((group) => {
      const wordings = byFrequency(group.map((row) => row.text));
      const text = wordings[0] ?? "";
      const first = group[0];
      const newest = group.at(-1);
      return {
        itemId: first?.itemId ?? "",
        itemTitle: titles.get(first?.itemId ?? "") ?? "",
        stepId: first?.stepId ?? "",
        versionId: newest?.versionId ?? "",
        text,
        count: group.length,
        alsoSaid: wordings.slice(1, 6),
        wordings: wordings.slice(0, 20),
        ids: group.map((row) => row.id),
        draftedAs: group.find((row) => row.draftedAs !== null)?.draftedAs ?? null,
      };
    })
    .sort((a, b) => b.count - a.count);
}

/** Scripts that have open replies, for the inbox's filter. */
export function itemsWithUnmatched() {
  return getDb()
    .selectDistinct({ id: schema.contentItems.id, title: schema.contentItems.title })
    .from(schema.unmatchedReplies)
    .innerJoin(schema.contentItems, eq(schema.contentItems.id, schema.unmatchedReplies.itemId))
    .where(isNull(schema.unmatchedReplies.resolvedAt))
    .orderBy(schema.contentItems.title)
    .all();
}

export function resolveReplies(itemId: string, ids: number[]): void {
  if (ids.length === 0) return;
  getDb()
    .update(schema.unmatchedReplies)
    .set({ resolvedAt: Date.now(), resolution: "dismissed" })
    .where(
      and(eq(schema.unmatchedReplies.itemId, itemId), inArray(schema.unmatchedReplies.id, ids), isNull(schema.unmatchedReplies.resolvedAt)),
    )
    .run();
}
