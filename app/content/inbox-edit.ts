/**
 * The MDX edits the inbox makes in a draft: a manager's reply added as an `<Example>` of an option,
 * or as a new `<Option>`. Pure text in, text out. The reply is user text, so it is escaped to stay
 * plain text when the file is read: no tag, no expression, no entity, no placeholder, no markdown.
 * The tree (positions) comes from the same MDX parser the script reader uses, so the edit lands on
 * the element the reader will see, whatever its layout.
 */
import type { Root } from "mdast";
import { jsxChildren, parseMdx, textOf, type JsxElement } from "~/engine/script/mdast";

/** Longer than any reasonable spoken reply; the rest is cut so a paste cannot bloat the file. */
export const MAX_TAUGHT_CHARS = 400;
const OWNERS = new Set(["Step", "Objection", "Reaction"]);
const SKIP_EXAMPLES = new Set(["Example"]);
const NAME = /^[a-z][a-z0-9_-]*$/i;

export type EditError = "owner-missing" | "option-missing" | "unreadable" | "empty" | "bad-target";
export type EditResult = { source: string; line: number } | { error: EditError };

/**
 * One line of plain text that reads back as itself: whitespace collapsed, placeholders broken up
 * (`[[x]]` would be filled or refused), and every character MDX or markdown gives a meaning to
 * backslash-escaped (`<` a tag, `{` an expression, `&` an entity, `*` `_` `` ` `` `~` emphasis and
 * code, `[` `]` links, `\` itself).
 */
