import { describe, expect, it } from "vitest";
import { conditionNames, evaluate, parseCondition, parseSets, type CondNode } from "./condition";

function ast(text: string): CondNode {
  const { condition, error } = parseCondition(text);
  if (!condition) throw new Error(`${text}: ${error?.message ?? ""}`);
  return condition.ast;
}

const values: Record<string, number> = { price_named: 1, trial: 0, trust: 45, pushes: 2, "fact.need": 1, "raised.price": 0 };
const truth = (text: string) => evaluate(ast(text), (name) => values[name] ?? 0);

describe("condition grammar", () => {
  it("reads names, comparisons, and, or, not and brackets into a small tree", () => {
    expect(ast("price_named")).toEqual({ k: "ref", name: "price_named", at: 0 });
    expect(ast("trust >= 40")).toEqual({ k: "ref", name: "trust", at: 0, op: ">=", value: 40 });
    expect(ast("a and not b")).toEqual({
      k: "and",
      args: [
        { k: "ref", name: "a", at: 0 },
        { k: "not", arg: { k: "ref", name: "b", at: 10 } },
      ],
    });
    expect(ast("chose.ask-budget or raised.no-time")).toMatchObject({
      k: "or",
      args: [{ name: "chose.ask-budget" }, { name: "raised.no-time" }],
    });
  });

  it("binds and tighter than or, and not tighter than and", () => {
    expect(ast("a or b and c")).toMatchObject({ k: "or", args: [{ name: "a" }, { k: "and" }] });
    expect(ast("(a or b) and c")).toMatchObject({ k: "and", args: [{ k: "or" }, { name: "c" }] });
    expect(ast("not a and b")).toMatchObject({ k: "and", args: [{ k: "not" }, { name: "b" }] });
    expect(ast("not not a")).toMatchObject({ k: "not", arg: { k: "not", arg: { name: "a" } } });
  });

  it("evaluates: a name alone is true above zero, comparisons on numbers", () => {
    expect(truth("price_named")).toBe(true);
    expect(truth("trial")).toBe(false);
    expect(truth("pushes")).toBe(true);
    expect(truth("unknown_is_zero")).toBe(false);
    expect(truth("price_named and not trial")).toBe(true);
    expect(truth("trust >= 40 and trust < 50 and pushes == 2 and pushes != 3")).toBe(true);
    expect(truth("trust > 45 or trust <= 44")).toBe(false);
    expect(truth("fact.need and not raised.price")).toBe(true);
    expect(truth("(trial or price_named) and trust >= 46")).toBe(false);
  });

  it("lists every name it reads with its offset, for the name checks", () => {
    expect(conditionNames(ast("a and (not b or trust >= 3)"))).toEqual([
      { name: "a", at: 0 },
      { name: "b", at: 11 },
      { name: "trust", at: 16 },
    ]);
  });

  it.each([
    ["", 0, "condition.empty"],
    ["trust = 40", 6, "condition.single-equals"],
    ["a && b", 2, "condition.js-operator"],
    ["a || b", 2, "condition.js-operator"],
    ["!a", 0, "condition.js-operator"],
    ["trust >= high", 9, "condition.number"],
    ["trust >=", 8, "condition.number"],
    ["(a or b", 7, "condition.close-paren"],
    ["a or", 4, "condition.operand"],
    ["and a", 0, "condition.operand"],
    ["a b", 2, "condition.trailing"],
    ["a )", 2, "condition.trailing"],
    ["Price", 0, "condition.name-case"],
    ["a and $b", 6, "condition.unexpected"],
    ["trust >= 4O", 10, "condition.name-case"],
  ])("rejects %j at offset %i (%s)", (text, offset, code) => {
    const { condition, error } = parseCondition(text);
    expect(condition).toBeUndefined();
    expect(error).toMatchObject({ offset, code });
    expect(error?.message).not.toBe("");
  });

  it("never evaluates the text as code", () => {
    const { error } = parseCondition("constructor.constructor('return process')()");
    expect(error).toBeDefined();
    expect(truth("constructor")).toBe(false);
  });
});

describe("sets lists", () => {
  it("reads flags, cleared flags and counter changes with their offsets", () => {
    expect(parseSets("price_named, not trial, pushes+1, pushes-2, pushes=0").sets).toEqual([
      { flag: "price_named", value: true, at: 0 },
      { flag: "trial", value: false, at: 13 },
      { counter: "pushes", add: 1, at: 24 },
      { counter: "pushes", add: -2, at: 34 },
      { counter: "pushes", set: 0, at: 44 },
    ]);
    expect(parseSets("pushes + 1").sets).toEqual([{ counter: "pushes", add: 1, at: 0 }]);
  });

  it("reports malformed items where they are", () => {
    expect(parseSets("a,,b").errors).toMatchObject([{ code: "sets.empty", offset: 2 }]);
    expect(parseSets("ok, not pushes+1").errors).toMatchObject([{ code: "sets.syntax", offset: 4 }]);
    expect(parseSets("ok, Bad-Name").errors).toMatchObject([{ code: "sets.syntax", offset: 4 }]);
    expect(parseSets("pushes*2").errors).toMatchObject([{ code: "sets.syntax", offset: 0 }]);
  });
});
