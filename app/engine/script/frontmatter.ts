/**
 * The script header: YAML checked by zod, each error reported on the line of the offending key so
 * an author can find it without counting indentation.
 */
import { z } from "zod";
import { LineCounter, parseDocument, isNode, type Node as YamlNode } from "yaml";
import { LANGS, LEAD_TYPES, SKILLS } from "../vocabulary";
import { TEMPERAMENTS, type Position, type Problem, type ScriptMeta } from "./types";

const text = z.string().trim().min(1, "must not be empty");
/** YAML reads `600` or `yes` as other types; the author meant words. */
const words = z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value));

const fact = z.strictObject({ value: words, kind: z.enum(["closed", "free"]).default("free") });

/** Spelled out (not generated from QUALIFICATION_FIELDS) so zod infers the exact keys. */
const facts = z.strictObject({
  fit: fact.optional(),
  need: fact.optional(),
  budget: fact.optional(),
  timing: fact.optional(),
  decisionMaker: fact.optional(),
});

const percent = z.number().int().min(0).max(100);

export const scriptMetaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case letters, digits and dashes only"),
  family: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case letters, digits and dashes only").optional(),
  title: text,
  lang: z.enum(LANGS),
  leadType: z.enum(LEAD_TYPES),
  difficulty: z.number().int().min(1).max(5),
  passMark: percent,
  summary: z.string().default(""),
  leadCard: z.record(z.string(), words).default({}),
  product: z.strictObject({ name: text, usp: text, facts: z.array(words).default([]) }),
  persona: z.strictObject({
    name: text,
    role: z.string().optional(),
    temperament: z.enum(TEMPERAMENTS),
    mood: z.strictObject({ interest: percent, trust: percent, patience: z.number().int().min(1).max(20) }),
    facts: facts.default({}),
  }),
  weights: z.partialRecord(z.enum(SKILLS), z.number().min(0).max(100)).optional(),
  markers: z.strictObject({ product: z.array(words).optional(), usp: z.array(words).optional() }).optional(),
});

export interface FrontmatterResult {
  meta?: ScriptMeta;
  lines: Record<string, Position>;
  problems: Problem[];
}

/**
 * @param yamlText the text between the `---` lines
 * @param start where that text begins in the file (the line after the first `---`)
 */
export function parseFrontmatter(yamlText: string, start: Position): FrontmatterResult {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line: start.line + line - 1, column: col };
  };
  const yamlProblems = doc.errors.map((error) => ({
    ...at(error.pos[0]), code: "frontmatter.yaml", message: `header: ${error.message.split("\n")[0]}`, severity: "error" as const,
  }));
  if (yamlProblems.length > 0) return { lines: {}, problems: yamlProblems };
  const lines = keyLines(doc.contents, at);
  const parsed = scriptMetaSchema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return { meta: parsed.data, lines, problems: [] };
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.map(String);
    return { ...lineOf(path, lines, start), code: "frontmatter.schema", message: `header ${path.join(".") || "(root)"}: ${issue.message}`, severity: "error" as const };
  });
  return { lines, problems };
}

/** The nearest key that exists: a missing `persona.mood.trust` points at `persona.mood`. */
function lineOf(path: string[], lines: Record<string, Position>, fallback: Position): Position {
  for (let length = path.length; length > 0; length--) {
    const found = lines[path.slice(0, length).join(".")];
    if (found) return found;
  }
  return fallback;
}

/** Every key path in the YAML mapped to where its key is written. */
function keyLines(root: unknown, at: (offset: number) => Position): Record<string, Position> {
  const lines: Record<string, Position> = {};
  const walk = (node: unknown, prefix: string) => {
    if (!isNode(node) || !("items" in node) || !Array.isArray(node.items)) return;
    node.items.forEach((item: unknown, index: number) => {
      const pair = readPair(item);
      const key = pair ? String(pair.key) : String(index);
      const path = prefix ? `${prefix}.${key}` : key;
      const where = pair?.keyNode ?? (isNode(item) ? item : undefined);
      if (where?.range) lines[path] = at(where.range[0]);
      walk(pair ? pair.value : item, path);
    });
  };
  walk(root, "");
  return lines;
}

function readPair(item: unknown): { key: unknown; keyNode?: YamlNode; value: unknown } | undefined {
  if (typeof item !== "object" || item === null || !("key" in item) || !("value" in item)) return undefined;
  const keyNode = isNode(item.key) ? item.key : undefined;
  const key = keyNode && "value" in keyNode ? keyNode.value : item.key;
  return { key, keyNode, value: item.value };
}
