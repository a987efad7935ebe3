/**
 * `npm run bench:bundle`: gzipped JavaScript a browser downloads for the call page — the entry, the
 * root and the call route with every chunk they import — read from the Remix build manifest.
 * Budget: 115 KB. It was 105 KB (94.5 KB measured once each page got only its own messages, ADR 0005,
 * plus ~10%); one form layer (conform's field metadata on the reply box, the card and the abandon form,
 * issue 13) brought the call page to 108.7 KB, so the budget is that plus ~6%. zod itself stays out of
 * the browser (app/utils/zod.server.ts): it alone would add ~100 KB.
 * Prints a JSON object as its last line; with `--check` it exits 1 over budget (npm test runs it
 * that way right after the build).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const BUDGET_KB = 115;
const buildDir = path.resolve("public/build");
const manifestFile = fs.readdirSync(buildDir).find((name) => /^manifest-.*\.js$/.test(name));
if (!manifestFile) throw new Error("no build manifest: run `npm run build` first");
const text = fs.readFileSync(path.join(buildDir, manifestFile), "utf8");
const manifest: {
  entry: { module: string; imports?: string[] };
  routes: Record<string, { module: string; imports?: string[] }>;
} = JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1));

function pageFiles(routeIds: string[]): Set<string> {
  const files = new Set<string>([manifest.entry.module, ...(manifest.entry.imports ?? [])]);
  for (const id of routeIds) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`route ${id} not in the manifest`);
    files.add(route.module);
    for (const file of route.imports ?? []) files.add(file);
  }
  return files;
}

function gzipKb(files: Set<string>): number {
  let bytes = 0;
  for (const file of files) {
    const onDisk = path.join(path.resolve("public"), file);
    bytes += zlib.gzipSync(fs.readFileSync(onDisk), { level: 9 }).length;
  }
  return Math.round((bytes / 1024) * 10) / 10;
}

const pages = {
  call: ["root", "routes/attempts.$attemptId._index"],
  result: ["root", "routes/attempts.$attemptId.result"],
  login: ["root", "routes/login"],
};
const figures: Record<string, number> = {};
for (const [name, routes] of Object.entries(pages)) {
  const kb = gzipKb(pageFiles(routes));
  figures[`${name}PageGzipKb`] = kb;
  console.log(`${name.padEnd(8)} page: ${kb} KB of gzipped JavaScript`);
}
const callKb = figures.callPageGzipKb ?? 0;
console.log(`call page budget ${BUDGET_KB} KB: ${callKb <= BUDGET_KB ? "within" : "OVER"}`);
console.log(JSON.stringify({ ...figures, budgetKb: BUDGET_KB, withinBudget: callKb <= BUDGET_KB }));
if (process.argv.includes("--check") && callKb > BUDGET_KB) process.exit(1);
