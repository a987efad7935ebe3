/**
 * Lesson MDX → LessonDefinition. A lesson is readable prose (Markdown) with a few components; its
 * HTML is rendered on the server from the compiled MDX (ADR 0002). The definition keeps what pages
 * need without rendering: the header and the practice scenarios it ends with.
 *
 *   <Callout tone="tip">…</Callout>          a highlighted idea (tone: tip | warning)
 *   <Example> <Say who="lead">…</Say> <Say who="manager">…</Say> </Example>   a dialogue
 *   <Practice slug="objection-drill-en">Drill the seven objections</Practice>  a link to /rehearse/<slug>
 */
import { z } from "zod";
import { LANGS } from "../vocabulary";
import { AttributeReader } from "../script/attributes";
import { isJsx, parseMdx, positionOf, textOf, type JsxElement } from "../script/mdast";
import { checkSandbox } from "../script/sandbox";
import type { Nodes } from "mdast";
import type { Problem } from "../script/types";
import { readHeader } from "../quiz/header";

export const LESSON_COMPONENTS: ReadonlySet<string> = new Set(["Callout", "Example", "Say", "Practice"]);
export const CALLOUT_TONES = ["tip", "warning"] as const;
export const SPEAKERS = ["lead", "manager"] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case letters, digits and dashes only");

export const lessonMetaSchema = z.strictObject({
  id: slug,
  family: slug.optional(),
  title: z.string().trim().min(1, "must not be empty"),
  lang: z.enum(LANGS),
  summary: z.string().default(""),
  minutes: z.number().int().min(1).max(120).default(5),
});

export type LessonMeta = z.output<typeof lessonMetaSchema>;

export interface LessonDefinition {
  kind: "lesson";
  meta: LessonMeta;
  /** the scenarios the lesson sends the reader to, in the order written */
  practice: { slug: string; label: string }[];
  /** section headings, for the table of contents */
  headings: string[];
}

export interface LessonParseResult {
  definition?: LessonDefinition;
  problems: Problem[];
}

export function parseLesson(source: string): LessonParseResult {
  const { tree, problems } = parseMdx(source);
  if (!tree) return { problems };
  problems.push(...checkSandbox(tree, { components: LESSON_COMPONENTS }));
  const meta = readHeader(tree, lessonMetaSchema, problems);
  const practice: LessonDefinition["practice"] = [];
  const headings: string[] = [];
  let words = 0;
  const visit = (node: Nodes) => {
    if (node.type === "heading" && node.depth === 2) headings.push(textOf(node));
    if (node.type === "text") words += node.value.split(/\s+/).filter(Boolean).length;
    if (isJsx(node)) readComponent(node, practice, problems);
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);
  if (words < 30)
    problems.push({
      line: 1,
      column: 1,
      code: "lesson.short",
      message: "a lesson needs some text to read (at least 30 words)",
      severity: "error",
      params: { words },
    });
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  if (!meta || sorted.some((p) => p.severity === "error")) return { problems: sorted };
  return { definition: { kind: "lesson", meta, practice, headings }, problems: sorted };
}

function readComponent(node: JsxElement, practice: LessonDefinition["practice"], problems: Problem[]): void {
  const reader = new AttributeReader(node, problems);
  if (node.name === "Practice") {
    const target = reader.required("slug");
    if (target !== undefined && !slug.safeParse(target).success) {
      problems.push({
        ...(reader.position("slug") ?? positionOf(node)),
        code: "lesson.slug",
        message: `<Practice> slug="${target}" is not a script id`,
        severity: "error",
        params: { slug: target },
      });
    }
    const label = textOf(node);
    if (label === "")
      problems.push({
        ...positionOf(node),
        code: "parse.empty",
        message: "<Practice> needs text: what the scenario trains",
        severity: "error",
        params: { element: "Practice" },
      });
    if (target !== undefined) practice.push({ slug: target, label });
  } else if (node.name === "Callout") {
    reader.oneOf("tone", CALLOUT_TONES, false);
  } else if (node.name === "Say") {
    reader.oneOf("who", SPEAKERS, true);
  }
  if (node.name && LESSON_COMPONENTS.has(node.name)) reader.reportUnused();
}

export function isLessonDefinition(value: unknown): value is LessonDefinition {
  return typeof value === "object" && value !== null && "kind" in value && value.kind === "lesson";
}
