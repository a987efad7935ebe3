import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseLesson } from "./index";

const words = "Qualification answers one question: is this lead worth selling to, and how. ".repeat(4);
const header = `---\nid: t-lesson\ntitle: Test\nlang: en\n---\n`;

describe("lesson parser", () => {
  it("collects headings and practice links", () => {
    const { definition, problems } = parseLesson(
      `${header}\n## Why\n\n${words}\n\n<Practice slug="qualify-lead-en">Qualify a lead</Practice>\n`,
    );
    expect(problems).toEqual([]);
    expect(definition).toMatchObject({
      kind: "lesson",
      meta: { id: "t-lesson", minutes: 5 },
      headings: ["Why"],
      practice: [{ slug: "qualify-lead-en", label: "Qualify a lead" }],
    });
  });

  it("reports a practice link without a slug, a bad tone and a script tag", () => {
    const { problems } = parseLesson(
      `${header}\n${words}\n\n<Practice>x</Practice>\n\n<Callout tone="loud">y</Callout>\n\n<Step id="a">z</Step>\n`,
    );
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [9, "parse.missing-attribute"],
      [11, "parse.attribute-choice"],
      [13, "sandbox.unknown-component"],
    ]);
  });

  it("refuses javascript: links", () => {
    const { problems } = parseLesson(`${header}\n${words} [click](javascript:alert(1))\n`);
    expect(problems.map((p) => p.code)).toContain("sandbox.url");
  });

  it("parses the demo lessons without problems, each ending in practice", () => {
    const dir = join(process.cwd(), "scripts-content/lessons");
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const { definition, problems } = parseLesson(readFileSync(join(dir, file), "utf8"));
      expect(problems, file).toEqual([]);
      expect(definition?.practice.length, file).toBeGreaterThan(0);
    }
  });
});
