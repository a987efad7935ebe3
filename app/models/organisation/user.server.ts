/**
 * Users, their roles and one-time links. Callers are checked by the route (manage:user:any) before
 * anything here that touches other people's accounts runs.
 */
import crypto from "node:crypto";
import { TransactionRollbackError, and, asc, eq, isNull, sql } from "drizzle-orm";
import { hashPassword } from "~/auth/password.server";
import { type Role } from "~/auth/permissions";
import { endOtherSessions, rolesOf } from "~/auth/session.server";
import { getDb, schema, type Db } from "~/db.server";
import type { Lang } from "~/engine/vocabulary";

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_TTL_MS = 24 * 60 * 60 * 1000;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findUserByEmail(email: string) {
  return getDb()
    .select()
    .from(schema.users)
    .where(eq(schema.users.email, normalizeEmail(email)))
    .get();
}

export function getUserById(id: string) {
  return getDb().select().from(schema.users).where(eq(schema.users.id, id)).get();
}

export interface NewUser {
  email: string;
  name: string;
  roles: readonly Role[];
  password?: string;
  locale?: Lang | null;
  addressForm?: AddressForm | null;
}

export async function createUser(input: NewUser): Promise<string> {
  const id = crypto.randomUUID();
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const db = getDb();
  db.transaction((tx) => {
    tx.insert(schema.users)
      .values({
        id,
        email: normalizeEmail(input.email),
        name: input.name.trim(),
        passwordHash,
        locale: input.locale ?? null,
        addressForm: input.addressForm ?? null,
      })
      .run();
    for (const roleId of new Set(input.roles)) tx.insert(schema.userRoles).values({ userId: id, roleId }).run();
  });
  return id;
}

export async function setPassword(userId: string, password: string, keepSessionId?: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  getDb().update(schema.users).set({ passwordHash, updatedAt: Date.now() }).where(eq(schema.users.id, userId)).run();
  endOtherSessions(userId, keepSessionId);
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function activeAdminCount(tx: Tx): number {
  const row = tx
    .select({ count: sql<number>`count(*)` })
    .from(schema.users)
    .innerJoin(schema.userRoles, eq(schema.userRoles.userId, schema.users.id))
    .where(and(eq(schema.userRoles.roleId, "admin"), eq(schema.users.active, true)))
    .get();
  return row?.count ?? 0;
}

/**
 * Applies `change` unless it leaves no active admin, in which case nothing is written and the
 * result is false. BEGIN IMMEDIATE takes the write lock before the first count, so of two admins
 * demoting each other at the same moment the second one counts after the first has committed
 * (and is refused) instead of both passing on the same stale count.
 */
function keepingAnActiveAdmin(change: (tx: Tx) => void): boolean {
  try {
    getDb().transaction(
      (tx) => {
        const before = activeAdminCount(tx);
        change(tx);
        if (before > 0 && activeAdminCount(tx) === 0) tx.rollback();
      },
      { behavior: "immediate" },
    );
    return true;
  } catch (error) {
    if (error instanceof TransactionRollbackError) return false;
    throw error;
  }
}

/** Replaces the user's roles; false (and nothing changed) when that would leave no active admin. */
export function setUserRoles(userId: string, roles: readonly Role[]): boolean {
  return keepingAnActiveAdmin((tx) => {
    tx.delete(schema.userRoles).where(eq(schema.userRoles.userId, userId)).run();
    for (const roleId of new Set(roles)) tx.insert(schema.userRoles).values({ userId, roleId }).run();
  });
}

/**
 * Deactivation also ends every session of the user, in the same transaction; false (and nothing
 * changed) when it would leave no active admin.
 */
export function setUserActive(userId: string, active: boolean): boolean {
  return keepingAnActiveAdmin((tx) => {
    tx.update(schema.users).set({ active, updatedAt: Date.now() }).where(eq(schema.users.id, userId)).run();
    if (!active) tx.delete(schema.sessions).where(eq(schema.sessions.userId, userId)).run();
  });
}

export const ADDRESS_FORMS = ["m", "f", "n"] as const;
export type AddressForm = (typeof ADDRESS_FORMS)[number];

/** How scripts address the person grammatically ("рад" / "рада" / "рады"); their own choice. */
export function setAddressForm(userId: string, addressForm: AddressForm): void {
  getDb().update(schema.users).set({ addressForm, updatedAt: Date.now() }).where(eq(schema.users.id, userId)).run();
}

export function setUserLocale(userId: string, locale: Lang): void {
  getDb().update(schema.users).set({ locale }).where(eq(schema.users.id, userId)).run();
}

export function listUsers() {
  const users = getDb().select().from(schema.users).orderBy(asc(schema.users.name)).all();
  return users.map(({ passwordHash, ...user }) => ({ ...user, hasPassword: passwordHash !== null, roles: rolesOf(user.id) }));
}

function sha256(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Creates a one-time link token; only its hash is stored. Earlier unused links of the kind die. */
export function createAuthToken(userId: string, kind: "invite" | "reset", createdBy: string | null, now = Date.now()): string {
  const token = crypto.randomBytes(32).toString("base64url");
  const db = getDb();
  db.transaction((tx) => {
    tx.update(schema.authTokens)
      .set({ usedAt: now })
      .where(and(eq(schema.authTokens.userId, userId), eq(schema.authTokens.kind, kind), isNull(schema.authTokens.usedAt)))
      .run();
    tx.insert(schema.authTokens)
      .values({
        tokenHash: sha256(token),
        userId,
        kind,
        createdBy,
        expiresAt: now + (kind === "invite" ? INVITE_TTL_MS : RESET_TTL_MS),
      })
      .run();
  });
  return token;
}

export function findValidAuthToken(token: string, now = Date.now()) {
  const row = getDb()
    .select({ token: schema.authTokens, user: schema.users })
    .from(schema.authTokens)
    .innerJoin(schema.users, eq(schema.users.id, schema.authTokens.userId))
    .where(eq(schema.authTokens.tokenHash, sha256(token)))
    .get();
  if (!row || row.token.usedAt !== null || row.token.expiresAt <= now || !row.user.active) return null;
  return { kind: row.token.kind, userId: row.user.id, email: row.user.email, name: row.user.name };
}

/** Sets the password and burns the token; returns the user id, or null when the link is not valid. */
export async function redeemAuthToken(token: string, password: string, now = Date.now()): Promise<string | null> {
  const valid = findValidAuthToken(token, now);
  if (!valid) return null;
  const passwordHash = await hashPassword(password);
  const db = getDb();
  // The update is conditional on the token still being unused, so two concurrent submits cannot
  // both succeed.
  const used = db
    .update(schema.authTokens)
    .set({ usedAt: now })
    .where(and(eq(schema.authTokens.tokenHash, sha256(token)), isNull(schema.authTokens.usedAt)))
    .run();
  if (used.changes !== 1) return null;
  db.update(schema.users).set({ passwordHash, updatedAt: now }).where(eq(schema.users.id, valid.userId)).run();
  endOtherSessions(valid.userId);
  return valid.userId;
}
