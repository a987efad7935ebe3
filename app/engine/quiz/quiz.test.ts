import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayOrder, missingAnswers, parseQuiz, publicQuestion, scoreQuiz, type QuizAnswers, type QuizDefinition } from "./index";

const header = `---\nid: t-quiz\ntitle: Test\nlang: en\npassMark: 60\n---\n`;
const source = `${header}
Intro text.

<Question id="one" kind="single">
Which first?
<Choice>Discount</Choice>
<Choice correct>Acknowledge</Choice>
<Explain>Because.</Explain>
</Question>

<Question id="many" kind="multiple">
Pick the questions.
<Choice correct>What do you compare with?</Choice>
<Choice correct>Is that all?</Choice>
<Choice>Don't you agree?</Choice>
<Explain>Open ones.</Explain>
</Question>

<Question id="order" kind="order" points="2">
Order them.
<Item>A</Item>
<Item>B</Item>
<Item>C</Item>
<Explain>A, B, C.</Explain>
</Question>

<Question id="match" kind="match">
Match.
<Pair left="price">Clarify</Pair>
<Pair left="time">Book a slot</Pair>
<Explain>So.</Explain>
</Question>
`;

function quiz(text = source): QuizDefinition {
  const parsed = parseQuiz(text);
  expect(parsed.problems).toEqual([]);
  if (!parsed.definition) throw new Error("no definition");
  return parsed.definition;
}

describe("quiz parser", () => {
  it("reads every question kind with its prompt, parts and explanation", () => {
    const q = quiz();
    expect(q.intro).toEqual(["Intro text."]);
    expect(q.questions.map((x) => [x.id, x.kind, x.prompt, x.explanation])).toEqual([
      ["one", "single", "Which first?", "Because."],
      ["many", "multiple", "Pick the questions.", "Open ones."],
      ["order", "order", "Order them.", "A, B, C."],
      ["match", "match", "Match.", "So."],
    ]);
  });

  it("reports a single question with two right answers at its line", () => {
    const broken = source.replace("<Choice>Discount</Choice>", "<Choice correct>Discount</Choice>");
    const { definition, problems } = parseQuiz(broken);
    expect(definition).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ code: "quiz.correct", line: 10 }));
  });

  it("rejects code and unknown components through the shared sandbox", () => {
    const { problems } = parseQuiz(
      `${header}\nimport x from "y"\n\n<Question kind="single">Q<Choice correct>a</Choice><Choice>b</Choice><Widget /></Question>\n`,
    );
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(["sandbox.esm", "sandbox.unknown-component"]));
  });

  it("reports a bad header key at its line", () => {
    const { problems } = parseQuiz(source.replace("passMark: 60", "passMark: 160"));
    expect(problems[0]).toMatchObject({ line: 5, code: "frontmatter.range-max" });
  });

  it("parses the demo quizzes without problems", () => {
    const dir = join(process.cwd(), "scripts-content/quizzes");
    for (const file of readdirSync(dir)) expect(parseQuiz(readFileSync(join(dir, file), "utf8")).problems, file).toEqual([]);
  });
});

describe("quiz scoring", () => {
  const q = quiz();
  /** Part ids are opaque hashes: look them up by position in the author's order. */
  const id = (questionId: string, index: number) => {
    const question = q.questions.find((x) => x.id === questionId);
    const parts = question?.kind === "order" ? question.items : question?.kind === "match" ? question.pairs : (question?.choices ?? []);
    return parts[index]?.id ?? "";
  };
  const perfect: QuizAnswers = {
    one: { kind: "single", choice: id("one", 1) },
    many: { kind: "multiple", choices: [id("many", 0), id("many", 1)] },
    order: { kind: "order", positions: { [id("order", 0)]: 1, [id("order", 1)]: 2, [id("order", 2)]: 3 } },
    match: { kind: "match", chosen: { [id("match", 0)]: id("match", 0), [id("match", 1)]: id("match", 1) } },
  };

  it("gives 100 for the right answers", () => {
    expect(scoreQuiz(q, perfect)).toMatchObject({ score: 100, passed: true });
    expect(missingAnswers(q, perfect)).toEqual([]);
  });

  it("gives partial credit, and a wrong tick cancels a right one", () => {
    const answers: QuizAnswers = {
      one: { kind: "single", choice: id("one", 0) },
      many: { kind: "multiple", choices: [id("many", 0), id("many", 2)] },
      order: { kind: "order", positions: { [id("order", 0)]: 1, [id("order", 1)]: 3, [id("order", 2)]: 2 } },
      match: { kind: "match", chosen: { [id("match", 0)]: id("match", 0), [id("match", 1)]: id("match", 0) } },
    };
    const result = scoreQuiz(q, answers);
    expect(result.questions.map((r) => r.credit)).toEqual([0, 0, 1 / 3, 0.5]);
    // (0 + 0 + 2/3 + 0.5) of 5 points
    expect(result.score).toBe(23.3);
    expect(result.passed).toBe(false);
  });

  it("lists what is unanswered: no choice, a position missing or given twice, a pair left open", () => {
    const answers: QuizAnswers = {
      one: { kind: "single", choice: null },
      many: { kind: "multiple", choices: [] },
      order: { kind: "order", positions: { [id("order", 0)]: 1, [id("order", 1)]: 1, [id("order", 2)]: 2 } },
      match: { kind: "match", chosen: { [id("match", 0)]: id("match", 0) } },
    };
    expect(scoreQuiz(q, answers).score).toBe(23.3);
    expect(missingAnswers(q, answers)).toEqual(["one", "many", "order", "match"]);
  });

  it("sends the page no right answers: ids are opaque and parts shuffled", () => {
    const shown = q.questions.map(publicQuestion);
    expect(JSON.stringify(shown)).not.toMatch(/correct|explanation|Because/);
    const order = shown.find((x) => x.kind === "order");
    expect(order && "items" in order ? order.items.map((i) => i.text) : []).not.toEqual(["A", "B", "C"]);
  });

  it("shows parts in a stable order that is never the answer order", () => {
    const items = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(displayOrder("order", items)).toEqual(displayOrder("order", items));
    for (const id of ["x", "y", "z", "order", "funnel"]) expect(displayOrder(id, items).map((i) => i.id)).not.toEqual(["a", "b", "c"]);
  });
});
