/**
 * Versions as the studio shows them, and a comparison between any two of them (or a version and
 * the draft): the text line by line and, for scripts, the machine by id.
 */
import { inArray } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import type { ScriptDefinition } from "~/engine";
import { getVersion, listVersions } from "./content.server";
import { checkCached, type WorkingCopy } from "./studio.server";
import { isScriptDefinition } from "./studio-check.server";
import { lineDiff, machineDiff, type DiffLine, type MachineChange } from "./studio-diff.server";

export function versionsWithAuthors(itemId: string) {
  const versions = listVersions(itemId);
  const ids = [...new Set(versions.flatMap((v) => (v.authorId ? [v.authorId] : [])))];
  const names = new Map(
    ids.length === 0 ? [] : getDb().select({ id: schema.users.id, name: schema.users.name }).from(schema.users).where(inArray(schema.users.id, ids)).all().map((u) => [u.id, u.name]),
  );
  return versions.map((v) => ({ id: v.id, number: v.number, changeNote: v.changeNote, createdAt: v.createdAt, author: v.authorId ? (names.get(v.authorId) ?? null) : null }));
}

interface Side {
  key: string;
  source: string;
  definition: ScriptDefinition | null;
}

/** "draft" or a version id of this item; anything else is not a side. */
function sideOf(copy: WorkingCopy, key: string): Side | null {
  if (key === "draft") {
    const checked = checkCached(copy.item.kind, copy.source);
    return { key, source: copy.source, definition: copy.item.kind === "script" && isScriptDefinition(checked.definition) ? checked.definition : null };
  }
  const version = getVersion(key);
  if (!version || version.itemId !== copy.item.id) return null;
  const parsed: unknown = JSON.parse(version.definition);
  return { key, source: version.source, definition: copy.item.kind === "script" && isScriptDefinition(parsed) ? parsed : null };
}


export interface Comparison {
  from: string;
  to: string;
  lines: DiffLine[];
  added: number;
  removed: number;
  /** null when either side has no machine (errors, or not a script) */
  machine: MachineChange[] | null;
}

export function compare(copy: WorkingCopy, fromKey: string, toKey: string): Comparison | null {
  const from = sideOf(copy, fromKey);
  const to = sideOf(copy, toKey);
  if (!from || !to) return null;
  const lines = lineDiff(from.source, to.source);
  return {
    from: fromKey,
    to: toKey,
    lines,
    added: lines.filter((line) => line.op === "add").length,
    removed: lines.filter((line) => line.op === "del").length,
    machine: from.definition && to.definition ? machineDiff(from.definition, to.definition) : null,
  };
}
