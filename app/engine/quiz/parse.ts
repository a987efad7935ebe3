/**
 * Quiz MDX → QuizDefinition, on the mdast tree only (never compiled), with line:column problems.
 *
 *   <Question id="price" kind="single" points="1">
 *   The client says «дорого». What comes first?
 *   <Choice correct>Acknowledge the concern</Choice>
 *   <Choice>Offer a discount</Choice>
 *   <Explain>Why, shown after the answer is submitted.</Explain>
 *   </Question>
 */
import type { RootContent } from "mdast";
import { z } from "zod";
import { LANGS } from "../vocabulary";
import { AttributeReader } from "../script/attributes";
import { isJsx, jsxChildren, parseMdx, positionOf, textOf, type JsxElement } from "../script/mdast";
import { checkSandbox } from "../script/sandbox";
import type { Problem } from "../script/types";
import { readHeader } from "./header";
import { QUESTION_KINDS, type Question, type QuizDefinition } from "./types";

export const QUIZ_COMPONENTS: ReadonlySet<string> = new Set(["Question", "Choice", "Item", "Pair", "Explain"]);

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case letters, digits and dashes only");

export const quizMetaSchema = z.strictObject({
  id: slug,
  family: slug.optional(),
  title: z.string().trim().min(1, "must not be empty"),
  lang: z.enum(LANGS),
  passMark: z.number().int().min(0).max(100),
  summary: z.string().default(""),
});

export interface QuizParseResult {
  definition?: QuizDefinition;
  problems: Problem[];
}

export function parseQuiz(source: string): QuizParseResult {
  const { tree, problems } = parseMdx(source);
  if (!tree) return { problems };
  problems.push(...checkSandbox(tree, { components: QUIZ_COMPONENTS }));
  const meta = readHeader(tree, quizMetaSchema, problems);
  const intro: string[] = [];
  const questions: Question[] = [];
  const ids = new Set<string>();
  for (const node of tree.children) {
    if (node.type === "yaml") continue;
    const elements = isJsx(node) ? [node] : node.type === "paragraph" ? jsxChildren({ type: "root", children: [node] }) : [];
    if (elements.length === 0) {
      const text = textOf(node);
      if (text !== "") intro.push(text);
      continue;
    }
    for (const element of elements) readTopLevel(element, questions, ids, problems);
  }
  if (questions.length === 0)
    problems.push({
      line: 1,
      column: 1,
      code: "quiz.empty",
      message: "a quiz needs at least one <Question>",
      severity: "error",
      params: {},
    });
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  if (!meta || sorted.some((p) => p.severity === "error")) return { problems: sorted };
  return { definition: { kind: "quiz", meta, intro, questions }, problems: sorted };
}

function readTopLevel(element: JsxElement, questions: Question[], ids: Set<string>, problems: Problem[]): void {
  if (element.name !== "Question") {
    if (element.name && QUIZ_COMPONENTS.has(element.name)) {
      problems.push({
        ...positionOf(element),
        code: "parse.misplaced",
        message: `<${element.name}> must be inside a <Question>`,
        severity: "error",
        params: { element: element.name ?? "", parent: "", allowed: "Question" },
      });
    }
    return;
  }
  const question = readQuestion(element, `q${questions.length + 1}`, problems);
  if (!question) return;
  if (ids.has(question.id)) {
    problems.push({
      ...positionOf(element),
      code: "quiz.duplicate-id",
      message: `question id "${question.id}" is used twice`,
      severity: "error",
      params: { id: question.id },
    });
    return;
  }
  ids.add(question.id);
  questions.push(question);
}

