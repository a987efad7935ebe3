import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { editorReady, replaceText } from "./studio-helpers";

/** From the studio list: a new draft of `kind` from its English template; returns its id (slug). */
async function createFromTemplate(page: Page, kind: "Quiz" | "Lesson"): Promise<string> {
  await page.goto("/studio");
  const form = page.getByRole("form", { name: "New content" });
  await form.getByLabel("Kind").selectOption({ label: kind });
  await form.getByLabel("Language").selectOption({ label: "English" });
  await form.getByRole("button", { name: "Create from template" }).click();
  await expect(page.getByTestId("draft-meta")).toContainText("Draft revision 1");
  await editorReady(page);
  await expect(page.getByTestId("problems").getByRole("status")).toHaveText("No problems found.");
  // Quizzes and lessons are not state machines: no diagram under the editor.
  await expect(page.getByRole("heading", { name: "State diagram" })).toHaveCount(0);
  return (await page.locator("header code").first().textContent()) ?? "";
}

async function publish(page: Page, note: string) {
  await page.getByLabel("Change note").fill(note);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("editor-status")).toHaveText("Published version 1.");
  await expect(page.getByTestId("status")).toHaveText("Published");
}

async function expectListed(page: Page, kind: "quiz" | "lesson", slug: string) {
  await page.goto(`/studio?kind=${kind}&lang=en`);
  const row = page.getByTestId("studio-row").filter({ hasText: slug });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").last()).toHaveText("1");
  await expect(row.getByTestId("status")).toHaveText("Published");
}

