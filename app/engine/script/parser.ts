/**
 * MDX source → ScriptDefinition. Works on the mdast tree only (never compiles), so it is safe to
 * run on untrusted text, and every problem carries the line and column of what caused it.
 */
import type { Root, RootContent } from "mdast";
import { parseFrontmatter } from "./frontmatter";
import { isJsx, jsxChildren, parseMdx, positionOf, textOf, type JsxElement } from "./mdast";
import { checkSandbox } from "./sandbox";
import { readEnd, readObjection, readReveal, readStep } from "./elements";
import type { Problem, ScriptDefinition, ScriptMeta, Position } from "./types";

export interface ParseResult {
  definition?: ScriptDefinition;
  problems: Problem[];
}

type Body = Omit<ScriptDefinition, "meta" | "metaLines">;

export function parseScript(source: string): ParseResult {
  const { tree, problems } = parseMdx(source);
  if (!tree) return { problems };
  problems.push(...checkSandbox(tree));
  const header = readHeader(tree, problems);
  const body = readBody(tree, problems);
  const hasErrors = problems.some((problem) => problem.severity === "error");
  const sorted = sortProblems(problems);
  if (hasErrors || !header.meta) return { problems: sorted };
  return { definition: { meta: header.meta, metaLines: header.lines, ...body }, problems: sorted };
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}

function readHeader(tree: Root, problems: Problem[]): { meta?: ScriptMeta; lines: Record<string, Position> } {
  const first = tree.children[0];
  if (first?.type !== "yaml") {
    problems.push({ line: 1, column: 1, code: "frontmatter.missing", message: "the file must start with a header between --- lines", severity: "error" });
    return { lines: {} };
  }
  // The YAML text begins on the line after the opening `---`.
  const start = { line: positionOf(first).line + 1, column: 1 };
  const result = parseFrontmatter(first.value, start);
  problems.push(...result.problems);
  return { ...(result.meta && { meta: result.meta }), lines: result.lines };
}

function readBody(tree: Root, problems: Problem[]): Body {
  const body: Body = { steps: [], objections: [], reveals: [], ends: [], coaching: [] };
  for (const node of tree.children) {
    if (node.type === "yaml") continue;
    if (isJsx(node)) readTopLevel(node, body, problems);
    else if (node.type === "paragraph" && jsxChildren({ type: "root", children: [node] }).length > 0) {
      jsxChildren({ type: "root", children: [node] }).forEach((element) => readTopLevel(element, body, problems));
    } else addCoaching(node, body);
  }
  return body;
}

function addCoaching(node: RootContent, body: Body): void {
  const text = textOf(node);
  if (text !== "") body.coaching.push(text);
}

function readTopLevel(node: JsxElement, body: Body, problems: Problem[]): void {
  switch (node.name) {
    case "Step":
      return push(body.steps, readStep(node, problems));
    case "Objection":
      return push(body.objections, readObjection(node, problems));
    case "Reveal":
      return push(body.reveals, readReveal(node, problems));
    case "End":
      return push(body.ends, readEnd(node, problems));
    case "Lead": case "Option": case "Hint": case "Note": case "Model": case "Ask":
      problems.push({ ...positionOf(node), code: "parse.misplaced", message: `<${node.name}> must be inside a <Step>, <Objection>, <Reveal> or <End>`, severity: "error" });
      return;
    default:
      return; // safe formatting elements are coaching prose; the sandbox judged the rest
  }
}

function push<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}
