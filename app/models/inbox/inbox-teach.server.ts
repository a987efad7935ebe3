/**
 * Teaching the matcher from the inbox: the content lead turns held replies into `<Example>`s of an
 * option, or into a new option, in the script's draft. The edit is made on the server against the
 * draft as it is now and saved with the draft's revision, so it never overwrites anyone: if
 * somebody saved in between, it is made again on their text, and an author with the editor open
 * gets the usual conflict panel on their next save. The replies stay in the inbox, marked as
 * drafted, until a published version matches them (inbox-recheck.server.ts).
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { OPTION_QUALITIES, type OptionQuality, type ScriptDefinition } from "~/engine";
import { definitionOfVersion } from "./inbox-recheck.server";
import { insertExample, insertNewOption, readBack, type EditError, type EditResult } from "~/content/inbox-edit";
import { getWorkingCopy, saveDraft } from "~/models/studio/studio.server";

export type OwnerKind = "step" | "objection" | "reaction";

export interface TeachOwner {
  kind: OwnerKind;
  id: string;
  /** for a reaction, the step it belongs to */
  stepId?: string;
  options: { id: string; text: string; quality: OptionQuality }[];
}

export interface TeachChoices {
  owners: TeachOwner[];
  /** where a new option of a step may lead: steps and ends */
  targets: string[];
}

const optionsOf = (options: ScriptDefinition["steps"][number]["options"]) =>
  options.map(({ id, text, quality }) => ({ id, text, quality }));

/** Every option of the version, by the step, reaction or objection that offers it. */
export function teachChoices(def: ScriptDefinition): TeachChoices {
  const owners: TeachOwner[] = [];
  for (const step of def.steps) {
    if (step.options.length > 0) owners.push({ kind: "step", id: step.id, options: optionsOf(step.options) });
    for (const reaction of step.reactions) {
      if (reaction.options.length > 0)
        owners.push({ kind: "reaction", id: reaction.id, stepId: step.id, options: optionsOf(reaction.options) });
    }
  }
  for (const objection of def.objections) owners.push({ kind: "objection", id: objection.id, options: optionsOf(objection.options) });
  return { owners, targets: [...def.steps.map((step) => step.id), ...def.ends.map((end) => end.id)] };
}

export type TeachInput =
  | { kind: "example"; itemId: string; ids: number[]; texts: string[]; ownerId: string; optionId: string; userId: string }
  | { kind: "option"; itemId: string; ids: number[]; texts: string[]; quality: string; to: string; userId: string };

export type TeachFailure = EditError | "not-found" | "no-replies" | "bad-option" | "bad-quality" | "bad-target" | "busy";
export type TeachResult = { line: number; count: number } | { error: TeachFailure; step?: string };

interface HeldRow {
  id: number;
  text: string;
  stepId: string;
  versionId: string;
}

/** The caller's replies: open ones of this item only, whatever ids the form carried. */
function heldRows(itemId: string, ids: number[]): HeldRow[] {
  if (ids.length === 0) return [];
  return getDb()
    .select({
      id: schema.unmatchedReplies.id,
      text: schema.unmatchedReplies.text,
      stepId: schema.unmatchedReplies.stepId,
      versionId: schema.unmatchedReplies.versionId,
    })
    .from(schema.unmatchedReplies)
    .where(
      and(eq(schema.unmatchedReplies.itemId, itemId), inArray(schema.unmatchedReplies.id, ids), isNull(schema.unmatchedReplies.resolvedAt)),
    )
    .orderBy(schema.unmatchedReplies.id)
    .all();
}

