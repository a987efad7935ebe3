import { describe, expect, it } from "vitest";
import { bundleHere, startBundlerThread } from "./checkBundler";
import { fixtureSource } from "../engine/script/__fixtures__/load";

const good = fixtureSource("fixture-crm-warm-en.mdx");
// A component no script may use: the sandbox in front of the bundler refuses it, with its place.
const refused = `${good}\n<Question>What is the budget?</Question>\n`;

describe("the bundler's verdict for content:check", () => {
  it("accepts a script and refuses a component outside the sandbox, with line and column", async () => {
    expect(await bundleHere(good, undefined)).toEqual({ ok: true });
    const verdict = await bundleHere(refused, undefined);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.message).toMatch(/Question/);
    expect(verdict.position.line).toBe(refused.split("\n").findIndex((line) => line.startsWith("<Question>")) + 1);
  }, 60_000);

  it("on its own thread says the same of every file, answered in any order, then ends", async () => {
    const thread = await startBundlerThread();
    try {
      const sources = [good, refused, good, refused];
      const verdicts = await Promise.all(sources.map((source) => thread.bundle(source, undefined)));
      const here = await Promise.all(sources.map((source) => bundleHere(source, undefined)));
      expect(verdicts).toEqual(here);
      expect(verdicts.map((verdict) => verdict.ok)).toEqual([true, false, true, false]);
    } finally {
      await thread.close();
    }
    // once closed, a file is bundled here
    expect(await thread.bundle(good, undefined)).toEqual({ ok: true });
  }, 120_000);
});
