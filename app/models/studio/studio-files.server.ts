/**
 * Files in and out of the studio. Imports always land as drafts (publishing stays a deliberate
 * step with a note), and never over a draft that holds unpublished work.
 */
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { ContentKind } from "~/content/kinds.server";
import { getItemBySlug } from "~/models/content/content.server";
import { LIBRARY_DIR } from "~/models/content/library.server";
import { createWithDraft, getWorkingCopy, saveDraft } from "./studio.server";
import type { Lang } from "~/engine/vocabulary";

export const MAX_UPLOAD_BYTES = 256 * 1024;

const FOLDERS: readonly { kind: ContentKind; dir: string }[] = [
  { kind: "script", dir: "scripts" },
  { kind: "quiz", dir: "quizzes" },
  { kind: "lesson", dir: "lessons" },
];

export interface Header {
  id: string;
  title: string;
  lang: Lang;
}

/** The few header fields an import needs, read leniently: the rest may still be broken (it is a draft). */
export function readHeader(source: string): Header | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match?.[1]) return null;
  let header: unknown;
  try {
    header = parseYaml(match[1]);
  } catch {
    return null;
  }
  if (typeof header !== "object" || header === null) return null;
  const id = "id" in header ? header.id : undefined;
  const title = "title" in header ? header.title : undefined;
  const lang = "lang" in header ? header.lang : undefined;
  if (typeof id !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(id) || typeof title !== "string") return null;
  if (lang !== "ru" && lang !== "en") return null;
  return { id, title, lang };
}

export interface LibraryFile extends Header {
  file: string;
  kind: ContentKind;
  status: "new" | "differs";
}

/** Files in scripts-content/ that are not in the studio, or whose text is in neither the published version nor the draft. */
export function libraryCandidates(root = LIBRARY_DIR): LibraryFile[] {
  return FOLDERS.flatMap(({ kind, dir }) => {
    const folder = path.join(root, dir);
    if (!fs.existsSync(folder)) return [];
    return fs
      .readdirSync(folder)
      .filter((name) => name.endsWith(".mdx"))
      .sort()
      .flatMap((name): LibraryFile[] => {
        const source = fs.readFileSync(path.join(folder, name), "utf8");
        const header = readHeader(source);
        if (!header) return [];
        const item = getItemBySlug(kind, header.id);
        const file = `${dir}/${name}`;
        if (!item) return [{ file, kind, ...header, status: "new" }];
        const copy = getWorkingCopy(item.id);
        if (!copy || copy.source === source || copy.publishedSource === source) return [];
        return [{ file, kind, ...header, status: "differs" }];
      });
  });
}

/** Reads a library file by its listed name; anything not listed (a path trick) is refused. */
export function readLibraryFile(file: string, root = LIBRARY_DIR): { kind: ContentKind; source: string } | null {
  const entry = libraryCandidates(root).find((candidate) => candidate.file === file);
  if (!entry) return null;
  return { kind: entry.kind, source: fs.readFileSync(path.join(root, entry.file), "utf8") };
}

export type ImportResult =
  { kind: "imported"; itemId: string } | { kind: "noHeader" } | { kind: "draftBusy"; itemId: string; title: string };

export function importAsDraft(input: { kind: ContentKind; source: string; userId: string; sourcePath?: string }): ImportResult {
  const header = readHeader(input.source);
  if (!header) return { kind: "noHeader" };
  const item = getItemBySlug(input.kind, header.id);
  if (!item) {
    return {
      kind: "imported",
      itemId: createWithDraft({
        kind: input.kind,
        slug: header.id,
        lang: header.lang,
        title: header.title,
        source: input.source,
        userId: input.userId,
        sourcePath: input.sourcePath,
      }),
    };
  }
  const copy = getWorkingCopy(item.id);
  if (!copy || copy.status !== "published") return { kind: "draftBusy", itemId: item.id, title: item.title };
  const saved = saveDraft({ itemId: item.id, source: input.source, baseRevision: copy.revision, userId: input.userId });
  return saved.kind === "saved" ? { kind: "imported", itemId: item.id } : { kind: "draftBusy", itemId: item.id, title: item.title };
}
