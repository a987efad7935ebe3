/**
 * E-mail settings, shaped from the variables app/env.server.ts validates at boot (SMTP_*, MAIL_*,
 * APP_ORIGIN): a bad value stops the server with the variable's name. Without SMTP_HOST nothing is
 * sent: messages wait in the outbox, where the admin reads them (/admin/mail).
 */
import { parseEnv, serverEnv, type ServerEnv } from "~/env.server";

export type TlsMode = "starttls" | "tls" | "none";

export interface MailConfig {
  /** null: no SMTP server configured (the demo) */
  smtp: {
    host: string;
    port: number;
    tls: TlsMode;
    user: string | null;
    password: string | null;
  } | null;
  /** the From header, e.g. `Callcraft <noreply@example.com>` */
  from: string;
  /** where links in messages point: APP_ORIGIN, else the server's own address */
  origin: string;
  /** how often the sender job looks for due messages */
  pollMs: number;
  /** the first retry waits this long; each next one twice as long, up to `maxBackoffMs` */
  retryBaseMs: number;
  maxBackoffMs: number;
  /** tries before a message is marked failed (the admin can send it again) */
  maxAttempts: number;
}

/** The sender's settings from the validated configuration. */
export function mailConfigFrom(e: ServerEnv): MailConfig {
  const tls: TlsMode = e.SMTP_TLS ?? (e.SMTP_PORT === 465 ? "tls" : "starttls");
  // the loopback and wildcard addresses read better as localhost in a link (as the start-up line prints it)
  const host = ["127.0.0.1", "0.0.0.0", "::", "::1"].includes(e.HOST) ? "localhost" : e.HOST;
  return {
    smtp: e.SMTP_HOST
      ? {
          host: e.SMTP_HOST,
          port: e.SMTP_PORT ?? (tls === "tls" ? 465 : 587),
          tls,
          user: e.SMTP_USER ?? null,
          password: e.SMTP_PASSWORD ?? null,
        }
      : null,
    from: e.MAIL_FROM ?? "Callcraft <noreply@callcraft.local>",
    origin: e.APP_ORIGIN ?? `http://${host}:${e.PORT}`,
    pollMs: e.MAIL_POLL_MS,
    retryBaseMs: e.MAIL_RETRY_BASE_MS,
    maxBackoffMs: 6 * 60 * 60 * 1000,
    maxAttempts: e.MAIL_MAX_ATTEMPTS,
  };
}

/** The settings a given set of variables would give (tests); throws EnvError naming every bad one. */
export function parseMailConfig(variables: Record<string, string | undefined>): MailConfig {
  return mailConfigFrom(parseEnv(variables));
}

let cached: MailConfig | undefined;

/** The process's settings, parsed once. */
export function mailConfig(): MailConfig {
  cached ??= mailConfigFrom(serverEnv());
  return cached;
}

/** The domain part of the sender's address: Message-IDs are made on it. */
export function senderDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split("@")[1]?.trim() || "callcraft.local";
}
