/**
 * The script header: YAML checked by zod, each error reported on the line of the offending key so
 * an author can find it without counting indentation. What zod cannot say (a fact that names no
 * card field, a closed field without values) is checked in headerRules.ts.
 */
import { z } from "zod";
import { LineCounter, parseDocument, isNode, type Node as YamlNode } from "yaml";
import { LANGS, LEAD_TYPES, SKILLS } from "../vocabulary";
import { headerProblems } from "./headerProblems";
import { buildMeta } from "./headerRules";
import { TEMPERAMENTS, VOICES, type Position, type Problem, type ScriptMeta } from "./types";

const text = z.string().trim().min(1);
/** YAML reads `600` or `yes` as other types; the author meant words. */
const words = z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value));
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "id-format");
/** flags, counters and vars: no dashes, so `pushes-1` in sets is never ambiguous */
const stateName = z.string().regex(/^[a-z][a-zA-Z0-9_]*$/, "name-format");
/** speaker, card field, variant and closed-value ids */
const key = z.string().regex(/^[a-z][a-zA-Z0-9_-]*$/, "key-format");

export const CARD_KINDS = ["closed", "free", "number", "phone", "name"] as const;

const percent = z.number().int().min(0).max(100);
const fact = z.strictObject({ value: words, kind: z.enum(CARD_KINDS).optional() });
const mood = z.strictObject({ interest: percent, trust: percent, patience: z.number().int().min(1).max(20) });

const variant = z.strictObject({
  id: key,
  weight: z.number().int().min(0).max(1000).default(1),
  name: text.optional(),
  role: z.string().optional(),
  temperament: z.enum(TEMPERAMENTS).optional(),
  mood: mood.partial().optional(),
  facts: z.record(key, fact).default({}),
  vars: z.record(stateName, words).default({}),
});

export const scriptMetaSchema = z.strictObject({
  format: z.literal(2).optional(),
  id: slug,
  family: slug.optional(),
  title: text,
  lang: z.enum(LANGS),
  leadType: z.enum(LEAD_TYPES),
  difficulty: z.number().int().min(1).max(5),
  passMark: percent,
  summary: z.string().default(""),
  leadCard: z.record(z.string(), words).default({}),
  product: z.strictObject({ name: text, usp: text, facts: z.array(words).default([]) }),
  speakers: z
    .record(key, z.strictObject({ name: text.optional(), role: z.string().optional(), voice: z.enum(VOICES).optional() }))
    .default({}),
  state: z
    .strictObject({
      flags: z.array(stateName).default([]),
      counters: z.record(stateName, z.number().int().min(0).max(99)).default({}),
    })
    .default({ flags: [], counters: {} }),
  card: z.record(key, z.strictObject({ label: text, kind: z.enum(CARD_KINDS), values: z.record(key, words).optional() })).default({}),
  persona: z.strictObject({
    name: text,
    role: z.string().optional(),
    temperament: z.enum(TEMPERAMENTS),
    mood,
    facts: z.record(key, fact).default({}),
    variants: z.array(variant).default([]),
  }),
  blueprint: z
    .strictObject({
      objections: z.array(z.string()).default([]),
      minTurns: z.number().int().min(0).max(50).default(4),
      minCard: percent.default(40),
      timeLimit: z.number().int().min(30).max(7200).optional(),
    })
    .default({ objections: [], minTurns: 4, minCard: 40 }),
  weights: z.partialRecord(z.enum(SKILLS), z.number().min(0).max(100)).optional(),
  markers: z.strictObject({ product: z.array(words).optional(), usp: z.array(words).optional() }).optional(),
});

export type ParsedHeader = z.output<typeof scriptMetaSchema>;

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
    ...at(error.pos[0]),
    code: "frontmatter.yaml",
    message: `header: ${error.message.split("\n")[0]}`,
    severity: "error" as const,
    params: { reason: error.code },
  }));
  if (yamlProblems.length > 0) return { lines: {}, problems: yamlProblems };
  const lines = keyLines(doc.contents, at);
  const data: unknown = doc.toJS() ?? {};
  const parsed = scriptMetaSchema.safeParse(data);
  const where = (path: string[]) => lineOf(path, lines, start);
  if (!parsed.success) return { lines, problems: headerProblems(parsed.error.issues, data, where) };
  const built = buildMeta(parsed.data, where);
  return { ...(built.meta && { meta: built.meta }), lines, problems: built.problems };
}

/** The nearest key that exists: a missing `persona.mood.trust` points at `persona.mood`. */
export function lineOf(path: string[], lines: Record<string, Position>, fallback: Position): Position {
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
      const name = pair ? String(pair.key) : String(index);
      const path = prefix ? `${prefix}.${name}` : name;
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
  const name = keyNode && "value" in keyNode ? keyNode.value : item.key;
  return { key: name, keyNode, value: item.value };
}
