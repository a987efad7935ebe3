/**
 * The exam requirements part of the "assign work" form: a minimum number of turns, an optional
 * time limit (in whole minutes) and, per chosen script, the objections that must come up. Parsed
 * by the form's zod schema (assignment-form.server.ts, through conform); each error is worded in
 * the reader's language and names its field, so the page shows it next to that field.
 */
import { z } from "zod";
import type { Translator } from "~/i18n";
import { objectionPools, MIN_TURNS_RANGE, TIME_LIMIT_MINUTES, type AssignedBlueprint } from "./assignment-blueprint.server";

/** An optional whole number from `min` to `max`: conform hands an empty field over as undefined (null here). */
export const optionalWhole = (min: number, max: number, message: string) =>
  z.coerce
    .number({ error: message })
    .int(message)
    .min(min, message)
    .max(max, message)
    .optional()
    .transform((n) => n ?? null);

/** The test-only fields; the value of an objection checkbox is `itemId|objectionId`. */
export const blueprintFields = ({ t }: Pick<Translator, "t">) => ({
  minTurns: optionalWhole(MIN_TURNS_RANGE.min, MIN_TURNS_RANGE.max, t("exam.error.minTurns")),
  timeLimit: optionalWhole(TIME_LIMIT_MINUTES.min, TIME_LIMIT_MINUTES.max, t("exam.error.timeLimit")),
  objection: z.array(z.string()).default([]),
});

export interface BlueprintValues {
  minTurns: number | null;
  /** minutes */
  timeLimit: number | null;
  objection: string[];
}

/**
 * Blueprints per chosen script item. Objections ticked under a script that is not chosen are
 * ignored (the page hides them once the script is unticked); an objection the script does not
 * have is an error on the `objection` field (the form was not made by this page): null then.
 */
export function blueprintsFor(
  values: BlueprintValues,
  itemIds: readonly string[],
  ctx: z.RefinementCtx,
  { t }: Pick<Translator, "t">,
): Record<string, AssignedBlueprint> | null {
  const pools = objectionPools(itemIds);
  const required = new Map<string, string[]>();
  let unknown = false;
  for (const value of values.objection) {
    const cut = value.indexOf("|");
    const [itemId, objectionId] = [value.slice(0, cut), value.slice(cut + 1)];
    if (cut < 0 || !itemIds.includes(itemId)) continue;
    if (!pools[itemId]?.objections.some((objection) => objection.id === objectionId)) {
      unknown = true;
      continue;
    }
    const list = required.get(itemId) ?? [];
    if (!list.includes(objectionId)) required.set(itemId, [...list, objectionId]);
  }
  if (unknown) {
    ctx.addIssue({ code: "custom", path: ["objection"], message: t("exam.error.objections") });
    return null;
  }
  const blueprints: Record<string, AssignedBlueprint> = {};
  for (const itemId of Object.keys(pools)) {
    const blueprint: AssignedBlueprint = {
      ...(required.has(itemId) && { objections: required.get(itemId) }),
      ...(values.minTurns !== null && { minTurns: values.minTurns }),
      ...(values.timeLimit !== null && { timeLimit: values.timeLimit * 60 }),
    };
    if (Object.keys(blueprint).length > 0) blueprints[itemId] = blueprint;
  }
  return blueprints;
}
