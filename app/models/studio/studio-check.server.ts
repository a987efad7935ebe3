/**
 * What the editor shows beside the text: every problem (through checkContent, so quizzes and
 * lessons light up when their checkers land) and, for scripts, the diagram. The diagram comes from
 * the parser alone, so it still shows while the validator reports errors such as a dangling `to`.
 */
import { parseScript, type Problem } from "~/engine";
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

/** The engine's guard, through a `.server` module so the preview route's bundle never pulls in the engine's barrel. */
export { isScriptDefinition } from "~/engine";