test.describe("studio: quizzes and lessons", () => {
  test("a content lead creates a lesson from the template, previews it as HTML and publishes version 1", async ({ page, loginAs }) => {
    await loginAs(["content_lead"], { locale: "en" });
    const slug = await createFromTemplate(page, "Lesson");
    expect(slug).toMatch(/^new-lesson-[0-9a-f]{6}-en$/);

    await page.getByRole("link", { name: "Preview" }).click();
    const lesson = page.getByTestId("lesson-preview");
    await expect(lesson.getByRole("heading", { name: "What it sounds like", level: 2 })).toBeVisible();
    await expect(lesson.locator('[data-tone="warning"]')).toContainText("The mistake people make most often");
    await expect(lesson.locator('[data-who="manager"]')).toContainText("Manager:");
    await expect(lesson.getByRole("link", { name: /Handle the seven objections/ })).toHaveAttribute("href", "/rehearse/objection-drill-en");

    await page.getByRole("link", { name: "Edit" }).click();
    await editorReady(page);
    await publish(page, "First lesson from the template");
    await page.getByRole("link", { name: "Versions and diff" }).click();
    await expect(page.getByTestId("version-row")).toHaveCount(1);
    await expectListed(page, "lesson", slug);
  });

  test("a content lead creates a quiz from the template, sees the right answers in the preview and publishes version 1", async ({
    page,
    loginAs,
  }) => {
    await loginAs(["content_lead"], { locale: "en" });
    const slug = await createFromTemplate(page, "Quiz");
    expect(slug).toMatch(/^new-quiz-[0-9a-f]{6}-en$/);

    await page.getByRole("link", { name: "Preview" }).click();
    const questions = page.getByTestId("quiz-question");
    await expect(questions).toHaveCount(4);
    const first = questions.filter({ hasText: "What do you do first?" });
    await expect(first.locator('[data-correct="true"]')).toHaveText(/Acknowledge the concern/);
    await expect(first.locator('[data-correct="false"]')).toHaveText(/Offer a discount/);
    await expect(questions.filter({ hasText: "Tick all that apply" }).locator('[data-correct="true"]')).toHaveCount(2);
    await expect(page.getByRole("list", { name: "The right order" }).getByRole("listitem")).toHaveText([
      "Acknowledge",
      "Clarify",
      "Argue",
      "Confirm",
    ]);
    await expect(page.getByTestId("quiz-preview")).toContainText("Pass mark 70%");

    await page.getByRole("link", { name: "Edit" }).click();
    await editorReady(page);
    await publish(page, "First quiz from the template");
    await expectListed(page, "quiz", slug);
  });

  test("versions of a quiz are compared question by question: added, removed, and what changed", async ({ page, loginAs }) => {
    await loginAs(["content_lead"], { locale: "en" });
    await createFromTemplate(page, "Quiz");
    await publish(page, "First quiz from the template");
    const source = await page.getByTestId("source-textarea").inputValue();
    const close = `<Question id="close" kind="single">\nHow do you end the call?\n\n<Choice correct>Agree on the next step</Choice>\n<Choice>Say goodbye</Choice>\n\n<Explain>Every call ends with a next step.</Explain>\n</Question>\n`;
    const edited = source
      .replace("What do you do first?", "What is your first move?")
      .replace("<Choice>Offer a discount</Choice>", "<Choice>Offer a 10% discount</Choice>")
      .replace('<Question id="clarify" kind="multiple">', '<Question id="clarify" kind="single">')
      .replace('<Choice correct>"Is that the only thing', '<Choice>"Is that the only thing')
      .replace("<Item>Clarify</Item>\n<Item>Argue</Item>", "<Item>Argue</Item>\n<Item>Clarify</Item>")
      .replace(/<Question id="match"[\s\S]*<\/Question>\n/, close);
    expect(edited).toContain(close);
    await replaceText(page, edited);
    await expect(page.getByTestId("problems").getByRole("status")).toHaveText("No problems found.");
    await page.getByLabel("Change note").fill("Sharper questions, a closing one instead of the pairs");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("editor-status")).toHaveText("Published version 2.");

    await page.getByRole("link", { name: "Versions and diff" }).click();
    const diff = page.getByTestId("diff");
    await expect(diff.getByRole("heading", { name: "Changes from Version 1 to Version 2" })).toBeVisible();
    await expect(diff.getByRole("heading", { name: "Machine" })).toHaveCount(0);
    await expect(diff.getByRole("heading", { name: "Questions" })).toBeVisible();
    const questions = page.getByTestId("quiz-diff").locator(":scope > li");
    await expect(questions).toHaveCount(5);
    const question = (id: string) => questions.filter({ has: page.locator(`code:text-is("${id}")`) });
    await expect(question("first-step")).toContainText("Question first-step: changed — changed: question text, answer options");
    await expect(question("first-step").getByRole("listitem")).toHaveText([
      "option “Offer a discount”: removed",
      "option “Offer a 10% discount”: added",
    ]);
    await expect(question("clarify")).toContainText("Question clarify: changed — changed: kind, correct answer");
    await expect(question("clarify").getByRole("listitem")).toHaveText(["kind: several answers → one answer"]);
    await expect(question("steps")).toHaveText("Question steps: changed — changed: correct answer");
    await expect(question("close")).toHaveText("Question close: added");
    await expect(question("match")).toHaveText("Question match: removed");

    // the same quiz against itself: nothing to list
    await page.getByRole("combobox", { name: "From" }).selectOption({ label: "Version 2" });
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(diff.getByText("The questions and their answers are the same.")).toBeVisible();
    await expect(page.getByTestId("quiz-diff")).toHaveCount(0);
  });

  test("a quiz draft with an error is saved but not published, and its preview says so", async ({ page, loginAs }) => {
    await loginAs(["content_lead"], { locale: "en" });
    await createFromTemplate(page, "Quiz");
    const source = await page.getByTestId("source-textarea").inputValue();
    await replaceText(page, source.replace("<Choice correct>Acknowledge the concern</Choice>", "<Choice>Acknowledge the concern</Choice>"));
    await expect(page.getByTestId("problems").getByTestId("problem-message").first()).toBeVisible();
    await page.getByLabel("Change note").fill("Broken");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("editor-status")).toContainText("cannot be published");
    await page.getByRole("link", { name: "Preview" }).click();
    await expect(page.getByRole("alert")).toHaveText("The draft has errors; fix them in the editor to preview it.");
  });
});
