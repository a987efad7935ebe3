import { describe, expect, it } from "vitest";
import { defaultThreads } from "./threads";

describe("content:check's default threads", () => {
  it("is one per core beyond the first, and never none", () => {
    expect([0, 1, 2, 3, 4, 8].map(defaultThreads)).toEqual([1, 1, 1, 2, 3, 7]);
  });
});
