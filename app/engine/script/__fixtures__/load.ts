/**
 * Test helpers: the scripts every model-based test runs over — the library in
 * scripts-content/scripts as it lands, plus the engine's own fixtures.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
export const ROOT = join(here, "../../../..");
export const LIBRARY = join(ROOT, "scripts-content/scripts");

export interface ScriptFile {
  name: string;
  source: string;
}

function mdxIn(dir: string): ScriptFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".mdx"))
    .sort()
    .map((file) => ({ name: relative(ROOT, join(dir, file)), source: readFileSync(join(dir, file), "utf8") }));
}

export function fixtureSource(file: string): string {
  return readFileSync(join(here, file), "utf8");
}

export function engineFixtures(): ScriptFile[] {
  return mdxIn(here);
}

export function libraryScripts(): ScriptFile[] {
  return mdxIn(LIBRARY);
}

export function allScripts(): ScriptFile[] {
  return [...engineFixtures(), ...libraryScripts()];
}

/** 1-based line of the first line containing `needle`, to assert positions without hard-coding. */
export function lineOf(source: string, needle: string): number {
  const index = source.split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not found`);
  return index + 1;
}
