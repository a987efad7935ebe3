/**
 * The YAML header of a quiz or a lesson, checked by a zod schema. Simpler than the script header
 * (flat keys), so each problem points at the line of its top-level key.
 */
import type { Root } from "mdast";
import { LineCounter, parseDocument, isMap, isScalar } from "yaml";
import type { z } from "zod";
import { positionOf } from "../script/mdast";
import { headerProblems } from "../script/headerProblems";
import type { Position, Problem } from "../script/types";

export function readHeader<S extends z.ZodType>(tree: Root, schema: S, problems: Problem[]): z.output<S> | undefined {
  const first = tree.children[0];
  if (first?.type !== "yaml") {
    problems.push({
      line: 1,
      column: 1,
      code: "frontmatter.missing",
      message: "the file must start with a header between --- lines",
      severity: "error",
      params: {},
    });
    return undefined;
  }
  const startLine = positionOf(first).line + 1;
  const counter = new LineCounter();
  const doc = parseDocument(first.value, { lineCounter: counter, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line: startLine + line - 1, column: col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        ...at(error.pos[0]),
        code: "frontmatter.yaml",
        message: `header: ${error.message.split("\n")[0]}`,
        severity: "error",
        params: { reason: error.code },
      });
    }
    return undefined;
  }
  const keys = new Map<string, Position>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keys.set(String(pair.key.value), at(pair.key.range[0]));
    }
  }
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return parsed.data;
  // Coded like a script's header problems, each on the line of its top-level key.
  const data: unknown = doc.toJS() ?? {};
  problems.push(...headerProblems(parsed.error.issues, data, (path) => keys.get(path[0] ?? "") ?? { line: startLine, column: 1 }));
  return undefined;
}
