/**
 * Format 2 as read from a file: the new header keys, elements and attributes, and every name
 * checked at its line and column.
 */
import { describe, expect, it } from "vitest";
import { parseScript } from "./parser";
import { fixtureSource, lineOf } from "./__fixtures__/load";
import { ENDS, NEED_REVEAL, inline, parsed } from "./__fixtures__/inline";

const HEADER = `speakers:
  office: { name: Jo, role: office manager, voice: female }
state:
  flags: [price_named]
  counters: { pushes: 1 }`;

/** A step that uses a condition, so its value's columns can be checked. */
function withCondition(when: string): string {
  return inline(
    `<Step id="a"><Lead>Hi.</Lead><Option to="won" quality="best" when="${when}">Hello.</Option></Step>\n${NEED_REVEAL}\n${ENDS}`,
    { header: HEADER },
  );
}

function problemsOf(source: string) {
  return parseScript(source).problems;
}

/** Line and column of `needle` in the source (1-based), plus an offset inside it. */
function at(source: string, needle: string, offset = 0): { line: number; column: number } {
  const index = source.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not found`);
  const before = source.slice(0, index + offset).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

describe("format-2 fixture", () => {
  const def = parsed(fixtureSource("fixture-gatekeeper-v2-en.mdx"));

  it("reads speakers, state, card, variants and the blueprint", () => {
    expect(def.format).toBe(2);
    expect(def.meta.format).toBe(2);
    expect(def.meta.speakers.office).toEqual({ name: "Jo", role: "office manager", voice: "female" });
    expect(def.meta.speakers.lead).toEqual({ name: "Paul Hart", role: "owner", voice: "male" });
    expect(def.meta.state).toEqual({ flags: ["price_named", "put_through"], counters: { pushes: 0 } });
    expect(def.meta.card.ownerName).toEqual({ label: "Owner's full name", kind: "name" });
    expect(def.meta.persona.facts.directLine).toEqual({ value: "+44 113 496 0123", kind: "phone" });
    expect(def.meta.persona.facts.need?.kind).toBe("free");
    expect(def.meta.persona.variants.map((variant) => [variant.id, variant.weight])).toEqual([
      ["breakdowns", 2],
      ["costs", 1],
    ]);
    expect(def.meta.persona.variants[1]).toMatchObject({
      temperament: "analytical",
      mood: { trust: 30 },
      facts: { need: { value: "running their own vans costs too much", kind: "free" } },
    });
    expect(def.meta.blueprint).toEqual({ objections: ["price"], minTurns: 5, minCard: 40 });
  });

  it("reads reactions, conditions, sets, examples and goals", () => {
    const office = def.steps.find((step) => step.id === "office-why");
    expect(office?.speaker).toBe("office");
    expect(office?.reactions.map((reaction) => [reaction.id, reaction.weight, reaction.when?.text, reaction.to])).toEqual([
      ["office-who", 2, "not chose.office-pitch", undefined],
      ["office-connect", 1, "chose.office-name", "owner"],
    ]);
    const honest = office?.reactions[0]?.options[0];
    expect(honest?.text).toMatch(/^Fresh bread reaching your shops on time\. What's his direct line/);
    expect(honest?.text).not.toMatch(/could I have his number/);
    expect(honest?.examples).toEqual(["it's about deliveries to your shops on time, could I have his number"]);
    expect(office?.options.find((option) => option.id === "block-push")?.sets).toEqual([{ counter: "pushes", add: 1, at: 0 }]);
    expect(def.objections.find((objection) => objection.id === "busy")).toMatchObject({ weight: 2, at: ["owner"] });
    expect(def.objections.find((objection) => objection.id === "price")?.when?.text).toBe("price_named");
    expect(def.ends.find((end) => end.id === "won")?.goal).toBe(100);
    expect(def.ends.find((end) => end.id === "callback")?.goals).toMatchObject([{ points: 60, when: { text: "fact.directLine" } }]);
    expect(def.reveals.find((reveal) => reveal.fact === "directLine")?.speaker).toBe("office");
    expect(def.steps.find((step) => step.id === "owner")?.lines[0]?.when?.text).toBe("put_through");
  });
});

describe("names are checked at their column", () => {
  it("points inside the condition at an unknown name, a bad prefix and an unknown id", () => {
    for (const [when, needle, code] of [
      ["price_named and trial", "trial", "name.unknown"],
      ["trust >= 40 and raised.nope", "raised.nope", "name.unknown-id"],
      ["price_named or chose.ghost", "chose.ghost", "name.unknown-id"],
      ["mood.trust > 3", "mood.trust", "name.prefix"],
    ] as const) {
      const source = withCondition(when);
      const found = problemsOf(source).find((problem) => problem.code === code);
      expect(found, `${when}: ${JSON.stringify(problemsOf(source))}`).toMatchObject(
        at(source, `when="${when}"`, `when="`.length + when.indexOf(needle)),
      );
    }
  });

  it("accepts every kind of name", () => {
    const source = withCondition(
      "price_named and pushes > 0 and interest < 90 and turn >= 1 and not resumed and fact.need and not raised.x and chose.a-1 and not variant.v",
    );
    expect(problemsOf(source).filter((problem) => problem.code.startsWith("name."))).toMatchObject([
      { code: "name.unknown-id", params: { name: "raised.x" } },
      { code: "name.unknown-id", params: { name: "variant.v" } },
    ]);
  });

  it("reports a syntax error at the offending character, on the line it is written on", () => {
    const source = withCondition("trust = 40");
    expect(problemsOf(source)).toMatchObject([{ code: "condition.single-equals", ...at(source, `when="trust = 40"`, 12) }]);
  });

  it("checks sets, speakers, reveals, placeholders and blueprint objections", () => {
    const body = `<Step id="a" speaker="boss"><Lead>Hi [[var.pain]] and [[speaker.office.name]] and [[nonsense]].</Lead>
<Option to="won" quality="best" sets="pushes, price_named+1, ghost" reveals="need,shoe">Hello [[рад|рада]], [[manager]].</Option></Step>
${NEED_REVEAL}
${ENDS}`;
    const source = inline(body, { header: `${HEADER}\nblueprint: { objections: [missing] }` });
    const codes = problemsOf(source).map((problem) => [problem.code, problem.line]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ["speaker.unknown", lineOf(source, `speaker="boss"`)],
        ["placeholder.no-variants", lineOf(source, "[[var.pain]]")],
        ["placeholder.unknown", lineOf(source, "[[nonsense]]")],
        ["sets.counter-as-flag", lineOf(source, "sets=")],
        ["sets.flag-as-counter", lineOf(source, "sets=")],
        ["sets.unknown", lineOf(source, "sets=")],
        ["fact.unknown", lineOf(source, `reveals="need,shoe"`)],
        ["blueprint.unknown-objection", lineOf(source, "blueprint:")],
      ]),
    );
    expect(codes.some(([code]) => code === "placeholder.speaker")).toBe(false);
  });

  it("requires every variant to give the vars a placeholder uses", () => {
    const persona = `  name: Sam
  temperament: busy
  mood: { interest: 30, trust: 30, patience: 3 }
  variants:
    - { id: a, vars: { pain: jams } }
    - { id: b, vars: { cost: high } }`;
    const source = inline(`<Step id="a"><Lead>About [[var.pain]].</Lead><Option to="won" quality="best">Hi.</Option></Step>\n${ENDS}`, {
      persona,
    });
    expect(problemsOf(source)).toMatchObject([{ code: "placeholder.var-missing", params: { variants: "b" } }]);
  });
});

