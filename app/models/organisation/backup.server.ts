/**
 * Consistent copies of the live database through SQLite's online backup API (better-sqlite3's
 * `backup`): it reads a snapshot page by page while the app keeps writing, so no downtime and no
 * torn copy. Used by /admin/backup/download and by `npm run db:backup` (db/backup.ts).
 */
import type Database from "better-sqlite3";
import { desc, eq } from "drizzle-orm";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDb, schema } from "~/db.server";

const pad = (n: number) => String(n).padStart(2, "0");

/** `callcraft-YYYYMMDD-HHMMSS.db`, in UTC so copies from servers in any zone sort the same. */
export function backupFileName(at: Date = new Date()): string {
  const date = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}`;
  const time = `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
  return `callcraft-${date}-${time}.db`;
}

/** Writes a copy into `dir` (created if missing) and returns its path; never overwrites a file. */
export async function backupInto(client: Database.Database, dir: string, at: Date = new Date()): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const base = backupFileName(at);
  let file = path.join(dir, base);
  for (let n = 2; fs.existsSync(file); n += 1) file = path.join(dir, base.replace(/\.db$/, `-${n}.db`));
  await client.backup(file);
  return file;
}

/** A copy in a private temporary folder; `dispose` removes the folder. */
export async function backupToTemp(client: Database.Database, at: Date = new Date()) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "callcraft-backup-"));
  try {
    const file = await backupInto(client, dir, at);
    return { file, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** When a backup was last downloaded from the admin page, and by whom (from the audit log). */
export function lastDownloadedBackup() {
  return (
    getDb()
      .select({ at: schema.auditLog.createdAt, name: schema.users.name })
      .from(schema.auditLog)
      .leftJoin(schema.users, eq(schema.users.id, schema.auditLog.actorId))
      .where(eq(schema.auditLog.action, "backup.download"))
      .orderBy(desc(schema.auditLog.id))
      .get() ?? null
  );
}
