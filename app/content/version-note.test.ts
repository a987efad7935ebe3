import { describe, expect, it } from "vitest";
import { importedNote, readVersionNote } from "./version-note";

describe("version notes", () => {
  it("reads the import's note back as a record the page can word in any language", () => {
    expect(readVersionNote(importedNote("scripts/cold-call.ru.mdx"), null)).toEqual({
      kind: "imported",
      path: "scripts-content/scripts/cold-call.ru.mdx",
    });
  });

  it("keeps a person's note as written, even one that looks like the import's", () => {
    expect(readVersionNote("Fixed the price objection", "user-1")).toEqual({ kind: "text", text: "Fixed the price objection" });
    expect(readVersionNote(importedNote("scripts/a.mdx"), "user-1")).toEqual({
      kind: "text",
      text: "Imported from scripts-content/scripts/a.mdx",
    });
    expect(readVersionNote("Imported from somewhere else", null)).toEqual({ kind: "text", text: "Imported from somewhere else" });
  });
});
