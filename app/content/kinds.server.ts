/**
 * One entry point for every kind of content (scripts, quizzes, lessons): check a source and tell
 * what it is. The studio, the library import and content:check go through here, so a new kind is
 * added in one place.
 */
import { compileScriptSource, type Problem } from "~/engine";
import { scorer } from "~/engine/scoring";

export type ContentKind = "script" | "quiz" | "lesson";
export const CONTENT_KINDS: readonly ContentKind[] = ["script", "quiz", "lesson"];

export interface CheckedContent {
  kind: ContentKind;
  /** present only when there is no error */
  definition?: unknown;
  problems: Problem[];
  /** read from the header even when the file has errors, when it can be */
  meta?: { id: string; title: string; lang: "ru" | "en" };
}

type Checker = (source: string) => CheckedContent;

const checkers: Record<ContentKind, Checker> = {
  script: (source) => {
    const result = compileScriptSource(source, { scorer });
    const meta = result.definition?.meta;
    return {
      kind: "script",
      problems: result.problems,
      ...(result.definition && { definition: result.definition }),
      ...(meta && { meta: { id: meta.id, title: meta.title, lang: meta.lang } }),
    };
  },
  quiz: () => notYet("quiz"),
  lesson: () => notYet("lesson"),
};

function notYet(kind: ContentKind): CheckedContent {
  return {
    kind,
    problems: [{ line: 1, column: 1, code: "kind.unsupported", message: `${kind} files are not supported yet`, severity: "error" }],
  };
}

export function checkContent(kind: ContentKind, source: string): CheckedContent {
  return checkers[kind](source);
}

export function hasErrors(checked: CheckedContent): boolean {
  return checked.problems.some((problem) => problem.severity === "error");
}
