/**
 * The exam requirements part of the "assign work" form: a minimum number of turns, an optional
 * time limit (in whole minutes) and, per chosen script, the objections that must come up. Read
 * and validated on the server; an error names its field so the page can show it next to it.
 */
import { objectionPools, MIN_TURNS_RANGE, TIME_LIMIT_MINUTES, type AssignedBlueprint } from "./assignment-blueprint.server";

export type BlueprintField = "minTurns" | "timeLimit" | "objections";

function wholeNumber(raw: string, min: number, max: number): number | null | "bad" {
  const value = raw.trim();
  if (value === "") return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : "bad";
}

export interface BlueprintFormValues {
  minTurns: string;
  timeLimit: string;
  objections: string[];
}

export function blueprintFormValues(form: FormData): BlueprintFormValues {
  return {
    minTurns: String(form.get("minTurns") ?? ""),
    timeLimit: String(form.get("timeLimit") ?? ""),
    objections: form.getAll("objection").map(String),
  };
}

/**
 * Blueprints per chosen script item. Objections ticked under a script that is not chosen are
 * ignored (the page hides them once the script is unticked); an objection the script does not
 * have is an error (the form was not made by this page).
 */
export function parseBlueprintForm(
  values: BlueprintFormValues,
  itemIds: readonly string[],
): { blueprints: Record<string, AssignedBlueprint> } | { errors: Partial<Record<BlueprintField, true>> } {
  const errors: Partial<Record<BlueprintField, true>> = {};
  const minTurns = wholeNumber(values.minTurns, MIN_TURNS_RANGE.min, MIN_TURNS_RANGE.max);
  const minutes = wholeNumber(values.timeLimit, TIME_LIMIT_MINUTES.min, TIME_LIMIT_MINUTES.max);
  if (minTurns === "bad") errors.minTurns = true;
  if (minutes === "bad") errors.timeLimit = true;
  const pools = objectionPools(itemIds);
  const required = new Map<string, string[]>();
  for (const value of values.objections) {
    const cut = value.indexOf("|");
    const [itemId, objectionId] = [value.slice(0, cut), value.slice(cut + 1)];
    if (cut < 0 || !itemIds.includes(itemId)) continue;
    if (!pools[itemId]?.objections.some((objection) => objection.id === objectionId)) {
      errors.objections = true;
      continue;
    }
    const list = required.get(itemId) ?? [];
    if (!list.includes(objectionId)) required.set(itemId, [...list, objectionId]);
  }
  if (Object.keys(errors).length > 0) return { errors };
  const blueprints: Record<string, AssignedBlueprint> = {};
  for (const itemId of Object.keys(pools)) {
    const blueprint: AssignedBlueprint = {
      ...(required.has(itemId) && { objections: required.get(itemId) }),
      ...(typeof minTurns === "number" && { minTurns }),
      ...(typeof minutes === "number" && { timeLimit: minutes * 60 }),
    };
    if (Object.keys(blueprint).length > 0) blueprints[itemId] = blueprint;
  }
  return { blueprints };
}
