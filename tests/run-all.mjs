#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in the order a failure is cheapest to find — type check, lint (eslint,
 * prettier), unit tests (vitest), production build and the call page's JavaScript budget, browser
 * tests (Playwright in Chromium) — and one closing line `N passed, N failed` summed over all of
 * them. Exits non-zero when anything failed.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const tmp = path.resolve("tests/.tmp-results");
fs.rmSync(tmp, { recursive: true, force: true });
fs.mkdirSync(tmp, { recursive: true });

let passed = 0;
let failed = 0;
const only = new Set(process.argv.slice(2));
const want = (name) => only.size === 0 || only.has(name);

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

if (want("typecheck")) {
  if (run("type check", "npx", ["tsc", "--noEmit"])) passed += 1;
  else failed += 1;
}

if (want("lint")) {
  // eslint and prettier --check (package.json "lint:code"); the type check is the step above
  if (run("lint", "npm", ["run", "--silent", "lint:code"])) passed += 1;
  else failed += 1;
}

if (want("unit")) {
  const out = path.join(tmp, "vitest.json");
  const ok = run("unit tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  const report = readJson(out);
  if (report) {
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (ok || report.numFailedTests ? 0 : 1);
  } else {
    failed += 1;
  }
}

if (want("e2e")) {
  if (!run("build", "npx", ["remix", "build"])) {
    failed += 1;
  } else {
    if (run("call page JavaScript budget", "npx", ["tsx", "tests/bench/bundle-size.ts", "--check"])) passed += 1;
    else failed += 1;
    const out = path.join(tmp, "playwright.json");
    const ok = run("browser tests", "npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    const stats = readJson(out)?.stats;
    if (stats) {
      passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
      failed += stats.unexpected ?? 0;
      if (!ok && !stats.unexpected) failed += 1;
    } else {
      failed += 1;
    }
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
