import { describe, expect, it } from "vitest";
import { parseQuiz, quizDiff, type QuizDefinition } from "./index";

const header = `---\nid: diff-quiz\ntitle: Diff\nlang: en\npassMark: 60\n---\n`;

const ONE = `<Question id="one" kind="single">
Which first?
<Choice>Discount</Choice>
<Choice correct>Acknowledge</Choice>
<Explain>Because.</Explain>
</Question>`;

const ORDER = `<Question id="order" kind="order" points="2">
Order them.
<Item>A</Item>
<Item>B</Item>
<Item>C</Item>
<Explain>A, B, C.</Explain>
</Question>`;

const MATCH = `<Question id="match" kind="match">
Match.
<Pair left="price">Clarify</Pair>
<Pair left="time">Book a slot</Pair>
<Explain>So.</Explain>
</Question>`;

/** The definition the engine compiles from these questions; a fixture that does not check fails the test. */
function quiz(...questions: string[]): QuizDefinition {
  const { definition, problems } = parseQuiz(`${header}\n${questions.join("\n\n")}\n`);
  if (!definition) throw new Error(problems.map((p) => p.message).join("; "));
  return definition;
}

const base = quiz(ONE, ORDER, MATCH);

describe("quizDiff", () => {
  it("finds nothing between a quiz and itself", () => {
    expect(quizDiff(base, quiz(ONE, ORDER, MATCH))).toEqual([]);
  });

  it("names a reworded prompt, a new explanation and new points, and nothing else", () => {
    const after = quiz(
      ONE.replace("Which first?", "What comes first?").replace("Because.", "Acknowledging lowers the tension."),
      ORDER.replace('points="2"', 'points="3"'),
      MATCH,
    );
    expect(quizDiff(base, after)).toEqual([
      { id: "one", change: "changed", aspects: ["prompt", "explanation"], kind: null, options: [] },
      { id: "order", change: "changed", aspects: ["points"], kind: null, options: [] },
    ]);
  });

  it("tells a moved right answer from changed options", () => {
    const flipped = quiz(
      ONE.replace("<Choice>Discount</Choice>", "<Choice correct>Discount</Choice>").replace(
        "<Choice correct>Acknowledge</Choice>",
        "<Choice>Acknowledge</Choice>",
      ),
      ORDER,
      MATCH,
    );
    expect(quizDiff(base, flipped)).toEqual([{ id: "one", change: "changed", aspects: ["correct"], kind: null, options: [] }]);

    const wrongReworded = quiz(ONE.replace("Discount", "A big discount"), ORDER, MATCH);
    expect(quizDiff(base, wrongReworded)).toEqual([
      {
        id: "one",
        change: "changed",
        aspects: ["options"],
        kind: null,
        options: [
          { text: "Discount", change: "removed" },
          { text: "A big discount", change: "added" },
        ],
      },
    ]);

    // rewording the right choice changes what a manager must pick
    const rightReworded = quiz(ONE.replace("Acknowledge</Choice>", "Acknowledge the concern</Choice>"), ORDER, MATCH);
    expect(quizDiff(base, rightReworded)[0]?.aspects).toEqual(["options", "correct"]);
  });

  it("ignores options that only moved: every page shows them shuffled", () => {
    const moved = quiz(
      ONE.replace(
        "<Choice>Discount</Choice>\n<Choice correct>Acknowledge</Choice>",
        "<Choice correct>Acknowledge</Choice>\n<Choice>Discount</Choice>",
      ),
      ORDER,
      MATCH,
    );
    expect(moved.questions[0]).not.toEqual(base.questions[0]);
    expect(quizDiff(base, moved)).toEqual([]);
  });

  it("sees a new right order and new pairs as the correct answer changing, with the same options", () => {
    const after = quiz(
      ONE,
      ORDER.replace("<Item>A</Item>\n<Item>B</Item>", "<Item>B</Item>\n<Item>A</Item>"),
      MATCH.replace(">Clarify<", ">Book a slot<").replace(">Book a slot</Pair>\n<Explain>", ">Clarify</Pair>\n<Explain>"),
    );
    expect(quizDiff(base, after)).toEqual([
      { id: "order", change: "changed", aspects: ["correct"], kind: null, options: [] },
      { id: "match", change: "changed", aspects: ["correct"], kind: null, options: [] },
    ]);
  });

  it("reports an item added to an order question as new options and a new right order", () => {
    const after = quiz(ONE, ORDER.replace("<Item>C</Item>", "<Item>C</Item>\n<Item>D</Item>"), MATCH);
    expect(quizDiff(base, after)).toEqual([
      { id: "order", change: "changed", aspects: ["options", "correct"], kind: null, options: [{ text: "D", change: "added" }] },
    ]);
  });

  it("names a change of kind with both kinds", () => {
    const after = quiz(
      ONE.replace('kind="single"', 'kind="multiple"').replace("<Choice>Discount</Choice>", "<Choice correct>Discount</Choice>"),
      ORDER,
      MATCH,
    );
    expect(quizDiff(base, after)).toEqual([
      { id: "one", change: "changed", aspects: ["kind", "correct"], kind: { before: "single", after: "multiple" }, options: [] },
    ]);
  });

  it("lists added questions in the new order, then removed ones; a renamed id is one of each", () => {
    const extra = `<Question id="extra" kind="single">\nNew?\n<Choice correct>Yes</Choice>\n<Choice>No</Choice>\n<Explain>Yes.</Explain>\n</Question>`;
    const after = quiz(extra, ORDER.replace('id="order"', 'id="sequence"'));
    expect(quizDiff(base, after).map(({ id, change }) => [id, change])).toEqual([
      ["extra", "added"],
      ["sequence", "added"],
      ["one", "removed"],
      ["order", "removed"],
      ["match", "removed"],
    ]);
  });
});
