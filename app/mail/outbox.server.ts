/**
 * The outbox: one row per e-mail, written by the code that handles the event, inside the same
 * transaction (callers wrap both in `getDb().transaction`, which nests as a savepoint), so an
 * event is never recorded without its message nor a message queued for an event that rolled back.
 * The sender job delivers the rows (sender.server.ts); the admin reads and resends them here.
 */
import crypto from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import type { Locale } from "~/i18n";
import { mailConfig, senderDomain } from "./config.server";
import { OPTIONAL_MAIL_KINDS, type MailKind } from "./kinds";
import { renderMail, type MailPayload } from "./render.server";

export type OutboxRow = typeof schema.outbox.$inferSelect;
export type OutboxStatus = OutboxRow["status"];

/** Called after a row is queued; the sender job registers itself here to deliver without waiting for its next poll. */
let kick: (() => void) | null = null;
export function onMailQueued(listener: (() => void) | null): void {
  kick = listener;
}

export interface NewMail {
  kind: MailKind;
  userId: string;
  /** one message per event: queuing the same key twice queues it once */
  dedupeKey: string;
  payload: Omit<MailPayload, "name">;
}

/**
 * Queues a message for a user in their language; nothing for an inactive account, nor for a kind
 * they turned off. Returns the row's id, or null when nothing was queued.
 */
export function queueMail(mail: NewMail, now = Date.now()): number | null {
  const user = getDb()
    .select({ email: schema.users.email, name: schema.users.name, locale: schema.users.locale, active: schema.users.active })
    .from(schema.users)
    .where(eq(schema.users.id, mail.userId))
    .get();
  if (!user?.active) return null;
  if (OPTIONAL_MAIL_KINDS.includes(mail.kind) && isOptedOut(mail.userId, mail.kind)) return null;
  const payload: MailPayload = { ...mail.payload, name: user.name };
  const row = getDb()
    .insert(schema.outbox)
    .values({
      kind: mail.kind,
      userId: mail.userId,
      toAddress: user.email,
      // Russian first: an account that never chose a language gets Russian mail
      locale: user.locale ?? "ru",
      payload: JSON.stringify(payload),
      dedupeKey: mail.dedupeKey,
      messageId: `<${crypto.randomUUID()}@${senderDomain(mailConfig().from)}>`,
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: schema.outbox.id })
    .get();
  if (row) queueMicrotask(() => kick?.());
  return row?.id ?? null;
}

export function parseMailPayload(text: string): MailPayload {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && "name" in value && "path" in value) return value as MailPayload;
  } catch {
    // fall through
  }
  return { name: "", path: "/" };
}

/** The message as it is (or will be) sent. */
export function renderRow(row: Pick<OutboxRow, "kind" | "payload" | "locale">, origin = mailConfig().origin) {
  return renderMail(row.kind, parseMailPayload(row.payload), row.locale as Locale, origin);
}

// ─── Preferences ────────────────────────────────────────────────────────────────────────────────

export function isOptedOut(userId: string, kind: MailKind): boolean {
  const row = getDb()
    .select({ kind: schema.mailOptOuts.kind })
    .from(schema.mailOptOuts)
    .where(and(eq(schema.mailOptOuts.userId, userId), eq(schema.mailOptOuts.kind, kind)))
    .get();
  return row !== undefined;
}

/** The optional kinds the user gets e-mail about. */
export function mailPreferences(userId: string): Record<MailKind, boolean> {
  const off = new Set(
    getDb()
      .select({ kind: schema.mailOptOuts.kind })
      .from(schema.mailOptOuts)
      .where(eq(schema.mailOptOuts.userId, userId))
      .all()
      .map((r) => r.kind),
  );
  return Object.fromEntries(OPTIONAL_MAIL_KINDS.map((kind) => [kind, !off.has(kind)])) as Record<MailKind, boolean>;
}

/** Replaces the user's choices: every optional kind not in `wanted` is turned off. */
export function setMailPreferences(userId: string, wanted: readonly string[]): void {
  const keep = new Set(wanted);
  getDb().transaction((tx) => {
    tx.delete(schema.mailOptOuts).where(eq(schema.mailOptOuts.userId, userId)).run();
    for (const kind of OPTIONAL_MAIL_KINDS) if (!keep.has(kind)) tx.insert(schema.mailOptOuts).values({ userId, kind }).run();
  });
}

// ─── The admin's view ───────────────────────────────────────────────────────────────────────────

export { OUTBOX_FILTERS, type OutboxFilter } from "./kinds";
import type { OutboxFilter } from "./kinds";

const UNDELIVERED: OutboxStatus[] = ["pending", "sending", "failed"];

export function outboxCounts(): Record<OutboxStatus, number> {
  const rows = getDb()
    .select({ status: schema.outbox.status, n: sql<number>`count(*)` })
    .from(schema.outbox)
    .groupBy(schema.outbox.status)
    .all();
  const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

export function listOutbox(filter: OutboxFilter, limit = 100) {
  const o = schema.outbox;
  const where = filter === "undelivered" ? inArray(o.status, UNDELIVERED) : filter === "sent" ? eq(o.status, "sent") : undefined;
  return getDb()
    .select()
    .from(o)
    .where(where)
    .orderBy(desc(o.createdAt), desc(o.id))
    .limit(limit)
    .all()
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      to: row.toAddress,
      locale: row.locale,
      status: row.status,
      attempts: row.attempts,
      nextAttemptAt: row.nextAttemptAt,
      lastError: row.lastError,
      createdAt: row.createdAt,
      sentAt: row.sentAt,
      subject: renderRow(row).subject,
    }));
}

export function getOutboxMessage(id: number) {
  const row = getDb().select().from(schema.outbox).where(eq(schema.outbox.id, id)).get();
  return row ? { row, rendered: renderRow(row) } : null;
}

/**
 * Sends a failed message again (fresh tries, due now) or a pending one now rather than at its
 * next try. A message already sent, or being sent at this moment, is left alone: sending it again
 * is what the outbox exists to prevent.
 */
export function resendMail(id: number, now = Date.now()): boolean {
  const result = getDb()
    .update(schema.outbox)
    .set({ status: "pending", attempts: 0, nextAttemptAt: now, lastError: null })
    .where(and(eq(schema.outbox.id, id), inArray(schema.outbox.status, ["failed", "pending"])))
    .run();
  if (result.changes > 0) queueMicrotask(() => kick?.());
  return result.changes > 0;
}
