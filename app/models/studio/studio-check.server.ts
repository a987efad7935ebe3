/**
 * What the editor shows beside the text: every problem (through checkContent, so quizzes and
 * lessons light up when their checkers land) and, for scripts, the diagram. The diagram comes from
 * the parser alone, so it still shows while the validator reports errors such as a dangling `to`.
 */
import { isScriptDefinition as isStoredScript, parseScript, type AnyScriptDefinition, type Problem } from "~/engine";
import type { ContentKind } from "~/content/kinds.server";
import { checkCached } from "./studio.server";
import { layoutDiagram, type Diagram } from "~/engine/script/diagram";

export const MAX_SOURCE_CHARS = 256 * 1024;

export interface DraftAnalysis {
  problems: Problem[];
  diagram: Diagram | null;
}

export function analyseDraft(kind: ContentKind, source: string): DraftAnalysis {
  const checked = checkCached(kind, source);
  if (kind !== "script") return { problems: checked.problems, diagram: null };
  const parsed = parseScript(source);
  return { problems: checked.problems, diagram: parsed.definition ? layoutDiagram(parsed.definition) : null };
}

/** Stored and checked definitions are plain JSON of any kind; this keeps quiz and lesson JSON out of script code. */
export function isScriptDefinition(value: unknown): value is AnyScriptDefinition {
  return isStoredScript(value);
}
