import { describe, expect, it } from "vitest";
import { OBJECTION_TYPES } from "../vocabulary";
import { scoreTurn, turnPercent } from "./index";
import { bucket, LABELLED, turnOf } from "./__fixtures__";

const results = LABELLED.map((x) => ({ x, score: scoreTurn(turnOf(x)) }));

describe("labelled replies", () => {
  it("cover both languages, every objection type but other, and all labels", () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(80);
    const ru = LABELLED.filter((x) => x.lang === "ru").length;
    expect(Math.abs(ru - (LABELLED.length - ru))).toBeLessThanOrEqual(LABELLED.length * 0.1);
    for (const t of OBJECTION_TYPES.filter((t) => t !== "other")) {
      for (const lang of ["ru", "en"]) expect(LABELLED.some((x) => x.objectionType === t && x.lang === lang)).toBe(true);
    }
    for (const label of ["good", "partial", "bad"]) expect(LABELLED.some((x) => x.label === label)).toBe(true);
    expect(new Set(LABELLED.map((x) => x.id)).size).toBe(LABELLED.length);
  });

  it("agree with the labels at least 85% of the time", () => {
    const misses: string[] = [];
    for (const { x, score } of results) {
      const p = turnPercent(score, x.leadType);
      if (bucket(p) !== x.label) misses.push(`${x.id}: ${p} → ${bucket(p)}, labelled ${x.label}`);
    }
    const agreement = (results.length - misses.length) / results.length;
    console.log(`scorer/label agreement: ${(agreement * 100).toFixed(1)}% (${results.length - misses.length}/${results.length})`);
    if (misses.length) console.log(`disagreements:\n  ${misses.join("\n  ")}`);
    expect(agreement).toBeGreaterThanOrEqual(0.85);
  });

  it("take points from every bad reply for the labelled reason", () => {
    for (const { x, score } of results.filter((r) => r.x.label === "bad")) {
      expect(x.reason, x.id).toBeDefined();
      const penalised = score.items.some((i) => i.rule === x.reason && i.points < 0);
      const missing = !score.items.some((i) => i.rule === x.reason && i.points > 0);
      expect(penalised || missing, `${x.id} should lose points for ${x.reason}`).toBe(true);
      if (x.reason?.startsWith("anti.")) expect(penalised, `${x.id}: ${x.reason} is a penalty`).toBe(true);
    }
  });

  it("back every point with the reply's own words", () => {
    for (const { x, score } of results) {
      for (const item of score.items) {
        if (item.points !== 0 && !ABSENCE_OK.has(item.rule)) expect(item.evidence.length, `${x.id} ${item.rule}`).toBeGreaterThan(0);
        for (const e of item.evidence) {
          expect(e.text, `${x.id} ${item.rule}`).toBe(x.reply.slice(e.start, e.end));
          expect(e.text.trim().length, `${x.id} ${item.rule}`).toBeGreaterThan(0);
          expect(e.text, `${x.id} ${item.rule}`).toBe(e.text.trim());
        }
        expect(item.message.length).toBeGreaterThan(0);
        expect(item.message).not.toMatch(/^[a-z_.]+$/);
      }
    }
  });
});

/** Rules about absence may carry no evidence; none of them gives or takes points today. */
const ABSENCE_OK = new Set<string>();
