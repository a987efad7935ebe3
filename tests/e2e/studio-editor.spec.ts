import { expect, test } from "./fixtures";
import { editorReady, lineOf, publishedTemplate, replaceText } from "./studio-helpers";

test.describe("studio editor", () => {
  test("a broken script shows its error at the right line; fixed, it publishes as version 2", async ({ page, loginAs }) => {
    const { itemId, source } = await publishedTemplate();
    await loginAs(["content_lead"]);
    await page.goto(`/studio/${itemId}`);
    await editorReady(page);
    const broken = source.replace('<Option to="won" quality="best" reveals="need">', '<Option to="nowhere" quality="best" reveals="need">');
    await replaceText(page, broken);
    const problems = page.getByTestId("problems");
    const line = lineOf(broken, 'to="nowhere"');
    await expect(problems.getByRole("link", { name: new RegExp(`^Line ${line}, column`) })).toBeVisible();
    await expect(page.locator(".cm-lintRange-error").first()).toBeVisible();
    await problems.getByRole("link", { name: new RegExp(`^Line ${line}, column`) }).click();
    await expect(page.locator(".cm-activeLine")).toContainText('to="nowhere"');

    const fixed = source.replace("How do you print now, and what bothers you about it?", "How do you print today, and what gets in the way?");
    await replaceText(page, fixed);
    await expect(problems.getByRole("status")).toHaveText("No problems found.");
    await page.getByLabel("Change note").fill("Friendlier discovery question");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("editor-status")).toHaveText("Published version 2.");
  });
});
