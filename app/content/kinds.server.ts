/**
 * One entry point for every kind of content (scripts, quizzes, lessons): check a source and tell
 * what it is. The studio, the library import and content:check go through here, so a new kind is
 * added in one place.
 */
import { compileScriptSource, type Problem, type SandboxOptions } from "~/engine";
import { scorer } from "~/engine/scoring";
import { LESSON_COMPONENTS, parseLesson } from "~/engine/lesson";
import { parseQuiz, QUIZ_COMPONENTS } from "~/engine/quiz";
import type { Lang } from "~/engine/vocabulary";

export type ContentKind = "script" | "quiz" | "lesson";
export const CONTENT_KINDS: readonly ContentKind[] = ["script", "quiz", "lesson"];

export interface CheckedContent {
  kind: ContentKind;
  /** present only when there is no error */
  definition?: unknown;
  problems: Problem[];
  /** read from the header even when the file has errors, when it can be */
  meta?: { id: string; title: string; lang: Lang };
}

type Checker = (source: string) => CheckedContent;

interface Parsed {
  definition?: { meta: { id: string; title: string; lang: Lang } };
  problems: Problem[];
}

function checked(kind: ContentKind, result: Parsed): CheckedContent {
  const meta = result.definition?.meta;
  return {
    kind,
    problems: result.problems,
    ...(result.definition && { definition: result.definition }),
    ...(meta && { meta: { id: meta.id, title: meta.title, lang: meta.lang } }),
  };
}

const checkers: Record<ContentKind, Checker> = {
  script: (source) => checked("script", compileScriptSource(source, { scorer })),
  quiz: (source) => checked("quiz", parseQuiz(source)),
  lesson: (source) => checked("lesson", parseLesson(source)),
};

/** The components a kind's MDX may use: what compileMdx's sandbox must allow for it. */
export function componentsOf(kind: ContentKind): ReadonlySet<string> | undefined {
  if (kind === "quiz") return QUIZ_COMPONENTS;
  if (kind === "lesson") return LESSON_COMPONENTS;
  return undefined;
}

/** What compileMdx needs for a kind: its component set, or the script default. */
export function sandboxOptionsOf(kind: ContentKind): SandboxOptions {
  const components = componentsOf(kind);
  return components ? { components } : {};
}

/** The folder of scripts-content/ each kind lives in. */
export const KIND_FOLDERS: Record<ContentKind, string> = { script: "scripts", quiz: "quizzes", lesson: "lessons" };

export function checkContent(kind: ContentKind, source: string): CheckedContent {
  return checkers[kind](source);
}
