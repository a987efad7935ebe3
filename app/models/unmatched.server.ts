/**
 * The content lead's inbox: free-text replies that matched no option, grouped per script and step
 * by their lemmas (`normalized`, written by the rehearsal): the same lemmas, or a Jaccard overlap
 * of at least 0.6, are one group. From a group an author starts a draft with the reply as a new
 * option of that step, and the group is resolved.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { getWorkingCopy, saveDraft } from "./studio.server";

const SIMILAR = 0.6;

export interface ReplyGroup {
  itemId: string;
  itemTitle: string;
  stepId: string;
  /** the most frequent wording */
  text: string;
  count: number;
  alsoSaid: string[];
  ids: number[];
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
  stepId: string;
  text: string;
  normalized: string;
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

function mostFrequent(texts: string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

export function listUnmatchedGroups(itemId?: string): ReplyGroup[] {
  const conditions = [isNull(schema.unmatchedReplies.resolvedAt), ...(itemId ? [eq(schema.unmatchedReplies.itemId, itemId)] : [])];
  const rows = getDb()
    .select({ id: schema.unmatchedReplies.id, itemId: schema.unmatchedReplies.itemId, stepId: schema.unmatchedReplies.stepId, text: schema.unmatchedReplies.text, normalized: schema.unmatchedReplies.normalized, title: schema.contentItems.title })
    .from(schema.unmatchedReplies)
    .innerJoin(schema.contentItems, eq(schema.contentItems.id, schema.unmatchedReplies.itemId))
    .where(and(...conditions))
    .orderBy(schema.contentItems.title, schema.unmatchedReplies.stepId, schema.unmatchedReplies.id)
    .all();
  const titles = new Map(rows.map((row) => [row.itemId, row.title]));
  return cluster(rows)
    .map((group) => {
      const text = mostFrequent(group.map((row) => row.text));
      const first = group[0];
      return {
        itemId: first?.itemId ?? "",
        itemTitle: titles.get(first?.itemId ?? "") ?? "",
        stepId: first?.stepId ?? "",
        text,
        count: group.length,
        alsoSaid: [...new Set(group.map((row) => row.text))].filter((other) => other !== text).slice(0, 5),
        ids: group.map((row) => row.id),
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
    .set({ resolvedAt: Date.now() })
    .where(and(eq(schema.unmatchedReplies.itemId, itemId), inArray(schema.unmatchedReplies.id, ids)))
    .run();
}

/** Angle brackets and braces would be read as tags or expressions (and refused by the sandbox). */
function asOptionText(text: string): string {
  return text.replace(/[<>{}]/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Adds `<Option to="?" quality="ok">text</Option>` right before the closing tag of the step (or
 * objection) with this id. Returns the new source and the 1-based line of the option, or null when
 * the step is not in the text any more. `to="?"` is left for the author: the checker flags it.
 */
export function insertOption(source: string, stepId: string, text: string): { source: string; line: number } | null {
  const lines = source.split("\n");
  const opening = new RegExp(`<(Step|Objection)\\b[^>]*\\bid="${stepId.replace(/[^a-z0-9-]/gi, "")}"`);
  const start = lines.findIndex((line) => opening.test(line));
  if (start < 0) return null;
  const tag = opening.exec(lines[start] ?? "")?.[1] ?? "Step";
  const closeAt = lines.findIndex((line, index) => index >= start && line.includes(`</${tag}>`));
  if (closeAt < 0) return null;
  const indent = `${/^\s*/.exec(lines[closeAt] ?? "")?.[0] ?? ""}  `;
  lines.splice(closeAt, 0, `${indent}<Option to="?" quality="ok">${asOptionText(text)}</Option>`);
  return { source: lines.join("\n"), line: closeAt + 1 };
}

/** Starts (or extends) the draft with the group's reply as a new option and resolves the group. */
export function addGroupAsOption(input: { itemId: string; ids: number[]; userId: string }): { line: number } | { missingStep: string } {
  const group = listUnmatchedGroups(input.itemId).find((candidate) => input.ids.every((id) => candidate.ids.includes(id)));
  const copy = getWorkingCopy(input.itemId);
  if (!group || !copy) throw new Response("Not found", { status: 404 });
  const inserted = insertOption(copy.source, group.stepId, group.text);
  if (!inserted) return { missingStep: group.stepId };
  const saved = saveDraft({ itemId: input.itemId, source: inserted.source, baseRevision: copy.revision, userId: input.userId });
  if (saved.kind === "conflict") return addGroupAsOption(input);
  resolveReplies(input.itemId, group.ids);
  return { line: inserted.line };
}
