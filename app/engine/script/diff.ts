/**
 * What changed between two texts of an item: a line diff (longest common subsequence — written
 * here because scripts are a few hundred lines and forty lines beat a dependency) and, for
 * scripts, a comparison of the machines by id: steps, objections, reveals and ends added, removed
 * or changed, down to the options inside them.
 */
import type { OptionDef, ScriptDefinition } from "./types";

export interface DiffLine {
  op: "same" | "add" | "del";
  text: string;
  /** line number in the old text (same/del) and in the new one (same/add) */
  oldLine: number | null;
  newLine: number | null;
}

/** Above this many cells the table would be too large: the middle is shown as removed then added. */
const MAX_CELLS = 4_000_000;

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split("\n");
  const b = after.split("\n");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const head = a.slice(0, start).map((text, i): DiffLine => ({ op: "same", text, oldLine: i + 1, newLine: i + 1 }));
  const tail = a.slice(endA).map((text, i): DiffLine => ({ op: "same", text, oldLine: endA + i + 1, newLine: endB + i + 1 }));
  return [...head, ...middle(a.slice(start, endA), b.slice(start, endB), start), ...tail];
}

function middle(a: string[], b: string[], offset: number): DiffLine[] {
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    return [
      ...a.map((text, i): DiffLine => ({ op: "del", text, oldLine: offset + i + 1, newLine: null })),
      ...b.map((text, i): DiffLine => ({ op: "add", text, oldLine: null, newLine: offset + i + 1 })),
    ];
  }
  // lcs[i][j] = length of the LCS of a[i..] and b[j..], filled from the end.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * width + j] =
        a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ op: "same", text: a[i] ?? "", oldLine: offset + i + 1, newLine: offset + j + 1 });
      i += 1;
      j += 1;
    } else if (j < b.length && (i >= a.length || (lcs[i * width + j + 1] ?? 0) >= (lcs[(i + 1) * width + j] ?? 0))) {
      out.push({ op: "add", text: b[j] ?? "", oldLine: null, newLine: offset + j + 1 });
      j += 1;
    } else {
      out.push({ op: "del", text: a[i] ?? "", oldLine: offset + i + 1, newLine: null });
      i += 1;
    }
  }
  return out;
}

export type Change = "added" | "removed" | "changed";
export type Section = "meta" | "step" | "objection" | "reveal" | "end";

export interface MachineChange {
  section: Section;
  id: string;
  change: Change;
  /** property names that differ, for a changed entry */
  fields: string[];
  options: { id: string; change: Change }[];
}

/** Positions move with every edit above them; they are not a change of the machine. */
function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      // `at` is also an objection's step list; as a number it is an offset inside a condition
      .filter(([key, inner]) => key !== "pos" && key !== "toPos" && key !== "atPos" && !(key === "at" && typeof inner === "number"))
      .map(([key, inner]) => [key, withoutPositions(inner)]),
  );
}

const same = (x: unknown, y: unknown) => JSON.stringify(withoutPositions(x)) === JSON.stringify(withoutPositions(y));

function optionChanges(before: OptionDef[], after: OptionDef[]): MachineChange["options"] {
  const old = new Map(before.map((option) => [option.id, option]));
  const now = new Map(after.map((option) => [option.id, option]));
  return [
    ...after.filter((option) => !old.has(option.id)).map((option) => ({ id: option.id, change: "added" as const })),
    ...before.filter((option) => !now.has(option.id)).map((option) => ({ id: option.id, change: "removed" as const })),
    ...after
      .filter((option) => old.has(option.id) && !same(old.get(option.id), option))
      .map((option) => ({ id: option.id, change: "changed" as const })),
  ];
}

function compareById<T extends object>(section: Section, before: T[], after: T[], idOf: (entry: T) => string): MachineChange[] {
  const old = new Map(before.map((entry) => [idOf(entry), entry]));
  const now = new Map(after.map((entry) => [idOf(entry), entry]));
  const changes: MachineChange[] = [];
  for (const entry of after) {
    const id = idOf(entry);
    const previous = old.get(id);
    if (!previous) changes.push({ section, id, change: "added", fields: [], options: [] });
    else if (!same(previous, entry)) changes.push({ section, id, change: "changed", ...details(previous, entry) });
  }
  for (const entry of before)
    if (!now.has(idOf(entry))) changes.push({ section, id: idOf(entry), change: "removed", fields: [], options: [] });
  return changes;
}

function details(before: object, after: object): { fields: string[]; options: MachineChange["options"] } {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const read = (entry: object, key: string): unknown => Object.entries(entry).find(([name]) => name === key)?.[1];
  const fields = [...keys].filter((key) => key !== "pos" && key !== "atPos" && !same(read(before, key), read(after, key)));
  const options =
    "options" in before && "options" in after && Array.isArray(before.options) && Array.isArray(after.options)
      ? optionChanges(before.options, after.options)
      : [];
  return { fields, options };
}

export function machineDiff(before: ScriptDefinition, after: ScriptDefinition): MachineChange[] {
  return [
    ...(same(before.meta, after.meta)
      ? []
      : [{ section: "meta" as const, id: after.meta.id, change: "changed" as const, ...details(before.meta, after.meta) }]),
    ...compareById("step", before.steps, after.steps, (step) => step.id),
    ...compareById("objection", before.objections, after.objections, (objection) => objection.id),
    ...compareById("reveal", before.reveals, after.reveals, (reveal) => reveal.fact),
    ...compareById("end", before.ends, after.ends, (end) => end.id),
  ];
}
