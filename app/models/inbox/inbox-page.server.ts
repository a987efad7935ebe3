/**
 * What the inbox page shows: the held groups, each with the place it was said and the options of
 * the version it was said in (once per version), and the latest rechecks after publishes.
 */
import type { ScriptDefinition } from "~/engine";
import { getDb, schema } from "~/db.server";
import { inArray } from "drizzle-orm";
import { definitionOfVersion, recentRechecks } from "./inbox-recheck.server";
import { teachChoices, type TeachChoices } from "./inbox-teach.server";
import { itemsWithUnmatched, listUnmatchedGroups, type ReplyGroup } from "./unmatched.server";

/** Where a group was said: a step, an objection, or a reaction of a step. */
export type Place = { kind: "step" | "objection" | "reaction"; id: string; stepId?: string };

/** A held group as the inbox shows it: where it was said, how often, and the form's preselections. */
export interface GroupView extends ReplyGroup {
  place: Place;
  counts: Record<string, number>;
  defaultTarget: string;
  defaultTo: string;
}

function placeOf(def: ScriptDefinition | null, stepId: string): Place {
  if (def?.objections.some((objection) => objection.id === stepId)) return { kind: "objection", id: stepId };
  return { kind: "step", id: stepId };
}

/** The option a lead most likely means: the step's best one; a new option leads where that one does. */
function defaults(def: ScriptDefinition | null, stepId: string): { defaultTarget: string; defaultTo: string } {
  const owner = def ? [...def.steps, ...def.objections].find((candidate) => candidate.id === stepId) : undefined;
  const best = owner?.options.find((option) => option.quality === "best") ?? owner?.options[0];
  const isObjection = def?.objections.some((objection) => objection.id === stepId) ?? false;
  return { defaultTarget: best ? `${stepId}::${best.id}` : "", defaultTo: isObjection ? "" : (best?.to ?? "") };
}

function countsOf(group: ReplyGroup): Record<string, number> {
  const rows = getDb()
    .select({ text: schema.unmatchedReplies.text })
    .from(schema.unmatchedReplies)
    .where(inArray(schema.unmatchedReplies.id, group.ids))
    .all();
  const counts: Record<string, number> = {};
  for (const { text } of rows) counts[text] = (counts[text] ?? 0) + 1;
  return counts;
}

export function inboxPage(itemId: string | undefined) {
  const groups = listUnmatchedGroups(itemId);
  const definitions = new Map<string, ScriptDefinition | null>();
  const choices: Record<string, TeachChoices | null> = {};
  for (const group of groups) {
    if (definitions.has(group.versionId)) continue;
    const def = definitionOfVersion(group.versionId);
    definitions.set(group.versionId, def);
    choices[group.versionId] = def ? teachChoices(def) : null;
  }
  const views: GroupView[] = groups.map((group) => {
    const def = definitions.get(group.versionId) ?? null;
    return { ...group, place: placeOf(def, group.stepId), counts: countsOf(group), ...defaults(def, group.stepId) };
  });
  return { items: itemsWithUnmatched(), groups: views, choices, rechecks: recentRechecks(itemId) };
}
