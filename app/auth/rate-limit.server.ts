/**
 * Sign-in throttling, per account and per client address (the real one: app/server/index.mjs
 * takes it from a trusted proxy only), stored in the database so that a restart does not reset it.
 *
 * No hard lock: after a few free failures each further one makes the next attempt wait longer
 * (30 s, 1 min, 2 min, … up to 15 min), counted from the latest failure. While the wait runs
 * every attempt is refused, the right password too (otherwise guessing would go on); once it has
 * passed the right password signs in, however many failures came before. A success clears the
 * account's failures; an admin can clear them too (audited, on the user's page).
 *
 * An address gets more free failures and a shorter memory than an account: behind one office
 * router everybody shares it, and a colleague's typos must not keep the office waiting long.
 */
import { and, eq, gte, lt, sql } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import type { Translator } from "~/i18n";

interface Rule {
  free: number;
  windowMs: number;
}
const MINUTE = 60_000;
export const ACCOUNT_RULE: Rule = { free: 5, windowMs: 24 * 60 * MINUTE };
export const ADDRESS_RULE: Rule = { free: 30, windowMs: 60 * MINUTE };
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 15 * MINUTE;

const accountKey = (email: string) => `email:${email.toLowerCase()}`;
const addressKey = (address: string) => `ip:${address}`;

/** The wait after `failures` failures: none for the free ones, then doubling up to the cap. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(20, failures - free));
}

function failuresSince(key: string, since: number): { count: number; latest: number | null } {
  const row = getDb()
    .select({ count: sql<number>`count(*)`, latest: sql<number | null>`max(${schema.signInFailures.at})` })
    .from(schema.signInFailures)
    .where(and(eq(schema.signInFailures.key, key), gte(schema.signInFailures.at, since)))
    .get();
  return { count: row?.count ?? 0, latest: row?.latest ?? null };
}

function waitFor(key: string, rule: Rule, now: number): { failures: number; waitMs: number } {
  const { count, latest } = failuresSince(key, now - rule.windowMs);
  const waitMs = latest === null ? 0 : Math.max(0, latest + delayAfter(count, rule.free) - now);
  return { failures: count, waitMs };
}

export interface SignInWait {
  /** milliseconds until the next attempt is allowed */
  ms: number;
  /** whose failures caused it: the account's, or the client address's */
  scope: "account" | "address";
}

/** How long a sign-in to `email` from `address` must wait, or null when it may be tried now. */
export function signInWait(email: string, address: string, now = Date.now()): SignInWait | null {
  const account = waitFor(accountKey(email), ACCOUNT_RULE, now);
  const fromAddress = waitFor(addressKey(address), ADDRESS_RULE, now);
  if (account.waitMs === 0 && fromAddress.waitMs === 0) return null;
  return account.waitMs >= fromAddress.waitMs ? { ms: account.waitMs, scope: "account" } : { ms: fromAddress.waitMs, scope: "address" };
}

/** "45 seconds", "3 minutes": how long to wait, rounded up, in the reader's language. */
export function waitText(ms: number, { plural }: Pick<Translator, "plural">): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60 ? plural("login.seconds", seconds) : plural("login.minutes", Math.ceil(seconds / 60));
}

/** The account's recent failures and current wait, for the admin's user page. */
export function accountSignInState(email: string, now = Date.now()): { failures: number; waitMs: number } {
  return waitFor(accountKey(email), ACCOUNT_RULE, now);
}

export function recordSignInFailure(email: string, address: string, now = Date.now()): void {
  const db = getDb();
  db.insert(schema.signInFailures)
    .values([
      { key: accountKey(email), at: now },
      { key: addressKey(address), at: now },
    ])
    .run();
  db.delete(schema.signInFailures)
    .where(lt(schema.signInFailures.at, now - Math.max(ACCOUNT_RULE.windowMs, ADDRESS_RULE.windowMs)))
    .run();
}

/** Forgets the account's failures (after a success, or an admin's unlock); returns how many. */
export function clearAccountFailures(email: string): number {
  return getDb()
    .delete(schema.signInFailures)
    .where(eq(schema.signInFailures.key, accountKey(email)))
    .run().changes;
}
