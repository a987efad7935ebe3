/** Notifications and the audit log. */
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./time";
import { users } from "./accounts";

export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", {
      enum: [
        "assignment_new",
        "assignment_due_soon",
        "assignment_overdue",
        "review_done",
        "dispute_answered",
        "certificate_issued",
        "certificate_expiring",
      ],
    }).notNull(),
    /** what the message needs to render in either language (JSON) */
    payload: text("payload").notNull().default("{}"),
    /** makes reminders idempotent, e.g. `due_soon:<assignment>` */
    dedupeKey: text("dedupe_key"),
    createdAt: createdAt(),
    readAt: integer("read_at"),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt), uniqueIndex("notifications_dedupe_idx").on(t.userId, t.dedupeKey)],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** e.g. `attempt.score_override`, `user.deactivate`, `content.publish` */
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    before: text("before"),
    after: text("after"),
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entityType, t.entityId)],
);
