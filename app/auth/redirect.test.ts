import { describe, expect, it } from "vitest";
import { safeRedirect } from "./redirect";

describe("safeRedirect", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeRedirect("/attempts/abc?x=1#turn-2")).toBe("/attempts/abc?x=1#turn-2");
  });

  it("percent-encodes non-Latin paths so they can go into a Location header", () => {
    expect(safeRedirect("/ё")).toBe("/%D1%91");
    expect(safeRedirect("/поиск?q=звонок")).toBe("/%D0%BF%D0%BE%D0%B8%D1%81%D0%BA?q=%D0%B7%D0%B2%D0%BE%D0%BD%D0%BE%D0%BA");
    expect(safeRedirect("/\uD800")).toBe("/%EF%BF%BD");
  });

  it("sends everything else home", () => {
    for (const target of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "/a\\b",
      "/a\r\nSet-Cookie: x=1",
      "/a\nb",
      "/a\u0000b",
      "/a\tb",
      "evil",
      "",
      null,
      undefined,
      `/${"a".repeat(3000)}`,
    ]) {
      expect(safeRedirect(target)).toBe("/");
    }
  });
});
