/**
 * Loads the corpora from tests/eval/corpus/{dev,test}/*.ts. Each file's default export is a
 * CorpusFile; a missing part (the test split before it was committed) is simply empty.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Corpus, CorpusFile, LabelledReply, OffScript, Paraphrase, Part } from "./types";

export const CORPUS_DIR = fileURLToPath(new URL("./corpus", import.meta.url));
export const PARTS: readonly Part[] = ["dev", "test"];

export async function loadFiles(part: Part): Promise<CorpusFile[]> {
  const dir = path.join(CORPUS_DIR, part);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  const loaded: CorpusFile[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default?: CorpusFile };
    if (!mod.default) throw new Error(`${part}/${f} has no default export`);
    if (mod.default.part !== part) throw new Error(`${part}/${f} says it belongs to ${mod.default.part}`);
    loaded.push(mod.default);
  }
  return loaded;
}

export function merge(files: CorpusFile[]): Corpus {
  const out: Corpus = { labelled: [], paraphrases: [], offscript: [] };
  for (const f of files) {
    if (f.kind === "labelled") out.labelled.push(...(f.items as LabelledReply[]));
    else if (f.kind === "paraphrase") out.paraphrases.push(...(f.items as Paraphrase[]));
    else out.offscript.push(...(f.items as OffScript[]));
  }
  return out;
}

export async function loadCorpus(parts: readonly Part[]): Promise<Corpus> {
  const files: CorpusFile[] = [];
  for (const part of parts) files.push(...(await loadFiles(part)));
  return merge(files);
}