/** The question's own words: its text outside the answer components. */
function promptOf(node: JsxElement): string {
  const parts: string[] = [];
  const visit = (children: readonly RootContent[]) => {
    for (const child of children) {
      if (isJsx(child)) continue;
      if (child.type === "paragraph") visit(child.children);
      else parts.push(textOf(child));
    }
  };
  visit(node.children);
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

function readQuestion(node: JsxElement, defaultId: string, problems: Problem[]): Question | undefined {
  const reader = new AttributeReader(node, problems);
  const id = reader.text("id") ?? defaultId;
  const kind = reader.oneOf("kind", QUESTION_KINDS, true);
  const points = reader.integer("points", 1, 10) ?? 1;
  reader.reportUnused();
  const prompt = promptOf(node);
  const children = jsxChildren(node);
  const explanation = children
    .filter((c) => c.name === "Explain")
    .map((node) => textOf(node))
    .join(" ");
  const error: Report = (code, message, params = {}) =>
    problems.push({ ...positionOf(node), code, message, severity: "error", params: { id, ...params } });
  if (prompt === "") error("quiz.prompt", `question "${id}" has no text: write the question before its answers`);
  if (explanation === "") {
    problems.push({
      ...positionOf(node),
      code: "quiz.explain",
      message: `question "${id}" has no <Explain>: managers learn most from the why`,
      severity: "warning",
      params: { id },
    });
  }
  if (kind === undefined) return undefined;
  const base = { id, prompt, points, explanation };
  if (kind === "single" || kind === "multiple") return readChoices(kind, base, children, error, problems);
  if (kind === "order") {
    const items = children.filter((c) => c.name === "Item").map((c, i) => ({ id: partId(id, i, textOf(c)), text: textOf(c) }));
    if (items.length < 2) error("quiz.order", `question "${id}" needs at least two <Item>s, written in the right order`);
    return { kind, ...base, items };
  }
  return readPairs(base, children, error, problems);
}

/**
 * Part ids are a hash of the question, the position and the text: stable for a version, and
 * opaque, so the page cannot tell the right order or pairing from the ids it receives.
 */
function partId(questionId: string, index: number, text: string): string {
  let hash = 2166136261;
  for (const char of `${questionId}\u0000${index}\u0000${text}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return `${questionId}-${hash.toString(36)}`;
}

type Base = { id: string; prompt: string; points: number; explanation: string };
type Report = (code: string, message: string, params?: Record<string, string | number>) => void;

function readChoices(kind: "single" | "multiple", base: Base, children: JsxElement[], error: Report, problems: Problem[]): Question {
  const choices = children
    .filter((c) => c.name === "Choice")
    .map((c, i) => {
      const reader = new AttributeReader(c, problems);
      const correct = reader.flag("correct");
      reader.reportUnused();
      return { id: partId(base.id, i, textOf(c)), text: textOf(c), correct };
    });
  const correct = choices.filter((c) => c.correct).length;
  if (choices.length < 2) error("quiz.choices", `question "${base.id}" needs at least two <Choice>s`);
  if (kind === "single" && correct !== 1)
    error("quiz.correct", `question "${base.id}" (single) needs exactly one <Choice correct>, found ${correct}`, { kind, found: correct });
  if (kind === "multiple" && correct < 1)
    error("quiz.correct", `question "${base.id}" (multiple) needs at least one <Choice correct>`, { kind, found: correct });
  return { kind, ...base, choices };
}

function readPairs(base: Base, children: JsxElement[], error: Report, problems: Problem[]): Question {
  const pairs = children
    .filter((c) => c.name === "Pair")
    .map((c, i) => {
      const reader = new AttributeReader(c, problems);
      const left = reader.required("left") ?? "";
      reader.reportUnused();
      return { id: partId(base.id, i, left), left, right: textOf(c) };
    });
  if (pairs.length < 2) error("quiz.pairs", `question "${base.id}" needs at least two <Pair left="…">answer</Pair>`);
  if (new Set(pairs.map((p) => p.right)).size !== pairs.length)
    error("quiz.pairs-same", `question "${base.id}": two pairs have the same answer`);
  return { kind: "match", ...base, pairs };
}

export function isQuizDefinition(value: unknown): value is QuizDefinition {
  return typeof value === "object" && value !== null && "kind" in value && value.kind === "quiz";
}
