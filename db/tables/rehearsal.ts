/** Rehearsal: attempts, their turns, the scores the dashboards read, the inbox of unmatched replies. */
import type { AttemptOutcome, AttemptSnapshot, Mood, QualificationCard, TurnRecord } from "../../app/engine";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { now, createdAt } from "./time";
import { users } from "./accounts";
import { assignments } from "./assignments";
import { contentItems, contentVersions } from "./content";
import { skills, teams } from "./teams";

export const attempts = sqliteTable(
  "attempts",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    itemId: text("item_id")
      .notNull()
      .references(() => contentItems.id),
    /** pinned: the exact version the attempt started on */
    versionId: text("version_id")
      .notNull()
      .references(() => contentVersions.id),
    assignmentId: text("assignment_id").references(() => assignments.id, { onDelete: "set null" }),
    mode: text("mode", { enum: ["practice", "exam"] }).notNull(),
    answerMode: text("answer_mode", { enum: ["choice", "free"] }).notNull(),
    seed: integer("seed").notNull(),
    status: text("status", { enum: ["open", "finished", "abandoned"] })
      .notNull()
      .default("open"),
    /** the engine's persisted snapshot (JSON) */
    snapshot: text("snapshot", { mode: "json" }).$type<AttemptSnapshot>().notNull(),
    turnCount: integer("turn_count").notNull().default(0),
    /** e.g. won, lost, hung_up */
    outcome: text("outcome"),
    /** the engine's score, 0–100 */
    score: real("score"),
    /** a supervisor's override, audited; the effective score is `final_score` */
    scoreOverride: real("score_override"),
    finalScore: real("final_score"),
    passMark: integer("pass_mark"),
    passed: integer("passed", { mode: "boolean" }),
    /** per-skill and per-objection result with evidence (JSON) */
    result: text("result", { mode: "json" }).$type<AttemptOutcome>(),
    /** the manager's qualification card (JSON) */
    qualification: text("qualification", { mode: "json" }).$type<QualificationCard>(),
    startedAt: integer("started_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
    finishedAt: integer("finished_at"),
  },
  (t) => [
    index("attempts_user_idx").on(t.userId, t.startedAt),
    index("attempts_item_idx").on(t.itemId),
    index("attempts_finished_idx").on(t.finishedAt),
    // Dashboards and export: a person's finished calls in a period, and keyset paging of the CSV.
    index("attempts_user_finished_idx").on(t.userId, t.finishedAt, t.status, t.finalScore),
    index("attempts_finished_id_idx").on(t.finishedAt, t.id),
    // The review queue and readiness: a person's exam (or practice) calls in a period, covering
    // what the queue counts so it never reads the table.
    index("attempts_queue_idx").on(t.userId, t.mode, t.finishedAt, t.finalScore, t.passMark, t.id),
  ],
);

/** Append only. `(attempt_id, seq)` is unique, so a double submit of the same turn counts once. */
export const attemptTurns = sqliteTable(
  "attempt_turns",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    stepId: text("step_id").notNull(),
    replyKind: text("reply_kind", { enum: ["option", "text"] }).notNull(),
    optionId: text("option_id"),
    text: text("text").notNull(),
    matchedOptionId: text("matched_option_id"),
    similarity: real("similarity"),
    unmatched: integer("unmatched", { mode: "boolean" }).notNull().default(false),
    objectionType: text("objection_type"),
    leadLine: text("lead_line").notNull().default(""),
    /** the turn's score with evidence (JSON) */
    score: text("score", { mode: "json" }).$type<TurnRecord>(),
    /** interest, trust, patience after the turn (JSON) */
    mood: text("mood", { mode: "json" }).$type<Mood>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("attempt_turns_seq_idx").on(t.attemptId, t.seq)],
);

/** Denormalised per-skill scores of finished attempts: what the dashboards aggregate. */
export const attemptSkillScores = sqliteTable(
  "attempt_skill_scores",
  {
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    skill: text("skill")
      .notNull()
      .references(() => skills.id),
    /** 0–100 */
    score: real("score").notNull(),
    finishedAt: integer("finished_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.attemptId, t.skill] }),
    index("attempt_skill_scores_user_idx").on(t.userId, t.finishedAt),
    // Covering: the heat map and trend read only these columns, never the table.
    index("attempt_skill_scores_cover_idx").on(t.userId, t.finishedAt, t.skill, t.score),
  ],
);

/**
 * Skill score totals per team, UTC day and skill: the all-teams heat map reads a few thousand of
 * these instead of aggregating every skill row of every member. Kept in step by triggers (migration
 * 0003) on `attempt_skill_scores` and `team_members`, so it always means "the current members of
 * the team": joining a team brings a person's history in, leaving takes it out. Rows may reach
 * n = 0 after removals; readers skip them.
 */
export const teamSkillDays = sqliteTable(
  "team_skill_days",
  {
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    /** finished_at / 86 400 000: days since the epoch, in UTC */
    day: integer("day").notNull(),
    skill: text("skill").notNull(),
    total: real("total").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.day, t.skill] })],
);

export const attemptObjectionScores = sqliteTable(
  "attempt_objection_scores",
  {
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    objectionType: text("objection_type").notNull(),
    /** 0–100 */
    score: real("score").notNull(),
    finishedAt: integer("finished_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.attemptId, t.objectionType] }),
    index("attempt_objection_scores_user_idx").on(t.userId, t.finishedAt),
    index("attempt_objection_scores_cover_idx").on(t.userId, t.finishedAt, t.objectionType, t.score),
  ],
);

/** Free-text replies that matched no option: the content lead's inbox. */
export const unmatchedReplies = sqliteTable(
  "unmatched_replies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    itemId: text("item_id")
      .notNull()
      .references(() => contentItems.id, { onDelete: "cascade" }),
    versionId: text("version_id")
      .notNull()
      .references(() => contentVersions.id),
    attemptId: text("attempt_id").references(() => attempts.id, { onDelete: "set null" }),
    stepId: text("step_id").notNull(),
    text: text("text").notNull(),
    /** lemmas joined by spaces: groups similar replies */
    normalized: text("normalized").notNull(),
    createdAt: createdAt(),
    resolvedAt: integer("resolved_at"),
    /** why it left the inbox: dismissed by a content lead, or matched by a newer version */
    resolution: text("resolution", { enum: ["dismissed", "matched"] }),
    /** the published version that matched it, and the option it matched (kept for audit) */
    resolvedVersionId: text("resolved_version_id").references(() => contentVersions.id),
    resolvedOptionId: text("resolved_option_id"),
    /** taught in the draft (an example of an option, or a new option) and waiting for a publish */
    draftedAt: integer("drafted_at"),
    draftedAs: text("drafted_as"),
  },
  (t) => [index("unmatched_replies_item_idx").on(t.itemId, t.stepId)],
);

/** After each publish of a script: how many of its held replies the new version matched. */
export const inboxRechecks = sqliteTable(
  "inbox_rechecks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    itemId: text("item_id")
      .notNull()
      .references(() => contentItems.id, { onDelete: "cascade" }),
    versionId: text("version_id")
      .notNull()
      .references(() => contentVersions.id),
    held: integer("held").notNull(),
    matched: integer("matched").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("inbox_rechecks_item_idx").on(t.itemId, t.createdAt)],
);
