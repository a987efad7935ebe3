import { describe, expect, it } from "vitest";
import { missingAnswers, parseQuiz, publicQuestion, scoreQuiz, type QuizDefinition } from "~/engine/quiz";
import { translator } from "~/i18n/catalog.server";
import { parseForm } from "~/utils/form.server";
import { quizSchema } from "./quiz-form.server";

/** Ids an author may well write, and that conform would read as paths or refuse as names. */
const source = `---
id: hostile-quiz
title: Hostile ids
lang: en
passMark: 60
---

<Question id="1.2" kind="single">
Which first?
<Choice>Discount</Choice>
<Choice correct>Acknowledge</Choice>
<Explain>Because.</Explain>
</Question>

<Question id="a[0]" kind="multiple">
Pick the open questions.
<Choice correct>What do you compare with?</Choice>
<Choice correct>Is that all?</Choice>
<Choice>Don't you agree?</Choice>
<Explain>Open ones.</Explain>
</Question>

<Question id="__proto__" kind="order">
Order them.
<Item>A</Item>
<Item>B</Item>
<Item>C</Item>
<Explain>A, B, C.</Explain>
</Question>

<Question id="constructor" kind="match">
Match.
<Pair left="price">Clarify</Pair>
<Pair left="time">Book a slot</Pair>
<Explain>So.</Explain>
</Question>
`;

function definition(): QuizDefinition {
  const parsed = parseQuiz(source);
  expect(parsed.problems).toEqual([]);
  if (!parsed.definition) throw new Error("no definition");
  return parsed.definition;
}

const quiz = definition();
const [single, multiple, order, match] = quiz.questions;

/** The right answers as the page sends them: parts in the order the page shows them. */
function rightEntries(): [string, string][] {
  const entries: [string, string][] = [];
  if (single?.kind === "single") entries.push(["q0", single.choices.find((c) => c.correct)?.id ?? ""]);
  if (multiple?.kind === "multiple") for (const c of multiple.choices.filter((c) => c.correct)) entries.push(["q1", c.id]);
  const shownOrder = order && publicQuestion(order);
  if (order?.kind === "order" && shownOrder?.kind === "order")
    shownOrder.items.forEach((item, j) => entries.push([`q2.p${j}`, String(order.items.findIndex((i) => i.id === item.id) + 1)]));
  const shownMatch = match && publicQuestion(match);
  if (shownMatch?.kind === "match") shownMatch.lefts.forEach((left, j) => entries.push([`q3.p${j}`, left.id]));
  return entries;
}

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [name, value] of entries) f.append(name, value);
  return f;
}

async function parse(entries: [string, string][], locale: "en" | "ru" = "en") {
  return parseForm(form(entries), quizSchema(quiz, translator(locale)));
}

/** The errors by field name, or null when the form passes. */
async function errorsOf(entries: [string, string][], locale: "en" | "ru" = "en") {
  const submission = await parse(entries, locale);
  return submission.status === "success" ? null : submission.error;
}

const en = translator("en").t;
const ru = translator("ru").t;

