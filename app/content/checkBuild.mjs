/**
 * content:check as plain JavaScript: the CLI and its worker thread, bundled by esbuild (app code
 * only; packages stay imports) into `.cache/content-check/<hash of the output>/`. Node then loads
 * them without tsx: no loader thread, no per-thread transpiling and re-importing of every engine
 * file through it. One build per process, done again on every run (a fraction of a second), so it
 * is never stale; two runs at once each write their own folder and rename it into place, and a
 * folder of the same hash is the same code, so either may keep it.
 *
 * Plain JavaScript because `check.main.mjs` (what `npm run content:check` runs) imports it under node.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Folders of older builds are removed after this long (a run still using one has long finished). */
const KEEP_MS = 60 * 60 * 1000;

/** @type {Promise<{ cli: URL, worker: URL }> | undefined} */
let built;

/** The bundled CLI and worker entry of this checkout's sources, built once per process. */
export function buildChecker() {
  built ??= build();
  return built;
}

async function build() {
  // Resolved here, not at import: this file is also bundled, and there import.meta.url is the bundle's.
  const here = dirname(fileURLToPath(import.meta.url));
  const root = join(here, "..", "..");
  const cacheDir = join(root, ".cache", "content-check");
  const { build: esbuild } = await import("esbuild");
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: {
      "check.cli": join(here, "check.cli.ts"),
      checkWorker: join(here, "checkWorker.ts"),
    },
    outdir: join(cacheDir, "out"),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: true,
    write: false,
    logLevel: "silent",
  });
  const outDir = join(cacheDir, "out");
  const hash = createHash("sha256");
  for (const file of result.outputFiles) hash.update(relative(outDir, file.path)).update("\0").update(file.contents);
  const target = join(cacheDir, hash.digest("hex").slice(0, 16));
  if (existsSync(target)) {
    const now = new Date();
    utimesSync(target, now, now); // in use: not old, whatever another run prunes
  } else {
    const staging = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    for (const file of result.outputFiles) {
      const path = join(staging, relative(outDir, file.path));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    try {
      renameSync(staging, target);
    } catch {
      // another run put the same build there first
      rmSync(staging, { recursive: true, force: true });
    }
  }
  prune(cacheDir, target);
  return {
    cli: pathToFileURL(join(target, "check.cli.mjs")),
    worker: pathToFileURL(join(target, "checkWorker.mjs")),
  };
}

function prune(cacheDir, keep) {
  const now = Date.now();
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (path === keep) continue;
    try {
      if (now - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed by another run meanwhile
    }
  }
}
