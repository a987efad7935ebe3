/**
 * The Callcraft database. Designed for every capability at once (accounts, content versions,
 * rehearsal, scoring, supervision, certification, authoring) so later features add rows, not
 * rewrites. Times are integers: epoch milliseconds, except `sessions.expires_at`, which lucia's
 * adapter keeps in seconds.
 */
import { sql } from "drizzle-orm";
import type { AttemptOutcome, AttemptSnapshot, Mood, QualificationCard, TurnRecord } from "../app/engine";
import type { QuizAnswers } from "../app/engine/quiz";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { MAIL_KINDS } from "../app/mail/kinds";

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;
const createdAt = () => integer("created_at").notNull().default(now);

// ─── Accounts ───────────────────────────────────────────────────────────────────────────────────

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  /** null until an invited user sets a password */
  passwordHash: text("password_hash"),
  /** the interface language the user chose; null means follow Accept-Language */
  locale: text("locale", { enum: ["ru", "en"] }),
  /** how replies address the person grammatically: m, f or n (neutral); null means not chosen (neutral) */
  addressForm: text("address_form", { enum: ["m", "f", "n"] }),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
  updatedAt: integer("updated_at").notNull().default(now),
});

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** seconds since the epoch (lucia's drizzle adapter) */
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Reference data, filled by a migration. */
export const roles = sqliteTable("roles", {
  id: text("id").primaryKey(),
  sort: integer("sort").notNull(),
});

/** Reference data, filled by a migration: `action:entity:scope` strings. */
export const permissions = sqliteTable("permissions", {
  id: text("id").primaryKey(),
});

export const rolePermissions = sqliteTable(
  "role_permissions",
  {
    roleId: text("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    permissionId: text("permission_id")
      .notNull()
      .references(() => permissions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.permissionId] })],
);

export const userRoles = sqliteTable(
  "user_roles",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    roleId: text("role_id")
      .notNull()
      .references(() => roles.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.roleId] })],
);

/** One-time links: invitations and password resets. Only the SHA-256 of the token is stored. */
export const authTokens = sqliteTable(
  "auth_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["invite", "reset"] }).notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
  },
  (t) => [index("auth_tokens_user_idx").on(t.userId)],
);

/** Failed sign-in attempts, kept in the database so a restart does not reset the limit. */
export const signInFailures = sqliteTable(
  "sign_in_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** `email:<address>` or `ip:<address>` */
    key: text("key").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [index("sign_in_failures_key_idx").on(t.key, t.at)],
);

// ─── Teams ──────────────────────────────────────────────────────────────────────────────────────

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

// ─── Content: scripts, quizzes, lessons and their immutable versions ────────────────────────────

export const contentItems = sqliteTable(
  "content_items",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: ["script", "quiz", "lesson"] }).notNull(),
    /** the `id` in the file's frontmatter; unique per kind */
    slug: text("slug").notNull(),
    lang: text("lang", { enum: ["ru", "en"] }).notNull(),
    title: text("title").notNull(),
    /** the version managers get now; null until the first publish */
    publishedVersionId: text("published_version_id"),
    /** the file it was imported from, relative to scripts-content/ */
    sourcePath: text("source_path"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at").notNull().default(now),
    archivedAt: integer("archived_at"),
  },
  (t) => [uniqueIndex("content_items_kind_slug_idx").on(t.kind, t.slug)],
);

/** Published versions never change: every attempt and certificate points at one. */
export const contentVersions = sqliteTable(
  "content_versions",
  {
    id: text("id").primaryKey(),
    itemId: text("item_id")
      .notNull()
      .references(() => contentItems.id, { onDelete: "restrict" }),
    number: integer("number").notNull(),
    source: text("source").notNull(),
    /** mdx-bundler output for the coaching prose */
    compiledCode: text("compiled_code").notNull(),
    /** the engine's definition (script, quiz or lesson) as JSON; readers narrow it with the kind's guard */
    definition: text("definition", { mode: "json" }).$type<unknown>().notNull(),
    contentHash: text("content_hash").notNull(),
    compilerVersion: text("compiler_version").notNull(),
    title: text("title").notNull(),
    changeNote: text("change_note").notNull().default(""),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("content_versions_item_number_idx").on(t.itemId, t.number)],
);

/** The working copy an author edits; `revision` grows with every save so no save is silently lost. */
export const contentDrafts = sqliteTable("content_drafts", {
  itemId: text("item_id")
    .primaryKey()
    .references(() => contentItems.id, { onDelete: "cascade" }),
  source: text("source").notNull(),
  baseVersionId: text("base_version_id").references(() => contentVersions.id),
  revision: integer("revision").notNull().default(1),
  updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: integer("updated_at").notNull().default(now),
});

// ─── Assignments and certification ──────────────────────────────────────────────────────────────

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

// ─── Rehearsal ──────────────────────────────────────────────────────────────────────────────────

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

// ─── Review ─────────────────────────────────────────────────────────────────────────────────────

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

// ─── Quizzes and lessons ────────────────────────────────────────────────────────────────────────

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

// ─── Notifications and audit ────────────────────────────────────────────────────────────────────

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

// ─── Coaching: per-skill review, the review queue, e-mail ───────────────────────────────────────

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