describe("elements and attributes", () => {
  it("rejects unknown attributes, a <Lead> inside an <Option>, and misplaced new elements", () => {
    const source = inline(`<Step id="a"><Lead wehn="x">Hi.</Lead><Option to="won" quality="best">Hello <Lead>no</Lead></Option></Step>
<Goal when="turn" points="5" />
${NEED_REVEAL}
${ENDS}`);
    expect(problemsOf(source).map((problem) => problem.code)).toEqual(["parse.unknown-attribute", "parse.option-child", "parse.top-level"]);
  });

  it("requires what a <Reaction> and a <Goal> need", () => {
    const source =
      inline(`<Step id="a"><Reaction weight="2"><Lead>Hm.</Lead></Reaction><Lead>Hi.</Lead><Option to="won" quality="best">Hello.</Option></Step>
${NEED_REVEAL}
<End id="won" outcome="won" goal="120"><Lead>Deal.</Lead><Goal points="5" /></End>
<End id="hangup" outcome="hung_up"><Lead>Bye.</Lead></End>`);
    expect(problemsOf(source).map((problem) => [problem.code, problem.params?.attribute])).toEqual([
      ["parse.missing-attribute", "id"],
      ["parse.attribute-number", "goal"],
      ["parse.missing-attribute", "when"],
    ]);
  });
});

describe("header problems are coded, with params", () => {
  it.each([
    ["difficulty: 1", "difficulty: 9", "frontmatter.range-max", { key: "difficulty", max: "5" }],
    ["lang: en", "lang: de", "frontmatter.choice", { key: "lang", allowed: "ru, en" }],
    ["title: Inline test\n", "", "frontmatter.required", { key: "title" }],
    ["passMark: 60", "passMark: 60\ncolour: red", "frontmatter.unknown-key", { key: "colour" }],
    ["format: 2", "format: 3", "frontmatter.choice", { key: "format" }],
    ["id: inline-test", "id: Inline_Test", "frontmatter.id-format", { key: "id" }],
  ])("%s → %s gives %s", (from, to, code, params) => {
    const source = inline(
      `<Step id="a"><Lead>Hi.</Lead><Option to="won" quality="best">Hello.</Option></Step>\n${NEED_REVEAL}\n${ENDS}`,
    ).replace(from, to);
    const problem = problemsOf(source).find((candidate) => candidate.code === code);
    expect(problem, JSON.stringify(problemsOf(source))).toMatchObject({ params });
    expect(problem?.message).not.toMatch(/Too big|Invalid input/);
  });

  it("checks the card, the facts and the variants against each other", () => {
    const persona = `  name: Sam
  temperament: busy
  mood: { interest: 30, trust: 30, patience: 3 }
  facts:
    shoe: { value: size 9 }
    refusal: { value: cheap }
    phone: { value: "123", kind: free }
  variants:
    - { id: a }
    - { id: a }`;
    const header = `card:
  refusal: { label: Why, kind: closed, values: { price: Too expensive, timing: Not now } }
  phone: { label: Phone, kind: phone }
  need: { label: Need, kind: free }
  lone: { label: Lone, kind: closed, values: { only: One } }
  numbers: { label: Count, kind: number, values: { a: b } }
speakers:
  lead: { name: Someone }
  helper: { role: assistant }`;
    const source = inline(`<Step id="a"><Lead>Hi.</Lead><Option to="won" quality="best">Hello.</Option></Step>\n${ENDS}`, {
      persona,
      header,
    });
    expect(
      problemsOf(source)
        .map((problem) => problem.code)
        .sort(),
    ).toEqual([
      "frontmatter.card-standard",
      "frontmatter.card-values",
      "frontmatter.card-values-kind",
      "frontmatter.duplicate-variant",
      "frontmatter.fact-kind",
      "frontmatter.fact-value",
      "frontmatter.lead-speaker",
      "frontmatter.speaker-name",
      "frontmatter.unknown-fact",
    ]);
  });
});
