/**
 * The script library as the harness needs it: every owner of options (a step, an objection and,
 * in the version-2 format, a reaction inside a step) by id, its open options with their quality
 * and example phrasings, and the best-handled call up to a step (the history a reply is given in).
 * Reactions are read structurally, so this works before and after the library moves to them.
 * Lines, options and examples are read as the engine says them: placeholders filled
 * (`fillPlaceholders` with the engine's `fillContext`) for the script's first persona variant and
 * a player whose name and form of address are not known (`DEFAULT_PLAYER`), so `[[manager]]` is
 * no word of the option and `[[var.boss]]` is the boss's name, as in a call.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { conditionNames, evaluate, type CondNode } from "../../app/engine/script/condition";
import { parseScript } from "../../app/engine/script/parser";
import { DEFAULT_PLAYER, fillPlaceholders } from "../../app/engine/script/placeholders";
import { fillContext } from "../../app/engine/simulation/call";
import type { ScriptDefinition } from "../../app/engine/script/types";
import type { HistoryLine } from "../../app/engine/scoring";
import { OPTION_QUALITIES, type ObjectionType, type OptionQuality, type Skill } from "../../app/engine/vocabulary";

export const LIBRARY_DIR = fileURLToPath(new URL("../../scripts-content/scripts", import.meta.url));

export interface EvalOption {
  id: string;
  /** as the engine says it: placeholders filled */
  text: string;
  /** as the author wrote it, placeholders and all (the corpus's freshness rule is measured on it) */
  authored: string;
  quality: OptionQuality;
  skill?: Skill;
  to?: string;
  examples: string[];
  /** the option's `when`: it is open only in a call where this holds */
  when?: CondNode;
}

export interface Owner {
  id: string;
  kind: "step" | "objection" | "reaction";
  lines: string[];
  options: EvalOption[];
  skill?: Skill;
  objectionType?: ObjectionType;
  /** objections: the steps they may interrupt; reactions: their step */
  at: string[];
  /** a reaction's own `to` (it passes straight on) */
  to?: string;
  reactions: Owner[];
}

export interface ScriptEntry {
  def: ScriptDefinition;
  steps: Owner[];
  owners: Map<string, Owner>;
}

type Loose = Record<string, unknown>;
const isObj = (v: unknown): v is Loose => typeof v === "object" && v !== null;
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);
/** Fills a text's placeholders the way the engine does when the line is said. */
type Say = (text: string) => string;

/** A lead's lines: format 2 gives objects ({ text, when, speaker }), round 1 gave plain strings. */
const lineTexts = (v: unknown, say: Say): string[] =>
  Array.isArray(v)
    ? v.flatMap((line) =>
        typeof line === "string"
          ? [say(line)]
          : line && typeof (line as { text?: unknown }).text === "string"
            ? [say((line as { text: string }).text)]
            : [],
      )
    : [];
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

function readOption(raw: unknown, say: Say): EvalOption | undefined {
  if (!isObj(raw)) return undefined;
  const id = str(raw.id);
  const text = str(raw.text);
  const quality = OPTION_QUALITIES.find((q) => q === raw.quality);
  if (!id || !text || !quality) return undefined;
  const skill = str(raw.skill) as Skill | undefined;
  const to = str(raw.to);
  const when = isObj(raw.when) && isObj(raw.when.ast) ? (raw.when.ast as CondNode) : undefined;
  return {
    id,
    text: say(text),
    authored: text,
    quality,
    examples: strings(raw.examples).map(say),
    ...(skill && { skill }),
    ...(to && { to }),
    ...(when && { when }),
  };
}

function readOptions(raw: unknown, say: Say): EvalOption[] {
  return (Array.isArray(raw) ? raw : []).map((o) => readOption(o, say)).filter((o): o is EvalOption => o !== undefined);
}

function readReaction(raw: unknown, stepId: string, say: Say): Owner | undefined {
  if (!isObj(raw) || !str(raw.id)) return undefined;
  const to = str(raw.to);
  return {
    id: String(raw.id),
    kind: "reaction",
    lines: lineTexts(raw.lines, say),
    options: readOptions(raw.options, say),
    at: [stepId],
    reactions: [],
    ...(to && { to }),
  };
}

