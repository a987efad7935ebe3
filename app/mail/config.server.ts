/**
 * E-mail settings, read from the environment in one place (the orchestrator folds this into
 * app/env.server.ts). Without SMTP_HOST nothing is sent: messages wait in the outbox, where the
 * admin reads them (/admin/mail). Bad values fail at boot with the variable's name.
 */
import { z } from "zod";

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

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const envSchema = z.object({
  SMTP_HOST: optional(z.string().trim()),
  SMTP_PORT: optional(int(1, 65535)),
  SMTP_TLS: optional(z.enum(["starttls", "tls", "none"])),
  SMTP_USER: optional(z.string()),
  SMTP_PASSWORD: optional(z.string()),
  MAIL_FROM: optional(z.string().trim().min(3)),
  APP_ORIGIN: optional(z.url().transform((url) => url.replace(/\/+$/, ""))),
  PORT: optional(int(1, 65535)),
  HOST: optional(z.string().trim()),
  MAIL_POLL_MS: optional(int(50, 3_600_000)),
  MAIL_RETRY_BASE_MS: optional(int(10, 86_400_000)),
  MAIL_MAX_ATTEMPTS: optional(int(1, 50)),
});

export class MailConfigError extends Error {}

/** The settings from `env`; throws a MailConfigError naming every bad variable. */
export function parseMailConfig(env: Record<string, string | undefined> = process.env): MailConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    throw new MailConfigError(`Invalid e-mail settings in the environment — ${names.join("; ")}`);
  }
  const e = parsed.data;
  const tls: TlsMode = e.SMTP_TLS ?? (e.SMTP_PORT === 465 ? "tls" : "starttls");
  const host = e.HOST && e.HOST !== "0.0.0.0" ? e.HOST : "localhost";
  return {
    smtp: e.SMTP_HOST
      ? { host: e.SMTP_HOST, port: e.SMTP_PORT ?? (tls === "tls" ? 465 : 587), tls, user: e.SMTP_USER ?? null, password: e.SMTP_PASSWORD ?? null }
      : null,
    from: e.MAIL_FROM ?? "Callcraft <noreply@callcraft.local>",
    origin: e.APP_ORIGIN ?? `http://${host}:${e.PORT ?? 3000}`,
    pollMs: e.MAIL_POLL_MS ?? 15_000,
    retryBaseMs: e.MAIL_RETRY_BASE_MS ?? 30_000,
    maxBackoffMs: 6 * 60 * 60 * 1000,
    maxAttempts: e.MAIL_MAX_ATTEMPTS ?? 8,
  };
}

let cached: MailConfig | undefined;

/** The process's settings, parsed once. */
export function mailConfig(): MailConfig {
  cached ??= parseMailConfig();
  return cached;
}

/** The domain part of the sender's address: Message-IDs are made on it. */
export function senderDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split("@")[1]?.trim() || "callcraft.local";
}
