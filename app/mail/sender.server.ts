/**
 * The sender job: claims due outbox rows with a lease, hands each to the SMTP server, records the
 * server's answer. A failure leaves the row pending with a later try (exponential backoff); a
 * permanent rejection (5xx) or too many tries marks it failed, for the admin to look at and send
 * again. Why a message goes out at least once and, outside a crash in a window of microseconds,
 * exactly once: ADR 0007.
 */
import crypto from "node:crypto";
import os from "node:os";
import { createTransport } from "nodemailer";
import { and, eq } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { mailConfig, type MailConfig } from "./config.server";
import { onMailQueued, parseMailPayload, renderRow, type OutboxRow } from "./outbox.server";

/** A send may take at most this long (an AbortSignal ends it); the lease is longer, so a row is never taken from a sender still sending it. */
export const SEND_DEADLINE_MS = 60_000;
export const LEASE_MS = 5 * 60_000;
const BATCH = 20;

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  lang: string;
  outboxId: number;
}

/** What the sender needs from a transport: nodemailer over SMTP in the app, anything in a test. */
export interface MailTransport {
  send(mail: OutgoingMail, signal: AbortSignal): Promise<{ response: string }>;
}

export function smtpTransport(config: MailConfig): MailTransport {
  const smtp = config.smtp;
  if (!smtp) throw new Error("SMTP is not configured");
  const transporter = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.tls === "tls",
    requireTLS: smtp.tls === "starttls",
    ignoreTLS: smtp.tls === "none",
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? "" } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail, signal) {
      const info = await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { "Content-Language": mail.lang, "Auto-Submitted": "auto-generated", "X-Callcraft-Outbox": String(mail.outboxId) },
        signal,
      });
      return { response: info.response };
    },
  };
}

/** The wait before try number `attempts + 1`: base, 2×base, 4×base … capped. */
export function backoffMs(attempts: number, config: Pick<MailConfig, "retryBaseMs" | "maxBackoffMs">): number {
  return Math.min(config.maxBackoffMs, config.retryBaseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * Takes up to `limit` due rows for `owner` in one statement: pending ones whose time has come, and
 * rows left "sending" by a sender whose lease ran out (it crashed mid-send).
 */
export function claimDue(owner: string, now: number, limit = BATCH): OutboxRow[] {
  return getDb()
    .$client.prepare(
      `update outbox set status = 'sending', lease_owner = ?, lease_until = ?, attempts = attempts + 1
       where id in (select id from outbox
         where (status = 'pending' and next_attempt_at <= ?) or (status = 'sending' and lease_until < ?)
         order by next_attempt_at, id limit ?)
       returning id, kind, user_id as userId, to_address as toAddress, locale, payload, dedupe_key as dedupeKey,
         message_id as messageId, status, attempts, next_attempt_at as nextAttemptAt, lease_owner as leaseOwner,
         lease_until as leaseUntil, last_error as lastError, smtp_response as smtpResponse, created_at as createdAt, sent_at as sentAt`,
    )
    .all(owner, now + LEASE_MS, now, now, limit) as OutboxRow[];
}

function release(id: number, owner: string, set: Partial<typeof schema.outbox.$inferInsert>): boolean {
  const o = schema.outbox;
  const result = getDb()
    .update(o)
    .set({ ...set, leaseOwner: null, leaseUntil: null })
    .where(and(eq(o.id, id), eq(o.leaseOwner, owner), eq(o.status, "sending")))
    .run();
  return result.changes === 1;
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { code?: string; response?: string };
  return [e.code, e.response ?? e.message].filter(Boolean).join(": ").slice(0, 500);
}

async function deliverOne(
  row: OutboxRow,
  owner: string,
  transport: MailTransport,
  config: MailConfig,
  clock: () => number,
): Promise<"sent" | "retry" | "failed"> {
  const rendered = renderRow(row, config.origin);
  try {
    const { response } = await transport.send(
      {
        from: config.from,
        to: row.toAddress,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: row.messageId,
        lang: row.locale,
        outboxId: row.id,
      },
      AbortSignal.timeout(SEND_DEADLINE_MS),
    );
    // A sent invitation or reset keeps no usable token in the database: its link now leads to sign-in.
    const payload =
      row.kind === "invite" || row.kind === "reset"
        ? JSON.stringify({ ...parseMailPayload(row.payload), path: "/login", redacted: true })
        : row.payload;
    release(row.id, owner, { status: "sent", sentAt: clock(), smtpResponse: response.slice(0, 500), lastError: null, payload });
    return "sent";
  } catch (error) {
    const permanent = (error as { permanent?: boolean }).permanent === true;
    const giveUp = permanent || row.attempts >= config.maxAttempts;
    release(
      row.id,
      owner,
      giveUp
        ? { status: "failed", lastError: errorText(error) }
        : { status: "pending", lastError: errorText(error), nextAttemptAt: clock() + backoffMs(row.attempts, config) },
    );
    return giveUp ? "failed" : "retry";
  }
}

export interface DeliveryReport {
  sent: number;
  retry: number;
  failed: number;
}

/** Delivers every due row, one at a time, until none is left; returns what happened. */
export async function deliverDue(
  transport: MailTransport,
  config: MailConfig,
  owner: string,
  clock: () => number = Date.now,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retry: 0, failed: 0 };
  for (;;) {
    const rows = claimDue(owner, clock());
    for (const row of rows) report[await deliverOne(row, owner, transport, config, clock)] += 1;
    if (rows.length < BATCH) return report;
  }
}

/**
 * Started once with the server: delivers at start, every `pollMs`, and as soon as a message is
 * queued. Without SMTP it does nothing (the messages wait for the admin to read them). Returns a
 * function that stops it.
 */
export function startMailSender(config = mailConfig(), transport?: MailTransport): () => void {
  if (!config.smtp && !transport) {
    console.log("E-mail: no SMTP_HOST set, so messages wait in the outbox (admins read them at /admin/mail).");
    return () => {};
  }
  const send = transport ?? smtpTransport(config);
  const owner = `${os.hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;
  let running = false;
  let again = false;
  const tick = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await deliverDue(send, config, owner);
      } while (again);
    } catch (error) {
      // the next tick tries again; the server must not go down with the mail
      console.error("E-mail delivery failed:", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), config.pollMs);
  timer.unref();
  onMailQueued(() => void tick());
  void tick();
  return () => {
    clearInterval(timer);
    onMailQueued(null);
  };
}