describe("the quiz form's schema", () => {
  it("refuses, as a whole, answers given to another version of the quiz (fields are named by position)", async () => {
    const schema = (locale: "en" | "ru") => quizSchema(quiz, translator(locale), "version-2");
    const stale = await parseForm(form([["version", "version-1"], ...rightEntries()]), schema("ru"));
    expect(stale.status).toBe("error");
    expect(stale.status === "error" && stale.error?.[""]).toEqual([ru("quiz.changed")]);
    const missing = await parseForm(form(rightEntries()), schema("en"));
    expect(missing.status === "error" && missing.error?.[""]).toEqual([en("quiz.changed")]);
    const current = await parseForm(form([["version", "version-2"], ...rightEntries()]), schema("en"));
    expect(current.status).toBe("success");
  });

  it("reads the right answers under ids with dots, brackets, __proto__ and constructor, and scores them 100", async () => {
    const submission = await parse(rightEntries());
    if (submission.status !== "success") throw new Error(JSON.stringify(submission.error));
    const answers = submission.value;
    expect(Object.keys(answers)).toEqual(["1.2", "a[0]", "__proto__", "constructor"]);
    expect(Object.getOwnPropertyNames(answers)).toContain("__proto__");
    expect(answers["a[0]"]).toEqual({ kind: "multiple", choices: expect.arrayContaining([expect.any(String), expect.any(String)]) });
    expect(missingAnswers(quiz, answers)).toEqual([]);
    expect(scoreQuiz(quiz, answers)).toMatchObject({ score: 100, passed: true });
    // stored as JSON and read back, the answer under "__proto__" is still an answer
    const stored = JSON.parse(JSON.stringify(answers)) as typeof answers;
    expect(scoreQuiz(quiz, stored).score).toBe(100);
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  });

  it("stores those answers and reads them back scored 100 (the id `__proto__` included)", async () => {
    const { createUser } = await import("~/models/organisation/user.server");
    const { publishVersion } = await import("~/models/content/content.server");
    const { ownQuizResult, publishedQuiz, submitQuiz } = await import("./quiz.server");
    const userId = await createUser({ email: "quiz-form@test.callcraft", name: "Taker", roles: ["manager"] });
    publishVersion({
      kind: "quiz",
      slug: "hostile-quiz",
      lang: "en",
      title: "Hostile ids",
      source,
      compiledCode: "",
      definition: quiz,
      contentHash: "hostile",
      compilerVersion: "x",
    });
    const published = publishedQuiz("hostile-quiz");
    if (!published) throw new Error("not published");
    const submission = await parse(rightEntries());
    if (submission.status !== "success") throw new Error("refused");
    const result = submitQuiz({ userId, quiz: published, answers: submission.value });
    if (!result.ok) throw new Error("not stored");
    const stored = ownQuizResult(result.attemptId, userId);
    expect(Object.keys(stored?.answers ?? {})).toEqual(["1.2", "a[0]", "__proto__", "constructor"]);
    expect(stored?.result.score).toBe(100);
  });

  it("drops hostile and unknown field names without throwing or polluting a prototype", async () => {
    const hostile: [string, string][] = [
      ["__proto__", "x"],
      ["constructor", "x"],
      ["__proto__.polluted", "yes"],
      ["constructor.prototype.polluted", "yes"],
      ["q2.__proto__", "1"],
      ["q2.constructor", "1"],
      ["q2.toString", "1"],
      ["1.2", "x"],
      ["a[0]", "x"],
      ["a[b]", "x"],
      ["q1]", "x"],
      ["[0]", "x"],
      ["q9", "x"],
      ["q2.p7", "1"],
      ["intent", "x"],
    ];
    const submission = await parse([...hostile, ...rightEntries()]);
    expect(submission.status).toBe("success");
    if (submission.status === "success") expect(scoreQuiz(quiz, submission.value).score).toBe(100);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("answers conform's own fields forged with a 400, not an exception", async () => {
    for (const [name, value] of [
      ["__intent__", "not json"],
      ["__intent__", '{"type":1}'],
      ["__state__", "{"],
    ] as const) {
      const thrown = await parse([[name, value], ...rightEntries()]).catch((e: unknown) => e);
      expect(thrown).toBeInstanceOf(Response);
      expect((thrown as Response).status).toBe(400);
    }
  });

  it("refuses an empty form beside every question, and says above it how many are left, in English and Russian", async () => {
    for (const [locale, t] of [
      ["en", en],
      ["ru", ru],
    ] as const) {
      expect(await errorsOf([], locale)).toEqual({
        "": [t("quiz.missing", { count: 4 })],
        q0: [t("quiz.unanswered")],
        q1: [t("quiz.unanswered")],
        "q2.p0": [t("quiz.positionMissing")],
        "q2.p1": [t("quiz.positionMissing")],
        "q2.p2": [t("quiz.positionMissing")],
        "q3.p0": [t("quiz.matchMissing")],
        "q3.p1": [t("quiz.matchMissing")],
      });
    }
    expect(en("quiz.unanswered")).not.toBe(ru("quiz.unanswered"));
  });

  it("counts a forged, doubled or out-of-range value as no answer, and a position given twice against its question", async () => {
    const right = rightEntries();
    const without = (name: string) => right.filter(([n]) => n !== name);
    const replaced = (name: string, value: string): [string, string][] => [...without(name), [name, value]];

    expect(await errorsOf(replaced("q0", "not-a-choice"))).toEqual({ "": [en("quiz.missing", { count: 1 })], q0: [en("quiz.unanswered")] });

    expect(await errorsOf([...right, ["q0", right[0]![1]]])).toEqual({
      "": [en("quiz.missing", { count: 1 })],
      q0: [en("quiz.unanswered")],
    });

    // forged choices are dropped from a multiple answer, the real ones kept
    expect(await errorsOf([...right, ["q1", "not-a-choice"]])).toBeNull();
    expect(await errorsOf([...without("q1"), ["q1", "not-a-choice"]])).toEqual({
      "": [en("quiz.missing", { count: 1 })],
      q1: [en("quiz.unanswered")],
    });

    for (const bad of ["0", "4", "1.5", "abc", ""]) {
      expect((await errorsOf(replaced("q2.p1", bad)))?.["q2.p1"], bad).toEqual([en("quiz.positionMissing")]);
    }

    const values = right.filter(([n]) => n.startsWith("q2.")).map(([, v]) => v);
    const twice = await errorsOf([...without("q2.p0").filter(([n]) => n !== "q2.p1"), ["q2.p0", values[0]!], ["q2.p1", values[0]!]]);
    expect(twice).toEqual({
      "": [en("quiz.missing", { count: 1 })],
      q2: [en("quiz.positionTwice")],
    });
  });

  it("keeps what was sent, so a refused form shows every answer again", async () => {
    const right = rightEntries().filter(([name]) => name !== "q0");
    const submission = await parse(right);
    expect(submission.status).toBe("error");
    const reply = submission.reply();
    expect(reply.initialValue).toMatchObject({ q1: right.filter(([n]) => n === "q1").map(([, v]) => v) });
    expect(reply.initialValue?.q2).toEqual(Object.fromEntries(right.filter(([n]) => n.startsWith("q2.")).map(([n, v]) => [n.slice(3), v])));
  });
});
