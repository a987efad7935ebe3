/** Lessons: the published version as server-rendered HTML, and "I have read it" for assignments. */
import { and, eq, inArray, sql } from "drizzle-orm";
import { isLessonDefinition, type LessonDefinition } from "~/engine/lesson";
import { isQuizDefinition } from "~/engine/quiz";
import { renderMdxToHtml } from "~/content/render.server";
import { getDb, schema } from "~/db.server";
import { lessonComponents } from "~/mdx/lesson-components";
import { refreshForItem } from "~/models/assignments/assignment-progress.server";
import { getItemBySlug, getVersion, listPublished, versionDefinition } from "~/models/content/content.server";
import type { Lang } from "~/engine/vocabulary";

export function publishedLesson(slug: string): { itemId: string; versionId: string; definition: LessonDefinition } | null {
  const item = getItemBySlug("lesson", slug);
  if (!item?.publishedVersionId || item.archivedAt !== null) return null;
  const definition = versionDefinition(item.publishedVersionId);
  return isLessonDefinition(definition) ? { itemId: item.id, versionId: item.publishedVersionId, definition } : null;
}

/** The lesson's HTML, rendered once per version (versions are immutable). */
export function lessonHtml(versionId: string, lang: Lang): string {
  const version = getVersion(versionId);
  if (!version) return "";
  return renderMdxToHtml(version.compiledCode, lessonComponents(lang), `lesson:${versionId}`);
}

export function markLessonRead(userId: string, slug: string, now = Date.now()): boolean {
  const lesson = publishedLesson(slug);
  if (!lesson) return false;
  getDb()
    .insert(schema.lessonReads)
    .values({ userId, versionId: lesson.versionId, itemId: lesson.itemId, readAt: now })
    .onConflictDoNothing()
    .run();
  refreshForItem(userId, lesson.itemId, now);
  return true;
}

export function hasRead(userId: string, itemId: string): boolean {
  const row = getDb()
    .select({ at: schema.lessonReads.readAt })
    .from(schema.lessonReads)
    .where(and(eq(schema.lessonReads.userId, userId), eq(schema.lessonReads.itemId, itemId)))
    .get();
  return row !== undefined;
}

/** Lessons and quizzes in one language, with what this person has read and their best quiz score. */
export function learningCatalogue(userId: string, lang: Lang) {
  const lessons = listPublished("lesson", lang).flatMap((item) => {
    const definition = item.publishedVersionId ? versionDefinition(item.publishedVersionId) : null;
    return isLessonDefinition(definition)
      ? [
          {
            slug: item.slug,
            title: definition.meta.title,
            summary: definition.meta.summary,
            minutes: definition.meta.minutes,
            itemId: item.id,
          },
        ]
      : [];
  });
  const quizzes = listPublished("quiz", lang).flatMap((item) => {
    const definition = item.publishedVersionId ? versionDefinition(item.publishedVersionId) : null;
    return isQuizDefinition(definition)
      ? [
          {
            slug: item.slug,
            title: definition.meta.title,
            summary: definition.meta.summary,
            questions: definition.questions.length,
            itemId: item.id,
          },
        ]
      : [];
  });
  const ids = [...lessons, ...quizzes].map((x) => x.itemId);
  const read = new Set(
    ids.length === 0
      ? []
      : getDb()
          .select({ itemId: schema.lessonReads.itemId })
          .from(schema.lessonReads)
          .where(and(eq(schema.lessonReads.userId, userId), inArray(schema.lessonReads.itemId, ids)))
          .all()
          .map((r) => r.itemId),
  );
  const best = new Map(
    getDb()
      .select({ itemId: schema.quizAttempts.itemId, best: sql<number>`max(${schema.quizAttempts.score})` })
      .from(schema.quizAttempts)
      .where(eq(schema.quizAttempts.userId, userId))
      .groupBy(schema.quizAttempts.itemId)
      .all()
      .map((r) => [r.itemId, r.best]),
  );
  return {
    lessons: lessons.map((l) => ({ ...l, read: read.has(l.itemId) })),
    quizzes: quizzes.map((q) => ({ ...q, best: best.get(q.itemId) ?? null })),
  };
}
