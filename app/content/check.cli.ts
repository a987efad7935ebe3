/**
 * `npm run content:check [--export DIR] [--dir CONTENT_DIR]` — exits 1 when any file has an error.
 */
import { resolve } from "node:path";
import { checkContent, summary } from "./check";

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const cwd = process.cwd();
const exportDir = argument("--export");
const report = await checkContent({
  contentDir: resolve(cwd, argument("--dir") ?? "scripts-content"),
  cwd,
  ...(exportDir !== undefined && { exportDir: resolve(cwd, exportDir) }),
});
for (const line of report.lines) console.log(line);
console.log(summary(report));
if (exportDir !== undefined) console.log(`exported XState JSON and Mermaid to ${exportDir}`);
process.exitCode = report.errors > 0 ? 1 : 0;
