import { describe, expect, it } from "vitest";
import { BoundedCache } from "./bounded-cache";

describe("BoundedCache", () => {
  it("keeps at most its limit, dropping the entry used longest ago", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now the most recent
    cache.set("c", 3);
    expect(cache.size).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect([cache.get("a"), cache.get("c")]).toEqual([1, 3]);
    cache.set("a", 10); // replacing does not grow it
    expect(cache.size).toBe(2);
    expect(cache.get("a")).toBe(10);
  });

  it("refuses a limit below one", () => {
    expect(() => new BoundedCache(0)).toThrow(RangeError);
  });
});
