import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent, summary } from "./check";
import { ROOT, fixtureSource, lineOf } from "../engine/script/__fixtures__/load";

function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "callcraft-content-"));
  mkdirSync(join(dir, "scripts"));
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, "scripts", name), source);
  return dir;
}

const good = fixtureSource("fixture-crm-warm-en.mdx");
const broken = good.replace(`to="callback" quality="ok"`, `to="nowhere" quality="ok"`);

describe("content check", () => {
  it("passes on the library in scripts-content", async () => {
    const report = await checkContent({ contentDir: join(ROOT, "scripts-content"), cwd: ROOT });
    expect(report.lines.filter((line) => !line.includes("warning:") && !line.startsWith("note:"))).toEqual([]);
    expect(report.errors).toBe(0);
    // content:check prints what the checker measured for every script it played.
    expect(report.figures.length).toBe(report.files);
    expect(report.figures[0]).toMatch(/best path min \d+ \/ median \d+ .*blind passes: first \d+, longest \d+, empty card \d+/);
  }, 300_000);

  it("prints file:line:column for a broken file and counts the error", async () => {
    const dir = contentDir({ "good.mdx": good, "broken.mdx": broken });
    const report = await checkContent({ contentDir: dir, cwd: dir });
    expect(report.errors).toBe(1);
    expect(report.lines).toContainEqual(
      expect.stringMatching(new RegExp(`^scripts/broken\\.mdx:${lineOf(broken, `to="nowhere"`)}:\\d+ to="nowhere"`)),
    );
    // (the fixture also has an option whose words silently ask for a fact: validate.option-asks)
    expect(report.lines).toContainEqual(expect.stringMatching(/warning: end "callback" is unreachable/));
    expect(summary(report)).toMatch(/FAILED: 2 script\(s\), 1 error/);
  }, 120_000);

  it("reports two files with the same id", async () => {
    const dir = contentDir({ "a.mdx": good, "b.mdx": good });
    const report = await checkContent({ contentDir: dir, cwd: dir });
    expect(report.lines).toContainEqual(
      expect.stringMatching(/^scripts\/b\.mdx:2:1 id fixture-crm-warm-en is already used by scripts\/a\.mdx/),
    );
  }, 120_000);

  it("on several threads gives the same report as one after another", async () => {
    const dir = contentDir({ "a.mdx": good, "b.mdx": broken, "c.mdx": good, "d.mdx": fixtureSource("fixture-printers-cold-ru.mdx") });
    const alone = await checkContent({ contentDir: dir, cwd: dir });
    // Two threads sharing the files (the worker bundling them all first), the bundling worker
    // checking every file while this thread waits, and two workers doing so.
    expect(await checkContent({ contentDir: dir, cwd: dir, workers: 2 })).toEqual(alone);
    expect(await checkContent({ contentDir: dir, cwd: dir, workers: 2, checkHere: false })).toEqual(alone);
    expect(await checkContent({ contentDir: dir, cwd: dir, workers: 3, checkHere: false })).toEqual(alone);
    expect(alone.files).toBe(4);
    expect(alone.lines).toContainEqual(
      expect.stringMatching(/^scripts\/c\.mdx:2:1 id fixture-crm-warm-en is already used by scripts\/a\.mdx/),
    );
  }, 120_000);

  it("the CLI exits 1 on errors and exports JSON and diagrams", () => {
    const dir = contentDir({ "broken.mdx": broken });
    // as `npm run content:check` runs it: bundled to JavaScript first (checkBuild.mjs), then node
    const failed = spawnSync("node", ["app/content/check.main.mjs", "--dir", dir], { cwd: ROOT, encoding: "utf8" });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/broken\.mdx:\d+:\d+ to="nowhere"/);
    const out = mkdtempSync(join(tmpdir(), "callcraft-export-"));
    const passed = spawnSync("npx", ["tsx", "app/content/check.cli.ts", "--dir", contentDir({ "good.mdx": good }), "--export", out], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(passed.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["fixture-crm-warm-en.mmd", "fixture-crm-warm-en.xstate.json"]);
    expect(JSON.parse(readFileSync(join(out, "fixture-crm-warm-en.xstate.json"), "utf8")).initial).toBe("greeting");
  }, 60_000);
});
