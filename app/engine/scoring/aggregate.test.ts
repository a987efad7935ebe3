import { describe, expect, it } from "vitest";
import type { TurnScore } from "./index";
import { aggregate, BASE_WEIGHTS, scoreQualification, weightsFor } from "./index";

const turn = (perSkill: TurnScore["perSkill"]): TurnScore => ({ items: [], perSkill, flags: [] });

describe("aggregate", () => {
  it("leaves skills with no opportunity out of the total instead of counting zero", () => {
    const r = aggregate([{ score: turn({ close: { earned: 8, max: 8 }, hygiene: { earned: 5, max: 5 } }) }], { leadType: "warm" });
    expect(r.total).toBe(100);
    expect(r.perSkill).toEqual({ close: 100, hygiene: 100 });
    expect(r.perSkill.discovery).toBeUndefined();
  });

  it("weights skills by call type: cold calls weigh opening and close more", () => {
    const turns = [{ score: turn({ contact: { earned: 10, max: 10 }, discovery: { earned: 0, max: 7 } }) }];
    const cold = aggregate(turns, { leadType: "cold" }).total;
    const warm = aggregate(turns, { leadType: "warm" }).total;
    expect(cold).toBe(Math.round((100 * 15) / (15 + 25)));
    expect(warm).toBe(Math.round((100 * 10) / (10 + 25)));
    expect(weightsFor("churned").winback).toBe(20);
    expect(weightsFor("warm").winback).toBe(BASE_WEIGHTS.winback);
  });

  it("takes script re-weighting over the defaults", () => {
    const turns = [{ score: turn({ contact: { earned: 10, max: 10 }, discovery: { earned: 0, max: 7 } }) }];
    expect(aggregate(turns, { leadType: "cold", weights: { discovery: 0 } }).total).toBe(100);
  });

  it("scores each objection type over its four skills, across turns", () => {
    const r = aggregate(
      [
        {
          score: turn({ objection_acknowledge: { earned: 8, max: 8 }, objection_clarify: { earned: 0, max: 10 } }),
          objectionType: "price",
        },
        {
          score: turn({ objection_acknowledge: { earned: 8, max: 8 }, objection_clarify: { earned: 10, max: 10 } }),
          objectionType: "price",
        },
        { score: turn({ objection_acknowledge: { earned: 0, max: 8 } }), objectionType: "time" },
      ],
      { leadType: "cold" },
    );
    expect(r.perObjection).toEqual({ price: Math.round((100 * 26) / 36), time: 0 });
    expect(r.perSkill.objection_clarify).toBe(50);
  });

  it("gives zero for no turns", () => {
    expect(aggregate([], { leadType: "cold" })).toEqual({ total: 0, perSkill: {}, perObjection: {} });
  });
});

describe("scoreQualification", () => {
  it("compares closed facts after normalising yes/да and partly/частично", () => {
    const r = scoreQualification(
      { fit: "Да", decisionMaker: "нет" },
      { fit: { value: "yes", kind: "closed" }, decisionMaker: { value: "no", kind: "closed" } },
      "ru",
    );
    expect(r.total).toBe(100);
    expect(r.fields.fit?.correct).toBe(true);
    const e = scoreQualification({ fit: "partially" }, { fit: { value: "частично", kind: "closed" } }, "en");
    expect(e.fields.fit?.correct).toBe(true);
    expect(scoreQualification({ fit: "no" }, { fit: { value: "yes", kind: "closed" } }, "en").total).toBe(0);
  });

  it("gives free facts partial credit by lemma overlap", () => {
    const facts = { need: { value: "быстрая доставка упаковки", kind: "free" as const } };
    expect(scoreQualification({ need: "Нужна быстрая доставка упаковки" }, facts, "ru").fields.need?.score).toBe(1);
    const half = scoreQualification({ need: "доставка" }, facts, "ru").fields.need;
    expect(half?.score).toBeGreaterThan(0);
    expect(half?.score).toBeLessThan(1);
    expect(scoreQualification({ need: "" }, facts, "ru").total).toBe(0);
    const en = scoreQualification({ budget: "about 200k per year" }, { budget: { value: "200k a year", kind: "free" } }, "en");
    expect(en.fields.budget?.correct).toBe(true);
  });
});
