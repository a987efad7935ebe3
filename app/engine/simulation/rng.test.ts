import { describe, expect, it } from "vitest";
import { mixSeed, nextIndex, nextRandom, shuffled } from "./rng";

describe("seeded random generator", () => {
  it("is a pure function of its state", () => {
    expect(nextRandom(42)).toEqual(nextRandom(42));
    const [value] = nextRandom(42);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThan(1);
  });

  it("spreads draws over the range", () => {
    const counts = [0, 0, 0, 0];
    let state = 1;
    for (let draw = 0; draw < 4000; draw++) {
      const [index, next] = nextIndex(state, 4);
      counts[index] = (counts[index] ?? 0) + 1;
      state = next;
    }
    for (const count of counts) expect(count).toBeGreaterThan(850);
  });

  it("shuffles without losing items, the same way for the same seed", () => {
    const items = ["a", "b", "c", "d", "e"];
    expect(shuffled(items, 5)).toEqual(shuffled(items, 5));
    expect([...shuffled(items, 5)].sort()).toEqual(items);
    expect(mixSeed(1, "x")).not.toBe(mixSeed(1, "y"));
  });
});
