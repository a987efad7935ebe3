/**
 * Sign-in throttling, per account and per address, stored in the database so that a restart does
 * not reset it. Only failures count; a successful sign-in clears the account's failures.
 */
import { and, eq, gte, lt, sql } from "drizzle-orm";
import { getDb, schema } from "~/db.server";

export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_ACCOUNT = 5;
export const MAX_PER_ADDRESS = 20;

const accountKey = (email: string) => `email:${email.toLowerCase()}`;
const addressKey = (address: string) => `ip:${address}`;

function failuresSince(key: string, since: number): { count: number; oldest: number | null } {
  const row = getDb()
    .select({ count: sql<number>`count(*)`, oldest: sql<number | null>`min(${schema.signInFailures.at})` })
    .from(schema.signInFailures)
    .where(and(eq(schema.signInFailures.key, key), gte(schema.signInFailures.at, since)))
    .get();
  return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
}

/** Minutes to wait before trying again, or 0 when a sign-in may be attempted now. */
export function signInBlockedFor(email: string, address: string, now = Date.now()): number {
  const since = now - WINDOW_MS;
  const checks: [string, number][] = [
    [accountKey(email), MAX_PER_ACCOUNT],
    [addressKey(address), MAX_PER_ADDRESS],
  ];
  let waitMs = 0;
  for (const [key, max] of checks) {
    const { count, oldest } = failuresSince(key, since);
    if (count >= max && oldest !== null) waitMs = Math.max(waitMs, oldest + WINDOW_MS - now);
  }
  return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 60_000)) : 0;
}

export function recordSignInFailure(email: string, address: string, now = Date.now()): void {
  const db = getDb();
  db.insert(schema.signInFailures)
    .values([
      { key: accountKey(email), at: now },
      { key: addressKey(address), at: now },
    ])
    .run();
  db.delete(schema.signInFailures).where(lt(schema.signInFailures.at, now - WINDOW_MS)).run();
}

export function clearAccountFailures(email: string): void {
  getDb().delete(schema.signInFailures).where(eq(schema.signInFailures.key, accountKey(email))).run();
}
