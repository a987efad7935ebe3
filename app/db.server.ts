/**
 * The one database handle of the process. Opening it applies pending migrations, so every database
 * — the demo, a test worker's copy, a restored backup — has the current schema and reference data.
 */
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import path from "node:path";
import * as schema from "../db/schema";
import { serverEnv } from "./env.server";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * DATABASE_URL (from the environment or ./.env, read once by serverEnv) as an absolute file path.
 * Tests and benchmarks set DATABASE_URL before the first database access, which is when it is read.
 */
export function databasePath(url: string = serverEnv().DATABASE_URL): string {
  const raw = url.trim() !== "" ? url.trim() : "./data/callcraft.db";
  const file = raw.startsWith("file:") ? raw.slice("file:".length) : raw;
  return path.resolve(process.cwd(), file);
}

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "db/migrations");

/**
 * `synchronous`: FULL makes every commit wait for the disk, so an acknowledged turn survives a
 * power cut; NORMAL only a process crash (ADR 0008 has the measurement). DB_SYNCHRONOUS by default.
 */
export function openDatabase(file: string, options: { migrate?: boolean; synchronous?: "full" | "normal" } = {}): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma(`synchronous = ${(options.synchronous ?? serverEnv().DB_SYNCHRONOUS) === "normal" ? "NORMAL" : "FULL"}`);
  const db = drizzle({ client: sqlite, schema });
  if (options.migrate !== false) migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return db;
}

declare global {
  // kept across dev rebuilds so there is one handle per process
  var __callcraftDb: Db | undefined;
}

export function getDb(): Db {
  globalThis.__callcraftDb ??= openDatabase(databasePath());
  return globalThis.__callcraftDb;
}

/**
 * Statements prepared once per database handle (tests and benchmarks open fresh handles in one
 * process; the statements go with theirs): `const statements = perDatabase((db) => ({ … }))`, then
 * `statements()` for the process's handle.
 */
export function perDatabase<T>(prepare: (db: Db) => T): (db?: Db) => T {
  const prepared = new WeakMap<Db, T>();
  return (db = getDb()) => {
    let value = prepared.get(db);
    if (value === undefined) prepared.set(db, (value = prepare(db)));
    return value;
  };
}

export { schema };
