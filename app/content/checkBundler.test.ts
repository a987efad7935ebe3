import { describe, expect, it } from "vitest";
import { bundleHere } from "./checkBundler";
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
});
