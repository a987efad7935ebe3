/**
 * Versions as the studio shows them, and a comparison between any two of them (or a version and
 * the draft): the text line by line, for scripts the machine by id, for quizzes the questions by id.
 */
import { inArray } from "drizzle-orm";
import type { ContentKind } from "~/content/kinds.server";
import { getDb, schema } from "~/db.server";
import { asV2Shape, isScriptDefinition, type ScriptDefinition } from "~/engine";
import { isQuizDefinition, quizDiff, type QuestionChange, type QuizDefinition } from "~/engine/quiz";
import { getVersion, listVersions } from "~/models/content/content.server";
import { checkCached, type WorkingCopy } from "./studio.server";
import { readVersionNote } from "~/content/version-note";
import { lineDiff, machineDiff, type DiffLine, type MachineChange } from "~/engine/script/diff";

export function versionsWithAuthors(itemId: string) {
  const versions = listVersions(itemId);
  const ids = [...new Set(versions.flatMap((v) => (v.authorId ? [v.authorId] : [])))];
  const names = new Map(
    ids.length === 0
      ? []
      : getDb()
          .select({ id: schema.users.id, name: schema.users.name })
          .from(schema.users)
          .where(inArray(schema.users.id, ids))
          .all()
          .map((u) => [u.id, u.name]),
  );
  return versions.map((v) => ({
    id: v.id,
    number: v.number,
    note: readVersionNote(v.changeNote, v.authorId),
    createdAt: v.createdAt,
    author: v.authorId ? (names.get(v.authorId) ?? null) : null,
  }));
}

interface Side {
  key: string;
  source: string;
  script: ScriptDefinition | null;
  quiz: QuizDefinition | null;
}

/** "draft" or a version id of this item; anything else is not a side. */
function sideOf(copy: WorkingCopy, key: string): Side | null {
  const kind = copy.item.kind;
  const side = (source: string, definition: unknown): Side => ({
    key,
    source,
    script: kind === "script" && isScriptDefinition(definition) ? asV2Shape(definition) : null,
    quiz: kind === "quiz" && isQuizDefinition(definition) ? definition : null,
  });
  if (key === "draft") return side(copy.source, checkCached(kind, copy.source).definition);
  const version = getVersion(key);
  if (!version || version.itemId !== copy.item.id) return null;
  return side(version.source, version.definition);
}

export interface Comparison {
  kind: ContentKind;
  from: string;
  to: string;
  lines: DiffLine[];
  added: number;
  removed: number;
  /** null when either side has no machine (errors, or not a script) */
  machine: MachineChange[] | null;
  /** null when either side has no quiz definition (errors, or not a quiz) */
  questions: QuestionChange[] | null;
}

export function compare(copy: WorkingCopy, fromKey: string, toKey: string): Comparison | null {
  const from = sideOf(copy, fromKey);
  const to = sideOf(copy, toKey);
  if (!from || !to) return null;
  const lines = lineDiff(from.source, to.source);
  return {
    kind: copy.item.kind,
    from: fromKey,
    to: toKey,
    lines,
    added: lines.filter((line) => line.op === "add").length,
    removed: lines.filter((line) => line.op === "del").length,
    machine: from.script && to.script ? machineDiff(from.script, to.script) : null,
    questions: from.quiz && to.quiz ? quizDiff(from.quiz, to.quiz) : null,
  };
}
