/**
 * Parsing MDX into an mdast tree and small helpers over it. Only parsing: nothing here compiles or
 * evaluates the file, so a hostile script is inert while we inspect it.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkFrontmatter from "remark-frontmatter";
import type { Root, Nodes, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx";
import type {} from "mdast-util-frontmatter";
import type { Position, Problem } from "./types";

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ["yaml"]);

/** Parses MDX; a syntax error becomes a problem at its position instead of an exception. */
export function parseMdx(source: string): { tree?: Root; problems: Problem[] } {
  try {
    return { tree: processor.parse(source), problems: [] };
  } catch (error) {
    return { problems: [syntaxProblem(error)] };
  }
}

function syntaxProblem(error: unknown): Problem {
  const place = readPlace(error);
  const reason = error instanceof Error ? (readReason(error) ?? error.message) : String(error);
  return { ...place, message: `MDX syntax: ${reason}`, code: "mdx.syntax", severity: "error", params: { reason } };
}

function readPlace(error: unknown): Position {
  if (typeof error === "object" && error !== null && "line" in error && "column" in error) {
    const { line, column } = error;
    if (typeof line === "number" && typeof column === "number") return { line, column };
  }
  return { line: 1, column: 1 };
}

function readReason(error: Error): string | undefined {
  return "reason" in error && typeof error.reason === "string" ? error.reason : undefined;
}

export function positionOf(node: { position?: { start: { line: number; column: number } } }): Position {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
}

export function isJsx(node: Nodes): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

/**
 * The JSX children of an element, looking through the paragraphs MDX wraps around inline tags
 * (`<Lead>` and `<Option>` on consecutive lines become text elements inside a paragraph).
 */
export function jsxChildren(node: JsxElement | Root): JsxElement[] {
  const found: JsxElement[] = [];
  const visit = (children: readonly RootContent[]) => {
    for (const child of children) {
      if (isJsx(child)) found.push(child);
      else if (child.type === "paragraph") visit(child.children);
    }
  };
  visit(node.children);
  return found;
}

/**
 * Plain text of a subtree, whitespace collapsed: what the manager says or the lead speaks. Nested
 * components named in `skip` (an option's <Example>s) are left out.
 */
export function textOf(node: Nodes, skip?: ReadonlySet<string>): string {
  return collectText(node, skip).replace(/\s+/g, " ").trim();
}

function collectText(node: Nodes, skip: ReadonlySet<string> | undefined): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "break") return " ";
  if (node.type === "mdxTextExpression" || node.type === "mdxFlowExpression") return literalText(node.value);
  if (skip && isJsx(node) && node.name !== null && skip.has(node.name)) return " ";
  if ("children" in node) {
    const parts = node.children.map((child) => collectText(child, skip));
    return node.type === "paragraph" ? parts.join("") + " " : parts.join("");
  }
  return "";
}

/** `{"text"}` contributes its literal value; the sandbox has already rejected anything else. */
function literalText(expression: string): string {
  const trimmed = expression.trim();
  try {
    const value: unknown = JSON.parse(trimmed);
    return typeof value === "string" || typeof value === "number" ? String(value) : "";
  } catch {
    return "";
  }
}

export type AttributeValue = { value: string | true; pos: Position };

/** Attributes by name; a bare flag (`objection`) is `true`, a literal `{2}` becomes its text. */
export function attributesOf(node: JsxElement): Map<string, AttributeValue> {
  const result = new Map<string, AttributeValue>();
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute") continue;
    const pos = positionOf(attribute);
    const raw = attribute.value;
    if (raw === null || raw === undefined) result.set(attribute.name, { value: true, pos });
    else if (typeof raw === "string") result.set(attribute.name, { value: raw, pos });
    else result.set(attribute.name, { value: literalText(raw.value), pos });
  }
  return result;
}