function readStep(raw: unknown, say: Say): Owner {
  const s = raw as Loose;
  const id = String(s.id);
  const reactions = (Array.isArray(s.reactions) ? s.reactions : [])
    .map((r) => readReaction(r, id, say))
    .filter((r): r is Owner => r !== undefined);
  const skill = str(s.skill) as Skill | undefined;
  return {
    id,
    kind: "step",
    lines: lineTexts(s.lines, say),
    options: readOptions(s.options, say),
    at: [],
    reactions,
    ...(skill && { skill }),
  };
}

function readObjection(raw: unknown, say: Say): Owner {
  const o = raw as Loose;
  return {
    id: String(o.id),
    kind: "objection",
    lines: lineTexts(o.lines, say),
    options: readOptions(o.options, say),
    at: strings(o.at),
    reactions: [],
    objectionType: o.type as ObjectionType,
  };
}

export function entryOf(def: ScriptDefinition): ScriptEntry {
  const fill = fillContext(def, def.meta.persona.variants[0]?.id ?? null, DEFAULT_PLAYER);
  const say: Say = (text) => fillPlaceholders(text, fill);
  const steps = def.steps.map((s) => readStep(s, say));
  const owners = new Map<string, Owner>();
  for (const step of steps) {
    owners.set(step.id, step);
    for (const r of step.reactions) if (!owners.has(r.id)) owners.set(r.id, r);
  }
  for (const o of def.objections.map((o) => readObjection(o, say))) if (!owners.has(o.id)) owners.set(o.id, o);
  return { def, steps, owners };
}

export interface Library {
  scripts: Map<string, ScriptEntry>;
  problems: string[];
}

/** Parses every .mdx in the library with the engine's own parser. */
export function loadLibrary(dir = LIBRARY_DIR): Library {
  const scripts = new Map<string, ScriptEntry>();
  const problems: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()) {
    const result = parseScript(readFileSync(path.join(dir, file), "utf8"));
    if (!result.definition) {
      const first = result.problems.find((p) => p.severity === "error");
      problems.push(`${file}: ${first ? `${first.line}:${first.column} ${first.message}` : "no definition"}`);
      continue;
    }
    scripts.set(result.definition.meta.id, entryOf(result.definition));
  }
  return { scripts, problems };
}

/** All the options an owner can offer: its own and, for a step, its reactions'. */
function allOptions(owner: Owner): EvalOption[] {
  return [...owner.options, ...owner.reactions.flatMap((r) => r.options)];
}

/**
 * The options open when `owner` speaks. A step with reactions offers the drawn reaction's options
 * (or its own): with `hint` (an option id) we take the group that holds it, otherwise the step's
 * own options, or every reaction's when the step has none of its own.
 */
export function openOptions(entry: ScriptEntry, ownerId: string, hint?: string): EvalOption[] {
  const owner = entry.owners.get(ownerId);
  if (!owner) return [];
  const groups = [owner.options, ...owner.reactions.map((r) => (r.options.length > 0 ? r.options : owner.options))];
  if (hint) {
    const holding = groups.find((g) => g.some((o) => o.id === hint));
    if (holding)
      return openWith(
        holding,
        holding.find((o) => o.id === hint),
      );
  }
  if (owner.kind === "reaction" && owner.options.length === 0) {
    const step = entry.owners.get(owner.at[0] ?? "");
    if (step) return step.options;
  }
  return owner.options.length > 0 ? owner.options : allOptions(owner);
}

/** A comparison with a number (`pushes >= 2`) is not a yes/no: two such conditions are not compared. */
function hasComparison(node: CondNode): boolean {
  if (node.k === "ref") return node.op !== undefined;
  if (node.k === "not") return hasComparison(node.arg);
  return node.args.some(hasComparison);
}

/**
 * Whether two `when`s can hold in one call: some yes/no values of the names they read make both
 * true. `fact.need` and `not fact.need` cannot; `fact.need` and `variant.staff` can (persona
 * variants are read as independent names, so options of two variants both stay: the stricter way).
 */
