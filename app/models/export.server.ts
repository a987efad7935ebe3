/**
 * Results as CSV, streamed: a ReadableStream that reads one page of rows per pull (keyset on
 * finished_at, id), so a year of a large department never sits in memory as one string. UTF-8
 * with a BOM, because Excel otherwise shows Cyrillic names as mojibake.
 */
import { and, asc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import type { Scope } from "./dashboard.server";

export const CSV_HEADER = ["finished_at", "manager", "email", "scenario", "mode", "engine_score", "final_score", "overridden", "passed"] as const;
const PAGE = 500;

/** Quotes a field when it holds a separator, quote or line break; neutralises spreadsheet formulas. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function page(scope: Scope, after: { at: number; id: string } | null) {
  const a = schema.attempts;
  const members = getDb().select({ userId: schema.teamMembers.userId }).from(schema.teamMembers).where(inArray(schema.teamMembers.teamId, scope.teamIds));
  // A row-value comparison lets SQLite seek the (finished_at, id) index instead of rescanning.
  const cursor: SQL | undefined = after ? sql`(${a.finishedAt}, ${a.id}) > (${after.at}, ${after.id})` : undefined;
  return getDb()
    .select({ id: a.id, finishedAt: a.finishedAt, name: schema.users.name, email: schema.users.email, title: schema.contentItems.title, mode: a.mode, score: a.score, finalScore: a.finalScore, override: a.scoreOverride, passed: a.passed })
    .from(a)
    .innerJoin(schema.users, eq(schema.users.id, a.userId))
    .innerJoin(schema.contentItems, eq(schema.contentItems.id, a.itemId))
    // `+user_id` keeps SQLite off the per-person index: walking (finished_at, id) in order and
    // stopping after one page beats sorting every matching row for each page.
    .where(and(eq(a.status, "finished"), inArray(sql`+${a.userId}`, members), gte(a.finishedAt, scope.from), lt(a.finishedAt, scope.to), cursor))
    .orderBy(asc(a.finishedAt), asc(a.id))
    .limit(PAGE)
    .all();
}

type Row = ReturnType<typeof page>[number];

function line(row: Row): string {
  const fields = [
    new Date(row.finishedAt ?? 0).toISOString(),
    row.name,
    row.email,
    row.title,
    row.mode,
    row.score,
    row.finalScore,
    row.override !== null,
    row.passed === null ? null : row.passed,
  ];
  return `${fields.map(csvField).join(",")}\r\n`;
}

export function resultsCsvStream(scope: Scope): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: { at: number; id: string } | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${CSV_HEADER.join(",")}\r\n`));
        return;
      }
      const rows = scope.teamIds.length === 0 ? [] : page(scope, after);
      if (rows.length === 0) {
        controller.close();
        return;
      }
      const last = rows[rows.length - 1];
      if (last) after = { at: last.finishedAt ?? 0, id: last.id };
      controller.enqueue(encoder.encode(rows.map(line).join("")));
    },
  });
}
