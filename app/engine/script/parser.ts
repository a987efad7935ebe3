/**
 * MDX source → ScriptDefinition. Works on the mdast tree only (never compiles), so it is safe to
 * run on untrusted text, and every problem carries the line and column of what caused it.
 */
import type { Root, RootContent } from "mdast";
import { parseFrontmatter } from "./frontmatter";
import { isJsx, jsxChildren, parseMdx, positionOf, textOf, type JsxElement } from "./mdast";
import { checkSandbox } from "./sandbox";
import { readEnd, readObjection, readReveal, readStep } from "./elements";
import type { CheckReport } from "./checker";
import { checkNames } from "./names";
import { newReading, type Reading } from "./read";
import { SourceText } from "./source";
import type { Problem, ScriptDefinition, ScriptMeta, Position } from "./types";

export interface ParseResult {
  definition?: ScriptDefinition;
  problems: Problem[];
  /** compileScriptSource only: what the checker measured over the seeds it played */
  check?: CheckReport;
}

type Body = Omit<ScriptDefinition, "format" | "meta" | "metaLines">;

/** Always a version-2 definition: a file in the round-1 style is a valid version-2 file. */
export function parseScript(source: string): ParseResult {
  const { tree, problems: syntax } = parseMdx(source);
  if (!tree) return { problems: syntax };
  const reading = newReading(new SourceText(source));
  const { problems } = reading;
  problems.push(...checkSandbox(tree));
  const header = readHeader(tree, problems);
  const body = readBody(tree, reading);
  if (header.meta) {
    const definition: ScriptDefinition = { format: 2, meta: header.meta, metaLines: header.lines, ...body };
    problems.push(...checkNames(definition, reading.refs));
    const hasErrors = problems.some((problem) => problem.severity === "error");
    return hasErrors ? { problems: sortProblems(problems) } : { definition, problems: sortProblems(problems) };
  }
  return { problems: sortProblems(problems) };
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}

function readHeader(tree: Root, problems: Problem[]): { meta?: ScriptMeta; lines: Record<string, Position> } {
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
    return { lines: {} };
  }
  // The YAML text begins on the line after the opening `---`.
  const start = { line: positionOf(first).line + 1, column: 1 };
  const result = parseFrontmatter(first.value, start);
  problems.push(...result.problems);
  return { ...(result.meta && { meta: result.meta }), lines: result.lines };
}

function readBody(tree: Root, reading: Reading): Body {
  const body: Body = { steps: [], objections: [], reveals: [], ends: [], coaching: [] };
  for (const node of tree.children) {
    if (node.type === "yaml") continue;
    if (isJsx(node)) readTopLevel(node, body, reading);
    else if (node.type === "paragraph" && jsxChildren({ type: "root", children: [node] }).length > 0) {
      jsxChildren({ type: "root", children: [node] }).forEach((element) => readTopLevel(element, body, reading));
    } else addCoaching(node, body);
  }
  return body;
}

function addCoaching(node: RootContent, body: Body): void {
  const text = textOf(node);
  if (text !== "") body.coaching.push(text);
}

const PARENTS: Record<string, string> = {
  Lead: "Step, Reaction, Objection, Reveal, End",
  Option: "Step, Reaction, Objection",
  Hint: "Step, Reaction",
  Note: "Step, Reaction, Objection",
  Model: "Objection",
  Ask: "Reveal",
  Reaction: "Step",
  Example: "Option",
  Goal: "End",
};

function readTopLevel(node: JsxElement, body: Body, reading: Reading): void {
  const parents = PARENTS[node.name ?? ""];
  switch (node.name) {
    case "Step":
      return push(body.steps, readStep(node, reading));
    case "Objection":
      return push(body.objections, readObjection(node, reading));
    case "Reveal":
      return push(body.reveals, readReveal(node, reading));
    case "End":
      return push(body.ends, readEnd(node, reading));
    case "Lead":
    case "Option":
    case "Hint":
    case "Note":
    case "Model":
    case "Ask":
    case "Reaction":
    case "Example":
    case "Goal":
      reading.problems.push({
        ...positionOf(node),
        code: "parse.top-level",
        message: `<${node.name}> must be inside one of: ${parents ?? ""}`,
        severity: "error",
        params: { element: node.name, parents: parents ?? "" },
      });
      return;
    default:
      return; // safe formatting elements are coaching prose; the sandbox judged the rest
  }
}

function push<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}