/** Distinct wordings, most frequent first: the first becomes a new option's text. */
function wordings(rows: HeldRow[]): string[] {
  const counts = new Map<string, { text: string; count: number }>();
  for (const row of rows) {
    const key = readBack(row.text).toLowerCase();
    const entry = counts.get(key) ?? { text: row.text, count: 0 };
    counts.set(key, { ...entry, count: entry.count + 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).map((entry) => entry.text);
}

type Edit = (source: string) => EditResult;

/** Applies the edits to the draft as it is now; saves only when nobody saved in between. */
function editDraft(itemId: string, userId: string, edits: Edit[]): { line: number } | { error: TeachFailure } {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const copy = getWorkingCopy(itemId);
    if (!copy || copy.item.kind !== "script") return { error: "not-found" };
    let source = copy.source;
    let line = 0;
    for (const edit of edits) {
      const result = edit(source);
      if ("error" in result) return result;
      ({ source, line } = result);
    }
    const saved = saveDraft({ itemId, source, baseRevision: copy.revision, userId });
    if (saved.kind === "saved") return { line };
  }
  return { error: "busy" };
}

function markDrafted(ids: number[], as: string): void {
  getDb()
    .update(schema.unmatchedReplies)
    .set({ draftedAt: Date.now(), draftedAs: as })
    .where(inArray(schema.unmatchedReplies.id, ids))
    .run();
}

function exampleEdits(def: ScriptDefinition, input: Extract<TeachInput, { kind: "example" }>, texts: string[]): Edit[] | TeachFailure {
  const owner = teachChoices(def).owners.find((candidate) => candidate.id === input.ownerId);
  const option = owner?.options.find((candidate) => candidate.id === input.optionId);
  if (!owner || !option) return "bad-option";
  return texts.map(
    (text) => (source: string) => insertExample(source, { ownerId: owner.id, optionId: option.id, optionText: option.text }, text),
  );
}

function optionEdits(
  def: ScriptDefinition,
  input: Extract<TeachInput, { kind: "option" }>,
  stepId: string,
  texts: string[],
): { edits: Edit[]; id: string } | TeachFailure {
  if (!(OPTION_QUALITIES as readonly string[]).includes(input.quality)) return "bad-quality";
  const isObjection = def.objections.some((objection) => objection.id === stepId);
  const targets = teachChoices(def).targets;
  // a step's option must say where the call goes; an objection's may go back to the step
  if (input.to === "" ? !isObjection : !targets.includes(input.to)) return "bad-target";
  const [first = "", ...rest] = texts;
  let id = "";
  const edits: Edit[] = [
    (source) => {
      const result = insertNewOption(source, { ownerId: stepId, quality: input.quality, ...(input.to && { to: input.to }) }, first);
      if (!("error" in result)) id = /<Option id="([^"]+)"/.exec(result.source.split("\n")[result.line - 1] ?? "")?.[1] ?? "";
      return result;
    },
    ...rest.map((text) => (source: string) => insertExample(source, { ownerId: stepId, optionId: id, optionText: readBack(first) }, text)),
  ];
  return {
    edits,
    get id() {
      return id;
    },
  };
}

/** Adds the chosen held replies to the draft; they stay in the inbox until a version matches them. */
export function teachReplies(input: TeachInput): TeachResult {
  const rows = heldRows(input.itemId, input.ids);
  const chosen = input.texts.length > 0 ? rows.filter((row) => input.texts.includes(row.text)) : rows;
  if (chosen.length === 0) return { error: "no-replies" };
  const newest = chosen.reduce((a, b) => (b.id > a.id ? b : a));
  const def = definitionOfVersion(newest.versionId);
  if (!def) return { error: "not-found" };
  const texts = wordings(chosen);
  const ids = chosen.map((row) => row.id);
  if (input.kind === "example") {
    const edits = exampleEdits(def, input, texts);
    if (typeof edits === "string") return { error: edits };
    const result = editDraft(input.itemId, input.userId, edits);
    if ("error" in result) return { ...result, step: input.ownerId };
    markDrafted(ids, input.optionId);
    return { line: result.line, count: ids.length };
  }
  const planned = optionEdits(def, input, newest.stepId, texts);
  if (typeof planned === "string") return { error: planned };
  const result = editDraft(input.itemId, input.userId, planned.edits);
  if ("error" in result) return { ...result, step: newest.stepId };
  markDrafted(ids, planned.id);
  return { line: result.line, count: ids.length };
}
