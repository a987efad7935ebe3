/**
 * `npm run content:check [--export DIR] [--dir CONTENT_DIR] [--workers N] [-- file.mdx …]` — checks the whole
 * library, or only the files named; exits 1 when any file has an error. One thread per core: the
 * second bundles the files (mdx-bundler) while this one plays the scripts, any further ones share
 * the scripts (`--workers 1`: everything here, one file after another); the report is the same.
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { checkContent, summary } from "./check";

const args = process.argv.slice(2);
const VALUED = new Set(["--export", "--dir", "--workers"]);

function argument(name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** Everything that is not an option or an option's value is a file to check. */
const files = args.filter((arg, index) => !arg.startsWith("--") && !VALUED.has(args[index - 1] ?? ""));
const cwd = process.cwd();
const exportDir = argument("--export");
/** Threads at work: one per core unless --workers says otherwise (1: no worker threads). */
const workers = Number(argument("--workers") ?? availableParallelism());
const report = await checkContent({
  workers: Number.isFinite(workers) && workers >= 1 ? workers : 1,
  contentDir: resolve(cwd, argument("--dir") ?? "scripts-content"),
  cwd,
  ...(exportDir !== undefined && { exportDir: resolve(cwd, exportDir) }),
  ...(files.length > 0 && { files: files.map((file) => resolve(cwd, file)) }),
});
for (const line of report.lines) console.log(line);
for (const line of report.figures) console.log(line);
console.log(summary(report));
if (exportDir !== undefined) console.log(`exported XState JSON and Mermaid to ${exportDir}`);
process.exitCode = report.errors > 0 ? 1 : 0;
