/**
 * The library in scripts-content/ becomes each script's first published version on start-up, so a
 * fresh install has the whole demo library ready to rehearse. Items already in the database are
 * left alone: after the first import, the database (and the studio) own the versions.
 */
import fs from "node:fs";
import path from "node:path";
import { compileScriptSource } from "~/engine";
import { compileMdx, contentHash, COMPILER_VERSION } from "~/content/compile.server";
import { getScorer } from "./scorer.server";
import { getItemBySlug, itemFromSourcePath, publishVersion } from "./content.server";

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

/** Imports every script file whose id is not in the database yet. */
export async function importScriptLibrary(dir = path.join(LIBRARY_DIR, "scripts")): Promise<ImportReport> {
  const report: ImportReport = { imported: [], skipped: [], failed: [] };
  for (const file of mdxFiles(dir)) {
    const relative = path.relative(LIBRARY_DIR, file);
    // Already imported from this file: skip before parsing, so restarts stay fast.
    if (itemFromSourcePath(relative)) {
      report.skipped.push(relative);
      continue;
    }
    const source = fs.readFileSync(file, "utf8");
    const compiled = compileScriptSource(source, { scorer: getScorer() });
    if (!compiled.definition) {
      report.failed.push({
        file: relative,
        problems: compiled.problems.filter((p) => p.severity === "error").map((p) => `${p.line}:${p.column} ${p.message}`),
      });
      continue;
    }
    const { meta } = compiled.definition;
    if (getItemBySlug("script", meta.id)) {
      report.skipped.push(relative);
      continue;
    }
    const bundle = await compileMdx(source);
    publishVersion({
      kind: "script",
      slug: meta.id,
      lang: meta.lang,
      title: meta.title,
      source,
      compiledCode: bundle.code,
      definition: compiled.definition,
      contentHash: contentHash(source),
      compilerVersion: COMPILER_VERSION,
      changeNote: `Imported from scripts-content/${relative}`,
      sourcePath: relative,
    });
    report.imported.push(relative);
  }
  return report;
}
