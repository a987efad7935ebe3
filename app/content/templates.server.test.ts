import { describe, expect, it } from "vitest";
import { checkContent } from "~/content/kinds.server";
import { templateFor } from "./templates.server";

describe("the studio's script templates", () => {
  it.each(["ru", "en"] as const)("%s: a format-2 file the checker passes with no problem at all", (lang) => {
    const { slug, source } = templateFor("script", lang);
    const checked = checkContent("script", source);
    expect(checked.problems.map((p) => `${p.line}:${p.column} ${p.code}`)).toEqual([]);
    expect(checked.meta?.id).toBe(slug);
    expect(source).toMatch(/^format: 2$/m);
  });
});