export function escapeMdxText(text: string): string {
  const plain = text.replace(/\s+/g, " ").trim().slice(0, MAX_TAUGHT_CHARS).trim();
  return plain
    .replace(/\[\[/g, "[ [")
    .replace(/\]\]/g, "] ]")
    .replace(/[\\<>{}&*_`~[\]|#!]/g, (char) => `\\${char}`);
}

/** What the reader will make of an escaped text: for tests and for the inbox's own check. */
export function readBack(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, MAX_TAUGHT_CHARS).trim().replace(/\[\[/g, "[ [").replace(/\]\]/g, "] ]");
}

function attribute(node: JsxElement, name: string): string | undefined {
  for (const entry of node.attributes) {
    if (entry.type === "mdxJsxAttribute" && entry.name === name && typeof entry.value === "string") return entry.value;
  }
  return undefined;
}

function findOwner(nodes: readonly JsxElement[], id: string): JsxElement | undefined {
  for (const node of nodes) {
    if (node.name !== null && OWNERS.has(node.name) && attribute(node, "id") === id) return node;
    const inner = node.name === "Step" ? findOwner(jsxChildren(node), id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

function ownerIn(source: string, ownerId: string): { owner: JsxElement } | { error: EditError } {
  const { tree } = parseMdx(source);
  if (!tree) return { error: "unreadable" };
  const owner = findOwner(jsxChildren(tree as Root), ownerId);
  return owner ? { owner } : { error: "owner-missing" };
}

const optionsOf = (owner: JsxElement) => jsxChildren(owner).filter((child) => child.name === "Option");

/**
 * The option the reply belongs to: by its explicit id, else by its text (a default id like
 * `opening-2` moves when options are added before it, the text does not).
 */
export function findOption(owner: JsxElement, ownerId: string, optionId: string, optionText: string): JsxElement | undefined {
  const options = optionsOf(owner);
  const byId = options.find((node) => attribute(node, "id") === optionId);
  if (byId) return byId;
  return options.find((node, index) => {
    const id = attribute(node, "id") ?? `${ownerId}-${index + 1}`;
    return textOf(node, SKIP_EXAMPLES) === optionText || (id === optionId && optionText === "");
  });
}

function offsets(node: JsxElement): { start: number; end: number } | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

const lineStart = (source: string, at: number) => source.lastIndexOf("\n", at - 1) + 1;
const lineOfOffset = (source: string, at: number) => source.slice(0, at).split("\n").length;
const indentAt = (source: string, at: number) => /^[ \t]*/.exec(source.slice(lineStart(source, at)))?.[0] ?? "";

/** Inserts `<Example>reply</Example>` as the option's last child, turning a one-line option into the block form. */
export function insertExample(
  source: string,
  target: { ownerId: string; optionId: string; optionText: string },
  reply: string,
): EditResult {
  const text = escapeMdxText(reply);
  if (text === "") return { error: "empty" };
  const found = ownerIn(source, target.ownerId);
  if ("error" in found) return found;
  const option = findOption(found.owner, target.ownerId, target.optionId, target.optionText);
  const at = option ? offsets(option) : null;
  if (!option || !at) return { error: "option-missing" };
  const indent = indentAt(source, at.start);
  const example = `${indent}  <Example>${text}</Example>`;
  const close = source.lastIndexOf("</Option", at.end);
  if (option.type === "mdxJsxFlowElement" && close > at.start) {
    const before = source.slice(lineStart(source, close), close);
    const edited =
      before.trim() === ""
        ? source.slice(0, lineStart(source, close)) + `${example}\n` + source.slice(lineStart(source, close))
        : source.slice(0, close) + `\n${example}\n${indent}` + source.slice(close);
    return { source: edited, line: lineOfOffset(source, close) + (before.trim() === "" ? 0 : 1) };
  }
  return blockForm(source, option, at, indent, example);
}

/**
 * `<Option …>text</Option>` inside a paragraph becomes a block of its own, set apart by blank
 * lines: `<Option …>` / the text / the examples / `</Option>`, each on its own line. (MDX reads
 * children on their own lines only in the block form.)
 */
function blockForm(source: string, option: JsxElement, at: { start: number; end: number }, indent: string, example: string): EditResult {
  const first = option.children[0]?.position?.start.offset;
  const close = source.lastIndexOf("</Option", at.end);
  if (first === undefined || close < first) return { error: "option-missing" };
  const opening = source.slice(at.start, first).trimEnd();
  const body = source
    .slice(first, close)
    .replace(/\s*\n\s*/g, `\n${indent}  `)
    .trim();
  const block = `${indent}${opening}\n${indent}  ${body}\n${example}\n${indent}</Option>`;
  const head = source
    .slice(0, at.start)
    .replace(/[ \t]*$/, "")
    .replace(/\n+$/, "");
  const after = source.slice(at.end);
  const rest = /^[ \t]*\n/.test(after) ? after.replace(/^[ \t]*\n+/, "") : `${indent}${after.trimStart()}`;
  const edited = `${head}\n\n${block}\n\n${rest}`;
  return { source: edited, line: lineOfOffset(edited, edited.indexOf(example, head.length)) };
}

/** An option id nobody uses in this file: `<owner>-inbox`, `<owner>-inbox-2`, … */
export function freeOptionId(source: string, ownerId: string): string {
  const taken = (id: string) => source.includes(`id="${id}"`) || source.includes(`"${id}"`);
  let id = `${ownerId}-inbox`;
  for (let n = 2; taken(id); n += 1) id = `${ownerId}-inbox-${n}`;
  return id;
}

/** Adds `<Option id=… to=… quality=…>reply</Option>` after the owner's last option (or as its first child). */
export function insertNewOption(source: string, target: { ownerId: string; quality: string; to?: string }, reply: string): EditResult {
  const text = escapeMdxText(reply);
  if (text === "") return { error: "empty" };
  // attribute values come from the form: only plain ids, never quotes or braces
  if (!NAME.test(target.quality) || (target.to !== undefined && target.to !== "" && !NAME.test(target.to))) return { error: "bad-target" };
  const found = ownerIn(source, target.ownerId);
  if ("error" in found) return found;
  const id = freeOptionId(source, target.ownerId);
  const to = target.to ? ` to="${target.to}"` : "";
  const last = optionsOf(found.owner).at(-1);
  const anchor = last ? offsets(last) : null;
  const ownerAt = offsets(found.owner);
  if (!ownerAt) return { error: "unreadable" };
  const indent = anchor ? indentAt(source, anchor.start) : `${indentAt(source, ownerAt.start)}  `;
  const line = `${indent}<Option id="${id}"${to} quality="${target.quality}">${text}</Option>`;
  if (anchor) {
    const endOfLine = source.indexOf("\n", anchor.end);
    const at = endOfLine < 0 ? source.length : endOfLine;
    return { source: `${source.slice(0, at)}\n${line}${source.slice(at)}`, line: lineOfOffset(source, at) + 1 };
  }
  const close = source.lastIndexOf("</", ownerAt.end);
  const at = lineStart(source, close);
  return { source: `${source.slice(0, at)}${line}\n${source.slice(at)}`, line: lineOfOffset(source, at) };
}
