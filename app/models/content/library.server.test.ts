import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent, CONTENT_KINDS, KIND_FOLDERS } from "~/content/kinds.server";
import { frontmatterId, LIBRARY_DIR } from "./library.server";

describe("the quick id read at start-up", () => {
  it("agrees with the full check for every file of the library", () => {
    let files = 0;
    for (const kind of CONTENT_KINDS) {
      const dir = path.join(LIBRARY_DIR, KIND_FOLDERS[kind]);
      for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".mdx"))) {
        const source = fs.readFileSync(path.join(dir, name), "utf8");
        expect(frontmatterId(source), name).toBe(checkContent(kind, source).meta?.id);
        files += 1;
      }
    }
    expect(files).toBeGreaterThan(20);
  });

  it("finds no id where there is no frontmatter, or no id in it", () => {
    expect(frontmatterId("# Just a heading\nid: not-frontmatter")).toBeNull();
    expect(frontmatterId("---\ntitle: x\n---\n")).toBeNull();
    expect(frontmatterId('---\ntitle: x\nid: "quoted-id"\n---\n')).toBe("quoted-id");
  });
});
