/**
 * The library in scripts-content/ (scripts, quizzes, lessons) becomes each item's first published
 * version on start-up, so a fresh install has the whole demo library ready. Items already in the
 * database are left alone: after the first import, the database (and the studio) own the versions.
 */
import fs from "node:fs";
import path from "node:path";
import { compileMdx, contentHash, COMPILER_VERSION } from "~/content/compile.server";
import { checkContent, CONTENT_KINDS, KIND_FOLDERS, sandboxOptionsOf, type ContentKind } from "~/content/kinds.server";
import { getItemBySlug, publishVersion } from "./content.server";
import { importedNote } from "~/content/version-note";

export const LIBRARY_DIR = path.resolve(process.cwd(), "scripts-content");

export interface ImportReport {
  imported: string[];
  skipped: string[];
  failed: { file: string; problems: string[] }[];
}

function mdxFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Imports every file whose id is not in the database yet, scripts first so lessons that link to
 * them find them. The name is kept from when only scripts were imported.
 */
export async function importScriptLibrary(root = LIBRARY_DIR): Promise<ImportReport> {
  const report: ImportReport = { imported: [], skipped: [], failed: [] };
  for (const kind of CONTENT_KINDS) {
    for (const file of mdxFiles(path.join(root, KIND_FOLDERS[kind]))) await importFile(kind, root, file, report);
  }
  return report;
}

/** The frontmatter's `id:`, read without parsing the MDX: enough to see a file is already imported. */
export function frontmatterId(source: string): string | null {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  return (block && /^id:\s*["']?([\w.-]+)["']?\s*$/m.exec(block)?.[1]) || null;
}

async function importFile(kind: ContentKind, root: string, file: string, report: ImportReport): Promise<void> {
  const relative = path.relative(root, file);
  const source = fs.readFileSync(file, "utf8");
  // Every start comes here for every file; checking all 26 costs ~70 MB of peak memory and a
  // second of CPU, for files that are nearly always imported already.
  const id = frontmatterId(source);
  if (id && getItemBySlug(kind, id)) {
    report.skipped.push(relative);
    return;
  }
  const checked = checkContent(kind, source);
  const errors = checked.problems.filter((p) => p.severity === "error");
  if (!checked.definition || !checked.meta || errors.length > 0) {
    report.failed.push({ file: relative, problems: errors.map((p) => `${p.line}:${p.column} ${p.message}`) });
    return;
  }
  const { meta } = checked;
  if (getItemBySlug(kind, meta.id)) {
    report.skipped.push(relative);
    return;
  }
  const bundle = await compileMdx(source, sandboxOptionsOf(kind));
  publishVersion({
    kind,
    slug: meta.id,
    lang: meta.lang,
    title: meta.title,
    source,
    compiledCode: bundle.code,
    definition: checked.definition,
    contentHash: contentHash(source),
    compilerVersion: COMPILER_VERSION,
    changeNote: importedNote(relative),
    sourcePath: relative,
  });
  report.imported.push(relative);
}
