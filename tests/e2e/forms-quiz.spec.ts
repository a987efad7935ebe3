/**
 * Issue 13 for the quiz form: answers parsed by conform with the quiz's own schema, a question
 * left open refused beside itself through FieldError (aria-invalid, aria-describedby), every
 * answer kept, nothing stored; in Russian without JavaScript and in English with it.
 */
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { expect, test } from "./fixtures";
import { getDb, schema } from "../../app/db.server";
import { parseQuiz, type ChoiceQuestion, type MatchQuestion, type OrderQuestion, type Question } from "../../app/engine/quiz";
import { expectFieldError, msg } from "./form-helpers";

type Kinds = { single: ChoiceQuestion; multiple: ChoiceQuestion; order: OrderQuestion; match: MatchQuestion };

/** The demo quiz "call stages" as its author wrote it: the right answers are in the file. */
function callStages(locale: "ru" | "en") {
  const { definition } = parseQuiz(readFileSync(`scripts-content/quizzes/call-stages.${locale}.mdx`, "utf8"));
  if (!definition) throw new Error("call-stages does not parse");
  const find = <K extends Question["kind"]>(id: string, kind: K) => {
    const question = definition.questions.find((q) => q.id === id);
    if (question?.kind !== kind) throw new Error(`no ${kind} question ${id}`);
    return question as Kinds[K];
  };
  return {
    funnel: find("funnel", "order"),
    card: find("card", "multiple"),
    coldGoal: find("cold-goal", "single"),
    leadTypes: find("lead-types", "match"),
    close: find("close", "single"),
  };
}

const right = (question: ChoiceQuestion) => question.choices.filter((c) => c.correct);

function quizAttempts(userId: string) {
  return getDb().select().from(schema.quizAttempts).where(eq(schema.quizAttempts.userId, userId)).all().length;
}

test.describe("quiz form", () => {
  test("questions left open are refused beside each one with the answers kept, in Russian without JavaScript and in English; answered, the quiz is scored", async ({
    page,
    createUser,
    loginAs,
    pageOf,
  }) => {
    for (const locale of ["ru", "en"] as const) {
      const user = locale === "en" ? await loginAs(["manager"], { locale: "en" }) : await createUser({ roles: ["manager"], locale: "ru" });
      const tab = locale === "ru" ? await pageOf(user, { javaScriptEnabled: false }) : page;
      const quiz = callStages(locale);
      await tab.goto(`/quizzes/call-stages-${locale}`);
      const group = (id: string) => tab.locator(`fieldset[data-question="${id}"]`);

      // The order with two steps in one place, one tick, the first single left open, one pair left open.
      const [first, second, ...rest] = quiz.funnel.items;
      await group("funnel").getByLabel(first!.text, { exact: true }).selectOption("1");
      await group("funnel").getByLabel(second!.text, { exact: true }).selectOption("1");
      for (const [i, item] of rest.entries())
        await group("funnel")
          .getByLabel(item.text, { exact: true })
          .selectOption(String(i + 3));
      const ticked = right(quiz.card)[0]!;
      await group("card").getByLabel(ticked.text, { exact: true }).check();
      const [pairA, pairB, pairC] = quiz.leadTypes.pairs;
      await group("lead-types").getByLabel(pairA!.left, { exact: true }).selectOption({ label: pairA!.right });
      await group("lead-types").getByLabel(pairB!.left, { exact: true }).selectOption({ label: pairB!.right });
      const closing = right(quiz.close)[0]!;
      await group("close").getByLabel(closing.text, { exact: true }).check();
      await tab.getByRole("button", { name: msg(locale, "quiz.submit") }).click();

      await expect(tab.getByRole("alert").filter({ hasText: msg(locale, "quiz.missing", { count: 3 }) })).toBeVisible();
      await expectFieldError(group("cold-goal").getByRole("radio").first(), msg(locale, "quiz.unanswered"));
      await expectFieldError(group("funnel").getByLabel(second!.text, { exact: true }), msg(locale, "quiz.positionTwice"));
      await expectFieldError(group("lead-types").getByLabel(pairC!.left, { exact: true }), msg(locale, "quiz.matchMissing"));
      // answered questions carry no error, and every answer given is still there
      await expect(group("card").getByRole("checkbox").first()).not.toHaveAttribute("aria-invalid", "true");
      await expect(group("card").locator("[data-field-error]")).toHaveCount(0);
      await expect(group("card").getByLabel(ticked.text, { exact: true })).toBeChecked();
      await expect(group("close").getByLabel(closing.text, { exact: true })).toBeChecked();
      await expect(group("funnel").getByLabel(first!.text, { exact: true })).toHaveValue("1");
      await expect(group("funnel").getByLabel(second!.text, { exact: true })).toHaveValue("1");
      await expect(group("lead-types").getByLabel(pairA!.left, { exact: true })).toHaveValue(pairA!.id);
      await expect(group("lead-types").getByLabel(pairC!.left, { exact: true })).toHaveValue("");
      expect(quizAttempts(user.id)).toBe(0);

      // Put right, the quiz is scored: the kept answers count, the fixed ones too.
      await group("funnel").getByLabel(second!.text, { exact: true }).selectOption("2");
      await group("cold-goal").getByLabel(right(quiz.coldGoal)[0]!.text, { exact: true }).check();
      await group("lead-types").getByLabel(pairC!.left, { exact: true }).selectOption({ label: pairC!.right });
      for (const choice of right(quiz.card).slice(1)) await group("card").getByLabel(choice.text, { exact: true }).check();
      await tab.getByRole("button", { name: msg(locale, "quiz.submit") }).click();
      await tab.waitForURL(/\/quizzes\/attempts\/[^/]+$/);
      await expect(tab.getByTestId("quiz-pass-state")).toHaveText(msg(locale, "quiz.passed"));
      await expect(tab.getByTestId("quiz-score")).toHaveText("100");
      expect(quizAttempts(user.id)).toBe(1);
    }
  });

  test("a step without a position is refused beside its own select, in English and in Russian", async ({ createUser, pageOf }) => {
    for (const locale of ["en", "ru"] as const) {
      const tab = await pageOf(await createUser({ roles: ["manager"], locale }));
      const quiz = callStages(locale);
      await tab.goto(`/quizzes/call-stages-${locale}`);
      const funnel = tab.locator('fieldset[data-question="funnel"]');
      const [first, second] = quiz.funnel.items;
      await funnel.getByLabel(first!.text, { exact: true }).selectOption("1");
      await tab.getByRole("button", { name: msg(locale, "quiz.submit") }).click();
      await expectFieldError(funnel.getByLabel(second!.text, { exact: true }), msg(locale, "quiz.positionMissing"));
      await expect(funnel.getByLabel(first!.text, { exact: true })).not.toHaveAttribute("aria-invalid", "true");
      await expect(funnel.getByLabel(first!.text, { exact: true })).toHaveValue("1");
      // in the interface language, marked as such inside a form in the quiz's
      await expect(funnel.locator("[data-field-error]").first()).toHaveAttribute("lang", locale);
      // the order's own error is not there: no two steps share a place
      await expect(funnel.locator("[data-field-error]")).toHaveCount(quiz.funnel.items.length - 1);
    }
  });
});
