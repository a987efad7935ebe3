/**
 * What every element reader shares: the problems found so far, the source (for positions inside
 * attribute values and text) and the names used, collected while reading and checked against the
 * header's declarations once the whole file is read (names.ts).
 */
import { parseCondition, conditionNames, parseSets, type Condition, type SetOp } from "./condition";
import { findPlaceholders, type PlaceholderRef } from "./placeholders";
import type { AttributeReader } from "./attributes";
import { positionOf, type JsxElement } from "./mdast";
import type { SourceText } from "./source";
import type { Position, Problem } from "./types";

export type NameRef =
  /** a name read by a condition */
  | { kind: "name"; name: string; pos: Position }
  | { kind: "set"; op: SetOp; pos: Position }
  | { kind: "speaker"; name: string; pos: Position }
  /** a fact named by `reveals` or `<Reveal fact>` */
  | { kind: "fact"; name: string; pos: Position }
  | { kind: "placeholder"; ref: PlaceholderRef; raw: string; pos: Position };

export interface Reading {
  problems: Problem[];
  source: SourceText;
  refs: NameRef[];
}

export function newReading(source: SourceText): Reading {
  return { problems: [], source, refs: [] };
}

export function readWhen(reader: AttributeReader, reading: Reading, name = "when"): Condition | undefined {
  const value = reader.text(name);
  const located = reader.located(name);
  if (value === undefined || !located) return undefined;
  const { condition, error } = parseCondition(located.raw);
  if (error) {
    reading.problems.push({
      ...located.at(error.offset),
      code: error.code,
      message: `<${reader.name}> ${name}: ${error.message}`,
      severity: "error",
      params: { element: reader.name, ...error.params },
    });
    return undefined;
  }
  if (!condition) return undefined;
  for (const used of conditionNames(condition.ast)) reading.refs.push({ kind: "name", name: used.name, pos: located.at(used.at) });
  return { text: value.replace(/\s+/g, " "), ast: condition.ast };
}

export function readSets(reader: AttributeReader, reading: Reading): SetOp[] | undefined {
  const value = reader.text("sets");
  const located = reader.located("sets");
  if (value === undefined || !located) return undefined;
  const { sets, errors } = parseSets(located.raw);
  for (const error of errors) {
    reading.problems.push({
      ...located.at(error.offset),
      code: error.code,
      message: `<${reader.name}> sets: ${error.message}`,
      severity: "error",
      params: { element: reader.name, ...error.params },
    });
  }
  for (const op of sets) reading.refs.push({ kind: "set", op, pos: located.at(op.at) });
  return sets.length > 0 ? sets : undefined;
}

export function readSpeaker(reader: AttributeReader, reading: Reading): string | undefined {
  const speaker = reader.text("speaker");
  const pos = reader.position("speaker");
  if (speaker !== undefined && pos) reading.refs.push({ kind: "speaker", name: speaker, pos: reader.located("speaker")?.at(0) ?? pos });
  return speaker;
}

/** Placeholders in a line or an option: malformed ones are errors, the others checked later. */
export function readPlaceholders(text: string, node: JsxElement, reading: Reading): void {
  if (!text.includes("[[")) return;
  const { found, errors } = findPlaceholders(text);
  const near = (raw: string) => reading.source.find(node, raw) ?? positionOf(node);
  for (const error of errors) {
    const raw = text.slice(error.offset, error.offset + 40).split("]]")[0] ?? "[[";
    reading.problems.push({ ...near(raw), code: error.code, message: error.message, severity: "error", params: error.params });
  }
  for (const placeholder of found)
    reading.refs.push({ kind: "placeholder", ref: placeholder.ref, raw: placeholder.raw, pos: near(placeholder.raw) });
}
