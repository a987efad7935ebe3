/**
 * A test's exam blueprint per script: the objections the supervisor requires, a minimum number of
 * turns and an optional time limit. Stored as JSON on the assignment item; laid over the script's
 * own blueprint when the manager starts the assigned exam. An assignment only ever tightens the
 * script's blueprint (more objections, more turns, less time): a supervisor cannot make an exam
 * passable with a two-turn call the script's author ruled out.
 */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, schema } from "~/db.server";
import { isV2Definition, type Blueprint, type ObjectionType, type ScriptDefinition } from "~/engine";
import { getItem, scriptDefinition } from "~/models/content/content.server";

/** What an assignment stores for one script; every key optional. */
export interface AssignedBlueprint {
  objections?: string[];
  minTurns?: number;
  /** seconds */
  timeLimit?: number;
}

export interface PoolObjection {
  id: string;
  type: ObjectionType;
  /** the lead's first line, placeholders shown as "…", in the script's language */
  line: string;
}

export const MIN_TURNS_RANGE = { min: 1, max: 40 } as const;
export const TIME_LIMIT_MINUTES = { min: 1, max: 60 } as const;

const stored = z.object({
  objections: z.array(z.string().max(80)).max(20).optional(),
  minTurns: z.number().int().min(MIN_TURNS_RANGE.min).max(MIN_TURNS_RANGE.max).optional(),
  timeLimit: z
    .number()
    .int()
    .min(1)
    .max(TIME_LIMIT_MINUTES.max * 60)
    .optional(),
});

/** The column is JSON (drizzle parses it); its shape is checked here, as it was written by older code too. */
export function parseStoredBlueprint(value: unknown): AssignedBlueprint | null {
  if (value === null || value === undefined) return null;
  const parsed = stored.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The definition of a script item's published version, format 2 only (round-1 scripts have no blueprint). */
function publishedV2(itemId: string): ScriptDefinition | null {
  const item = getItem(itemId);
  if (!item || item.kind !== "script" || !item.publishedVersionId) return null;
  const definition = scriptDefinition(item.publishedVersionId);
  return definition && isV2Definition(definition) ? definition : null;
}

/** The objections a supervisor may require on a script: its whole pool, in file order. */
export function objectionPool(definition: ScriptDefinition): PoolObjection[] {
  return definition.objections.map((objection) => ({
    id: objection.id,
    type: objection.type,
    line: (objection.lines[0]?.text ?? "").replace(/\[\[[^\]]*\]\]/g, "…").trim(),
  }));
}

/** Every published format-2 script among `itemIds` with its objection pool, for the assignment form. */
export function objectionPools(
  itemIds: readonly string[],
): Record<string, { lang: string; objections: PoolObjection[]; script: Blueprint }> {
  const pools: Record<string, { lang: string; objections: PoolObjection[]; script: Blueprint }> = {};
  for (const itemId of itemIds) {
    const definition = publishedV2(itemId);
    if (definition)
      pools[itemId] = { lang: definition.meta.lang, objections: objectionPool(definition), script: definition.meta.blueprint };
  }
  return pools;
}

/** The stored blueprint of one item of an assignment, or null. */
export function assignedBlueprint(assignmentId: string, itemId: string): AssignedBlueprint | null {
  const row = getDb()
    .select({ blueprint: schema.assignmentItems.blueprint })
    .from(schema.assignmentItems)
    .where(and(eq(schema.assignmentItems.assignmentId, assignmentId), eq(schema.assignmentItems.itemId, itemId)))
    .get();
  return parseStoredBlueprint(row?.blueprint);
}

/**
 * What the engine gets at the start: the script's blueprint tightened by the assignment's.
 * Objections the version being played no longer has are dropped (the script may have changed
 * since the test was assigned), so a required objection can always be raised.
 */
export function blueprintForStart(definition: ScriptDefinition, assigned: AssignedBlueprint | null): Partial<Blueprint> | undefined {
  if (!assigned) return undefined;
  const own = definition.meta.blueprint;
  const known = new Set(definition.objections.map((objection) => objection.id));
  const extra = (assigned.objections ?? []).filter((id) => known.has(id) && !own.objections.includes(id));
  const timeLimit = [own.timeLimit, assigned.timeLimit].filter((value): value is number => value !== undefined);
  return {
    objections: [...own.objections, ...extra],
    minTurns: Math.max(own.minTurns, assigned.minTurns ?? 0),
    ...(timeLimit.length > 0 && { timeLimit: Math.min(...timeLimit) }),
  };
}

/** What the manager is told before an exam: the requirements as the engine will apply them. */
export interface BlueprintBrief {
  /** the script's language, for the lead's quoted words */
  lang: string;
  objections: PoolObjection[];
  minTurns: number;
  minCard: number;
  /** seconds */
  timeLimit: number | null;
}

export function blueprintBrief(definition: ScriptDefinition, assigned: AssignedBlueprint | null): BlueprintBrief {
  const merged = { ...definition.meta.blueprint, ...blueprintForStart(definition, assigned) };
  const pool = objectionPool(definition);
  return {
    lang: definition.meta.lang,
    objections: merged.objections.flatMap((id) => pool.filter((objection) => objection.id === id)),
    minTurns: merged.minTurns,
    minCard: merged.minCard,
    timeLimit: merged.timeLimit ?? null,
  };
}

/** The brief for a script item of an assignment, for the manager's assignment page and the brief page. */
export function assignedBrief(assignmentId: string, itemId: string): BlueprintBrief | null {
  const definition = publishedV2(itemId);
  return definition ? blueprintBrief(definition, assignedBlueprint(assignmentId, itemId)) : null;
}
