/** Teams, their supervisors and members; the rubric's skills. */
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { now, createdAt } from "./time";
import { users } from "./accounts";

export const teams = sqliteTable("teams", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  leaderboardEnabled: integer("leaderboard_enabled", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
  archivedAt: integer("archived_at"),
});

export const teamSupervisors = sqliteTable(
  "team_supervisors",
  {
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index("team_supervisors_user_idx").on(t.userId)],
);

export const teamMembers = sqliteTable(
  "team_members",
  {
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: integer("joined_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index("team_members_user_idx").on(t.userId)],
);

/** Reference data, filled by a migration: the rubric's skills with their names. */
export const skills = sqliteTable("skills", {
  id: text("id").primaryKey(),
  sort: integer("sort").notNull(),
  nameRu: text("name_ru").notNull(),
  nameEn: text("name_en").notNull(),
});
