/** Content: scripts, quizzes, lessons and their immutable versions. */
import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { now, createdAt } from "./time";
import { users } from "./accounts";

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
