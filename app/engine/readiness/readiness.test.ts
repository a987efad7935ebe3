import { describe, expect, it } from "vitest";
import { certificationStatus, practicePart, readiness, READINESS, skillsPart, teamReadiness } from "./index";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);

describe("readiness", () => {
  it("averages each skill's last three exam scores, then the skills", () => {
    expect(skillsPart({ contact: [90, 80, 70, 0], close: [40] })).toEqual({ value: 60, perSkill: { contact: 80, close: 40 } });
    expect(skillsPart({})).toEqual({ value: 0, perSkill: {} });
    expect(skillsPart({ contact: [] }).value).toBe(0);
  });

  it("gives full marks for practice within a week, none after a month, a straight line between", () => {
    expect(practicePart(NOW - 3 * DAY, NOW)).toEqual({ value: 100, daysSince: 3 });
    expect(practicePart(NOW - 7 * DAY, NOW).value).toBe(100);
    expect(practicePart(NOW - 18.5 * DAY, NOW).value).toBe(50);
    expect(practicePart(NOW - 30 * DAY, NOW).value).toBe(0);
    expect(practicePart(NOW - 300 * DAY, NOW).value).toBe(0);
    expect(practicePart(null, NOW)).toEqual({ value: 0, daysSince: null });
  });

  it("reads the certification from the latest expiry date", () => {
    expect(certificationStatus([NOW + 200 * DAY], true, NOW)).toBe("valid");
    expect(certificationStatus([NOW - 10 * DAY, NOW + 10 * DAY], true, NOW)).toBe("expiring");
    expect(certificationStatus([NOW - DAY], false, NOW)).toBe("expired");
    expect(certificationStatus([], true, NOW)).toBe("missing");
    expect(certificationStatus([], false, NOW)).toBe("not_required");
  });

  it("weighs the parts 60/25/15 and drops the certification when none is required", () => {
    const strong = readiness({ examScores: { contact: [90], close: [70] }, certification: "valid", lastCallAt: NOW - DAY }, NOW);
    expect(strong.index).toBe(Math.round((80 * 60 + 100 * 25 + 100 * 15) / 100));
    expect(strong.skills).toMatchObject({ value: 80, weight: 60, exams: 1 });
    const noCert = readiness({ examScores: { contact: [90], close: [70] }, certification: "not_required", lastCallAt: NOW - DAY }, NOW);
    expect(noCert.index).toBe(Math.round((80 * 60 + 100 * 15) / 75));
    expect(noCert.certification.value).toBeNull();
    const missing = readiness({ examScores: { contact: [90], close: [70] }, certification: "missing", lastCallAt: NOW - DAY }, NOW);
    expect(missing.index).toBeLessThan(noCert.index);
  });

  it("cannot be high without recent exams, whatever else is true", () => {
    const onlyPractice = readiness({ examScores: {}, certification: "valid", lastCallAt: NOW }, NOW);
    expect(onlyPractice.index).toBe(40);
    expect(readiness({ examScores: {}, certification: "not_required", lastCallAt: null }, NOW).index).toBe(0);
    const perfect = readiness({ examScores: { contact: [100, 100, 100] }, certification: "valid", lastCallAt: NOW }, NOW);
    expect(perfect.index).toBe(100);
    expect(READINESS.weights.skills + READINESS.weights.certification + READINESS.weights.practice).toBe(100);
  });

  it("gives a team the average of its people", () => {
    expect(teamReadiness([80, 61, 40])).toBe(60);
    expect(teamReadiness([])).toBeNull();
  });
});