export function compatible(a: CondNode | undefined, b: CondNode | undefined): boolean {
  if (!a || !b || hasComparison(a) || hasComparison(b)) return true;
  const names = [...new Set([...conditionNames(a), ...conditionNames(b)].map((n) => n.name))];
  if (names.length > 12) return true;
  for (let bits = 0; bits < 1 << names.length; bits++) {
    const lookup = (name: string) => (bits >> names.indexOf(name)) & 1;
    if (evaluate(a, lookup) && evaluate(b, lookup)) return true;
  }
  return false;
}

/**
 * The options open beside `target` in a call where the target is open: the engine offers only the
 * options whose `when` holds (ADR 0006), so a sibling whose `when` cannot hold together with the
 * target's (`when="fact.decisionMaker"` beside `when="not fact.decisionMaker"`) is never its rival.
 * An option without `when`, or with one that can hold beside the target's, stays.
 */
function openWith(group: EvalOption[], target: EvalOption | undefined): EvalOption[] {
  if (!target?.when || everyOption) return group;
  return group.filter((o) => o === target || compatible(o.when, target.when));
}

/** `--all-options` (the harness before round 11): every option of the owner is a candidate. */
let everyOption = false;
export function setEveryOption(on: boolean): void {
  everyOption = on;
}

/** An option by owner and id; if it moved (into a reaction, say), anywhere in the script. */
export function findOption(entry: ScriptEntry, ownerId: string, optionId: string): EvalOption | undefined {
  const here = openOptions(entry, ownerId, optionId).find((o) => o.id === optionId);
  if (here) return here;
  for (const owner of entry.owners.values()) {
    const found = allOptions(owner).find((o) => o.id === optionId);
    if (found) return found;
  }
  return undefined;
}

/** The step whose skill the engine passes for this owner (an objection: the step it interrupted). */
export function stepFor(entry: ScriptEntry, ownerId: string, at?: string): Owner | undefined {
  const owner = entry.owners.get(ownerId);
  if (!owner) return undefined;
  if (owner.kind === "step") return owner;
  const stepId = at ?? owner.at[0];
  return stepId ? entry.steps.find((s) => s.id === stepId) : undefined;
}

const QUALITY_COST: Record<OptionQuality, number> = { best: 0, good: 0.1, ok: 0.2, bad: 0.5 };

/** Edges out of a step: its options' and its reactions' targets, with the option that leads there. */
function edges(step: Owner): { to: string; option?: EvalOption }[] {
  const out: { to: string; option?: EvalOption }[] = [];
  for (const o of allOptions(step)) if (o.to) out.push({ to: o.to, option: o });
  for (const r of step.reactions) if (r.to) out.push({ to: r.to });
  return out;
}

const historyCache = new WeakMap<ScriptEntry, Map<string, HistoryLine[]>>();

/**
 * The call up to (not including) `stepId`'s line, along the cheapest path from the first step:
 * fewest turns, best options preferred. Empty when the step is first or unreachable.
 */
export function historyBefore(entry: ScriptEntry, stepId: string): HistoryLine[] {
  let cache = historyCache.get(entry);
  if (!cache) historyCache.set(entry, (cache = new Map()));
  const hit = cache.get(stepId);
  if (hit) return hit;
  const first = entry.steps[0];
  const best = new Map<string, { cost: number; lines: HistoryLine[] }>();
  if (first) best.set(first.id, { cost: 0, lines: [] });
  const queue = first ? [first.id] : [];
  while (queue.length > 0) {
    queue.sort((a, b) => (best.get(a)?.cost ?? 0) - (best.get(b)?.cost ?? 0));
    const id = queue.shift() ?? "";
    const here = best.get(id);
    const step = entry.steps.find((s) => s.id === id);
    if (!here || !step || id === stepId) continue;
    for (const e of edges(step)) {
      if (!entry.steps.some((s) => s.id === e.to)) continue;
      const cost = here.cost + 1 + (e.option ? QUALITY_COST[e.option.quality] : 0);
      if ((best.get(e.to)?.cost ?? Infinity) <= cost) continue;
      const said: HistoryLine[] = [{ role: "lead", text: step.lines[0] ?? "" }];
      if (e.option) said.push({ role: "manager", text: e.option.text });
      best.set(e.to, { cost, lines: [...here.lines, ...said] });
      queue.push(e.to);
    }
  }
  const lines = best.get(stepId)?.lines ?? [];
  cache.set(stepId, lines);
  return lines;
}
