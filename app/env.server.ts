/**
 * The server's configuration: every environment variable the app reads, validated once at boot.
 * A `.env` file in the working directory is read first when present; variables already set in the
 * environment win over it. A bad value stops the server with a message naming the variable,
 * rather than failing later on the first request that needs it. Documented in `.env.example`
 * and the README's Configuration section.
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { z } from "zod";

/** An empty `NAME=` line in .env means "use the default", as if the line were not there. */
const optional = <T extends z.ZodType>(type: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), type);

const origin = z
  .string()
  .trim()
  .transform((value, ctx) => {
    try {
      const url = new URL(value);
      if ((url.protocol === "http:" || url.protocol === "https:") && (url.pathname === "/" || url.pathname === "") && !url.search)
        return url.origin;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: "must be an origin such as https://callcraft.example.com (scheme and host, no path)" });
    return z.NEVER;
  });

const NAMED_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = "", bits, ...rest] = entry.split("/");
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

/**
 * Which peers may tell us the client's protocol, host and address (X-Forwarded-Proto, -Host,
 * -For): nobody by default. Express's own syntax: addresses, CIDR ranges and the names loopback,
 * linklocal, uniquelocal, comma-separated. "Everyone" is refused on purpose: it would let any
 * client claim any address and walk around the sign-in limits.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (["", "false", "0", "no", "off"].includes(value.toLowerCase())) return [] as string[];
    if (["true", "1", "yes", "all", "*"].includes(value.toLowerCase())) {
      ctx.addIssue({
        code: "custom",
        message: "must list the proxy's addresses (e.g. loopback or 10.0.0.5): trusting every peer would let any client claim any address",
      });
      return z.NEVER;
    }
    const entries = value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    const bad = entries.filter((entry) => !isAddressOrRange(entry));
    if (bad.length > 0) {
      ctx.addIssue({ code: "custom", message: `not an address, CIDR range or one of loopback, linklocal, uniquelocal: ${bad.join(", ")}` });
      return z.NEVER;
    }
    return entries;
  });

const wholeNumber = (min: number, max: number) =>
  z.coerce.number({ message: "must be a whole number" }).int("must be a whole number").min(min).max(max);

export const envSchema = z.object({
  NODE_ENV: optional(z.enum(["production", "development", "test"]).optional()),
  PORT: optional(wholeNumber(1, 65535).default(3000)),
  HOST: optional(z.string().trim().default("127.0.0.1")),
  DATABASE_URL: optional(z.string().trim().default("./data/callcraft.db")),
  BACKUP_DIR: optional(z.string().trim().default("./data/backups")),
  APP_ORIGIN: optional(origin.optional()),
  TRUST_PROXY: optional(trustProxy.default([])),
  /** seconds; sent only on responses that went out over HTTPS; 0 turns it off */
  HSTS_MAX_AGE: optional(wholeNumber(0, 63_072_000).default(31_536_000)),
  /** full: a committed turn survives a power cut (ADR 0008); normal: only a process crash */
  DB_SYNCHRONOUS: optional(z.enum(["full", "normal"], { message: "must be full or normal" }).default("full")),
  /**
   * With full: inline, a turn's COMMIT waits for the disk (the process holds); deferred, the turn is
   * acknowledged after an fdatasync of the WAL off the event loop, just as durable (ADR 0009)
   */
  DB_TURN_SYNC: optional(z.enum(["inline", "deferred"], { message: "must be inline or deferred" }).default("inline")),
  // E-mail (app/mail/config.server.ts turns these into the sender's settings). No SMTP_HOST: nothing is sent.
  SMTP_HOST: optional(z.string().trim().optional()),
  SMTP_PORT: optional(wholeNumber(1, 65535).optional()),
  SMTP_TLS: optional(z.enum(["starttls", "tls", "none"], { message: "must be starttls, tls or none" }).optional()),
  SMTP_USER: optional(z.string().optional()),
  SMTP_PASSWORD: optional(z.string().optional()),
  MAIL_FROM: optional(z.string().trim().min(3, "must be an address such as Callcraft <noreply@example.com>").optional()),
  MAIL_POLL_MS: optional(wholeNumber(50, 3_600_000).default(15_000)),
  MAIL_RETRY_BASE_MS: optional(wholeNumber(10, 86_400_000).default(30_000)),
  MAIL_MAX_ATTEMPTS: optional(wholeNumber(1, 50).default(8)),
});

export type ServerEnv = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses a set of variables; throws an EnvError listing every bad one. */
export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid configuration (environment or .env):\n${lines.join("\n")}`);
}

let dotEnvRead = false;

/** Reads ./.env into process.env once, without overriding what the environment already set. */
export function readDotEnv(file = path.resolve(process.cwd(), ".env")): void {
  if (dotEnvRead) return;
  dotEnvRead = true;
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

let cached: ServerEnv | undefined;

/** The configuration, parsed on first use (the server calls it at boot, so errors surface there). */
export function serverEnv(): ServerEnv {
  if (!cached) {
    readDotEnv();
    cached = parseEnv(process.env);
  }
  return cached;
}
