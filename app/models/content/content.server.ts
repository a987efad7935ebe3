/**
 * Content items (scripts, quizzes, lessons) and their immutable published versions. Published
 * definitions never change, so a parsed definition is cached by version id for the life of the
 * process: no request parses or compiles MDX.
 */
import crypto from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { isScriptDefinition, type AnyScriptDefinition } from "~/engine";
import { getDb, schema } from "~/db.server";
import { LRUCache } from "lru-cache";
import type { Lang } from "~/engine/vocabulary";

export type ContentKind = "script" | "quiz" | "lesson";

/**
 * Parsed definitions by version id. Bounded: a long-lived server sees every version ever played
 * (old attempts pin theirs), and a script's definition is tens of kilobytes once parsed.
 */
export const DEFINITION_CACHE_LIMIT = 200;
const definitionCache = new LRUCache<string, NonNullable<unknown>>({ max: DEFINITION_CACHE_LIMIT });

export function getVersion(versionId: string) {
  return getDb().select().from(schema.contentVersions).where(eq(schema.contentVersions.id, versionId)).get();
}

/**
 * The parsed definition of a version, of whatever kind; cached because versions are immutable.
 * Callers narrow it with the kind's guard (`scriptDefinition`, `isQuizDefinition`, `isLessonDefinition`).
 */
export function versionDefinition(versionId: string): unknown {
  const cached = definitionCache.get(versionId);
  if (cached !== undefined) return cached;
  const version = getVersion(versionId);
  if (!version) return null;
  if (version.definition !== null) definitionCache.set(versionId, version.definition);
  return version.definition;
}

/** The script definition of a version, or null when the version is missing or not a script. */
export function scriptDefinition(versionId: string): AnyScriptDefinition | null {
  const definition = versionDefinition(versionId);
  return isScriptDefinition(definition) ? definition : null;
}

export function getItem(itemId: string) {
  return getDb().select().from(schema.contentItems).where(eq(schema.contentItems.id, itemId)).get();
}

export function getItemBySlug(kind: ContentKind, slug: string) {
  return getDb()
    .select()
    .from(schema.contentItems)
    .where(and(eq(schema.contentItems.kind, kind), eq(schema.contentItems.slug, slug)))
    .get();
}

export interface NewVersion {
  kind: ContentKind;
  slug: string;
  lang: Lang;
  title: string;
  source: string;
  compiledCode: string;
  definition: unknown;
  contentHash: string;
  compilerVersion: string;
  changeNote?: string;
  authorId?: string | null;
  sourcePath?: string | null;
}

/**
 * Publishes a new immutable version (creating the item on first publish) and makes it the one
 * managers get. Returns the version id and its number.
 */
export function publishVersion(input: NewVersion): { itemId: string; versionId: string; number: number } {
  const db = getDb();
  return db.transaction((tx) => {
    let item = tx
      .select()
      .from(schema.contentItems)
      .where(and(eq(schema.contentItems.kind, input.kind), eq(schema.contentItems.slug, input.slug)))
      .get();
    if (!item) {
      const id = crypto.randomUUID();
      tx.insert(schema.contentItems)
        .values({
          id,
          kind: input.kind,
          slug: input.slug,
          lang: input.lang,
          title: input.title,
          sourcePath: input.sourcePath ?? null,
          createdBy: input.authorId ?? null,
        })
        .run();
      item = tx.select().from(schema.contentItems).where(eq(schema.contentItems.id, id)).get();
    }
    if (!item) throw new Error("content item could not be created");
    const last = tx
      .select({ number: sql<number>`coalesce(max(${schema.contentVersions.number}), 0)` })
      .from(schema.contentVersions)
      .where(eq(schema.contentVersions.itemId, item.id))
      .get();
    const number = (last?.number ?? 0) + 1;
    const versionId = crypto.randomUUID();
    tx.insert(schema.contentVersions)
      .values({
        id: versionId,
        itemId: item.id,
        number,
        source: input.source,
        compiledCode: input.compiledCode,
        definition: input.definition,
        contentHash: input.contentHash,
        compilerVersion: input.compilerVersion,
        title: input.title,
        changeNote: input.changeNote ?? "",
        authorId: input.authorId ?? null,
      })
      .run();
    tx.update(schema.contentItems)
      .set({ publishedVersionId: versionId, title: input.title, lang: input.lang, updatedAt: Date.now() })
      .where(eq(schema.contentItems.id, item.id))
      .run();
    return { itemId: item.id, versionId, number };
  });
}

export function listVersions(itemId: string) {
  return getDb()
    .select({
      id: schema.contentVersions.id,
      number: schema.contentVersions.number,
      title: schema.contentVersions.title,
      changeNote: schema.contentVersions.changeNote,
      authorId: schema.contentVersions.authorId,
      createdAt: schema.contentVersions.createdAt,
      contentHash: schema.contentVersions.contentHash,
    })
    .from(schema.contentVersions)
    .where(eq(schema.contentVersions.itemId, itemId))
    .orderBy(desc(schema.contentVersions.number))
    .all();
}

/** Published, non-archived items of a kind, optionally in one language. */
export function listPublished(kind: ContentKind, lang?: Lang) {
  const conditions = [
    eq(schema.contentItems.kind, kind),
    isNull(schema.contentItems.archivedAt),
    sql`${schema.contentItems.publishedVersionId} is not null`,
  ];
  if (lang) conditions.push(eq(schema.contentItems.lang, lang));
  return getDb()
    .select()
    .from(schema.contentItems)
    .where(and(...conditions))
    .orderBy(schema.contentItems.title)
    .all();
}
