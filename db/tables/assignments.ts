/** Assignments and certification. */
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { now, createdAt } from "./time";
import { users } from "./accounts";
import { contentItems } from "./content";
import { teams } from "./teams";

export const certifications = sqliteTable("certifications", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  validityDays: integer("validity_days").notNull(),
  /** re-enrolment is assigned this many days before a certificate expires */
  renewBeforeDays: integer("renew_before_days").notNull().default(30),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  /** an archived certification can no longer be assigned and re-enrols nobody; its certificates stay valid */
  archivedAt: integer("archived_at"),
});

/** The tests a certification requires: exam scenarios and quizzes, each with its pass mark. */
export const certificationItems = sqliteTable(
  "certification_items",
  {
    certificationId: text("certification_id")
      .notNull()
      .references(() => certifications.id, { onDelete: "cascade" }),
    itemId: text("item_id")
      .notNull()
      .references(() => contentItems.id),
    passMark: integer("pass_mark").notNull(),
  },
  (t) => [primaryKey({ columns: [t.certificationId, t.itemId] })],
);

export const assignments = sqliteTable(
  "assignments",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: ["training", "test", "certification"] }).notNull(),
    title: text("title").notNull(),
    /** exactly one of team and user is set */
    teamId: text("team_id").references(() => teams.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    certificationId: text("certification_id").references(() => certifications.id),
    passMark: integer("pass_mark"),
    maxTries: integer("max_tries"),
    dueAt: integer("due_at"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    archivedAt: integer("archived_at"),
  },
  (t) => [index("assignments_team_idx").on(t.teamId), index("assignments_user_idx").on(t.userId)],
);

export const assignmentItems = sqliteTable(
  "assignment_items",
  {
    assignmentId: text("assignment_id")
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    itemId: text("item_id")
      .notNull()
      .references(() => contentItems.id),
    mode: text("mode", { enum: ["practice", "exam"] })
      .notNull()
      .default("practice"),
    sort: integer("sort").notNull().default(0),
    /** a test's exam blueprint for this script (JSON: objections, minTurns, timeLimit), laid over the script's */
    blueprint: text("blueprint", { mode: "json" }).$type<unknown>(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.itemId] })],
);

/** One row per assignee; the funnel reads it. `overdue` is derived from the due date. */
export const assignmentProgress = sqliteTable(
  "assignment_progress",
  {
    assignmentId: text("assignment_id")
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", {
      enum: ["not_started", "in_progress", "passed", "failed", "awaiting_review"],
    })
      .notNull()
      .default("not_started"),
    triesUsed: integer("tries_used").notNull().default(0),
    bestScore: real("best_score"),
    startedAt: integer("started_at"),
    completedAt: integer("completed_at"),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.userId] }), index("assignment_progress_user_idx").on(t.userId)],
);

export const certificates = sqliteTable(
  "certificates",
  {
    id: text("id").primaryKey(),
    /** the public verification code */
    code: text("code").notNull().unique(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    certificationId: text("certification_id")
      .notNull()
      .references(() => certifications.id),
    assignmentId: text("assignment_id").references(() => assignments.id, { onDelete: "set null" }),
    issuedAt: integer("issued_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    renewedById: text("renewed_by_id"),
    revokedAt: integer("revoked_at"),
  },
  (t) => [index("certificates_user_idx").on(t.userId, t.certificationId)],
);
