/** Review: comments and disputes. */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./time";
import { users } from "./accounts";
import { attempts } from "./rehearsal";
import { skills } from "./teams";

export const reviewComments = sqliteTable(
  "review_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    /** null: a comment on the whole attempt */
    turnSeq: integer("turn_seq"),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("review_comments_attempt_idx").on(t.attemptId)],
);

/** A manager may dispute an attempt's score once: the whole call, or one skill of it. */
export const disputes = sqliteTable("disputes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  attemptId: text("attempt_id")
    .notNull()
    .unique()
    .references(() => attempts.id, { onDelete: "cascade" }),
  userId: text("user_id")
    .notNull()
    .references(() => users.id),
  /** null: the whole call; else the one skill the manager disputes */
  skill: text("skill").references(() => skills.id),
  reason: text("reason").notNull(),
  status: text("status", { enum: ["open", "accepted", "rejected"] })
    .notNull()
    .default("open"),
  resolvedBy: text("resolved_by").references(() => users.id),
  resolution: text("resolution"),
  createdAt: createdAt(),
  resolvedAt: integer("resolved_at"),
});
