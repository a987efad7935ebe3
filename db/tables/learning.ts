/** Quizzes taken and lessons read. */
import type { QuizAnswers } from "../../app/engine/quiz";
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { assignments } from "./assignments";
import { contentItems, contentVersions } from "./content";

export const quizAttempts = sqliteTable(
  "quiz_attempts",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    itemId: text("item_id")
      .notNull()
      .references(() => contentItems.id),
    versionId: text("version_id")
      .notNull()
      .references(() => contentVersions.id),
    assignmentId: text("assignment_id").references(() => assignments.id, { onDelete: "set null" }),
    answers: text("answers", { mode: "json" }).$type<QuizAnswers>().notNull(),
    score: real("score").notNull(),
    passed: integer("passed", { mode: "boolean" }).notNull(),
    finishedAt: integer("finished_at").notNull(),
  },
  (t) => [index("quiz_attempts_user_idx").on(t.userId, t.finishedAt)],
);

export const lessonReads = sqliteTable(
  "lesson_reads",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    versionId: text("version_id")
      .notNull()
      .references(() => contentVersions.id),
    itemId: text("item_id")
      .notNull()
      .references(() => contentItems.id),
    readAt: integer("read_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.versionId] })],
);
