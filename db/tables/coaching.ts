/** Coaching: per-skill review, the review queue, e-mail. */
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { MAIL_KINDS } from "../../app/mail/kinds";
import { createdAt } from "./time";
import { users } from "./accounts";
import { attempts } from "./rehearsal";
import { skills } from "./teams";

/**
 * A supervisor's change of one skill's score on one call, kept as history (the audit log has it
 * too). The effective value lives in `attempt_skill_scores.score`, so the dashboards and the
 * per-day team totals (triggers of migration 0003) follow it; `before` of the first row is the
 * scorer's own value.
 */
export const skillOverrides = sqliteTable(
  "skill_overrides",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    skill: text("skill")
      .notNull()
      .references(() => skills.id),
    before: real("before").notNull(),
    after: real("after").notNull(),
    reason: text("reason").notNull(),
    supervisorId: text("supervisor_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("skill_overrides_attempt_idx").on(t.attemptId)],
);

/** A call a supervisor has looked at (commented, changed a score, answered, or marked as read): it leaves the review queue. */
export const attemptReviews = sqliteTable("attempt_reviews", {
  attemptId: text("attempt_id")
    .primaryKey()
    .references(() => attempts.id, { onDelete: "cascade" }),
  reviewerId: text("reviewer_id").references(() => users.id, { onDelete: "set null" }),
  reviewedAt: integer("reviewed_at").notNull(),
});

/**
 * E-mail waiting to go out, written in the same transaction as the event it tells about; the
 * sender job (app/mail/sender.server.ts) claims rows with a lease, delivers them and records the
 * SMTP answer. See ADR 0007 for why a message is sent at least once and at most once in practice.
 */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: MAIL_KINDS }).notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    toAddress: text("to_address").notNull(),
    locale: text("locale", { enum: ["ru", "en"] }).notNull(),
    /** what the message needs to render (JSON): names, titles, the page's path */
    payload: text("payload").notNull().default("{}"),
    /** one message per event: e.g. `notification:<id>`, `invite:<token hash>` */
    dedupeKey: text("dedupe_key").notNull().unique(),
    /** the Message-ID header, fixed before the first try so a repeated send is recognisably the same message */
    messageId: text("message_id").notNull(),
    status: text("status", { enum: ["pending", "sending", "sent", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    leaseOwner: text("lease_owner"),
    leaseUntil: integer("lease_until"),
    lastError: text("last_error"),
    /** the server's final reply to DATA, e.g. `250 2.0.0 Ok: queued as …` */
    smtpResponse: text("smtp_response"),
    createdAt: createdAt(),
    sentAt: integer("sent_at"),
  },
  (t) => [index("outbox_due_idx").on(t.status, t.nextAttemptAt), index("outbox_user_idx").on(t.userId)],
);

/** The kinds of e-mail a person turned off (one row each); invitations and resets cannot be. */
export const mailOptOuts = sqliteTable(
  "mail_opt_outs",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: MAIL_KINDS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);
