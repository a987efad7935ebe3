/**
 * `npm run content:check [--export DIR] [--dir CONTENT_DIR] [--workers N] [-- file.mdx …]` — checks the whole
 * library, or only the files named; exits 1 when any file has an error. With more than one thread
 * (by default one per core beyond the first, threads.ts), a worker bundles the files (mdx-bundler)
 * while this thread plays the scripts, then every thread shares the scripts (`--workers 1`:
 * everything here, one file after another); the report is the same.
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { checkContent, summary } from "./check";
import { defaultThreads } from "./threads";

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
/** Threads at work: one per core beyond the first unless --workers says otherwise (1: no worker threads). */
const workers = Number(argument("--workers") ?? defaultThreads(availableParallelism()));
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
