/**
 * The studio preview of a quiz or a lesson draft. A lesson is compiled with its own sandbox and
 * rendered to HTML on the server with the components the lessons page uses (ADR 0002); a quiz is
 * shown as its parsed questions with the right answers marked, which managers never see before
 * they answer. Nothing here is stored: the draft is read as it is now.
 */
import { LRUCache } from "lru-cache";
import { compileMdx, contentHash, MdxCompileError } from "~/content/compile.server";
import { renderMdxToHtml } from "~/content/render.server";
import { sandboxOptionsOf } from "~/content/kinds.server";
import { isLessonDefinition, type LessonDefinition } from "~/engine/lesson";
import { isQuizDefinition, type QuizDefinition } from "~/engine/quiz";
import { lessonComponents } from "~/mdx/lesson-components";
import type { WorkingCopy } from "./studio.server";
import { checkCached } from "./studio.server";

export type LearningPreview =
  | { kind: "lesson"; definition: LessonDefinition; html: string }
  | { kind: "quiz"; definition: QuizDefinition }
  /** the draft has errors (or, for a lesson, does not compile): the editor lists them */
  | { kind: "invalid" };

const compiled = new LRUCache<string, string>({ max: 50 });

/** Compiled lesson code by content hash: reloading a preview of an unchanged draft compiles nothing. */
async function compileLesson(source: string, hash: string): Promise<string | null> {
  const hit = compiled.get(hash);
  if (hit !== undefined) return hit;
  try {
    const { code } = await compileMdx(source, sandboxOptionsOf("lesson"));
    compiled.set(hash, code);
    return code;
  } catch (error) {
    if (error instanceof MdxCompileError) return null;
    throw error;
  }
}

export async function learningPreview(copy: WorkingCopy): Promise<LearningPreview> {
  const { kind } = copy.item;
  const { definition } = checkCached(kind, copy.source);
  if (kind === "quiz" && isQuizDefinition(definition)) return { kind: "quiz", definition };
  if (kind !== "lesson" || !isLessonDefinition(definition)) return { kind: "invalid" };
  const hash = contentHash(copy.source);
  const code = await compileLesson(copy.source, hash);
  if (code === null) return { kind: "invalid" };
  return { kind: "lesson", definition, html: renderMdxToHtml(code, lessonComponents(definition.meta.lang), `studio-lesson:${hash}`) };
}
