import { describe, expect, it } from "vitest";
import { summariseTrend } from "./trend";

describe("summariseTrend", () => {
  it("compares the average of the last three points with the first three", () => {
    expect(summariseTrend([20, 30, 40, 60, 80, 100])).toEqual({ now: 80, start: 30, change: 50, points: 6 });
  });

  it("does not let one call swing the current level", () => {
    expect(summariseTrend([70, 70, 70, 80, 80, 20])?.now).toBe(60);
  });

  it("gives no change until the two windows are separate calls", () => {
    expect(summariseTrend([40, 90])).toEqual({ now: 65, start: 65, change: null, points: 2 });
    expect(summariseTrend([40, 50, 60, 70, 80])?.change).toBeNull();
    expect(summariseTrend([10, 10, 10, 40, 40, 40])?.change).toBe(30);
  });

  it("shows a decline as a negative change and says nothing without points", () => {
    expect(summariseTrend([90, 90, 90, 50, 50, 50])?.change).toBe(-40);
    expect(summariseTrend([])).toBeNull();
    expect(summariseTrend([55])).toEqual({ now: 55, start: 55, change: null, points: 1 });
  });
});
