import { expect, test } from "./fixtures";
import { lineOf, publishedTemplate } from "./studio-helpers";

test.describe("studio without JavaScript", () => {
  test("the textarea edits, saves and shows the server's problem list", async ({ browser, baseURL, createUser, signInContext }) => {
    const { itemId, source } = await publishedTemplate();
    const author = await createUser({ roles: ["content_lead"] });
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    await signInContext(context, author);
    const page = await context.newPage();

    await page.goto(`/studio/${itemId}`);
    const textarea = page.getByRole("textbox", { name: "Text (MDX)" });
    await expect(textarea).toBeVisible();
    await expect(page.getByTestId("code-editor")).toHaveCount(0);
    await expect(page.getByTestId("problems").getByRole("status")).toHaveText("No problems found.");

    const broken = source.replace(
      '<Option to="offer" quality="best" reveals="need">',
      '<Option to="nowhere" quality="best" reveals="need">',
    );
    await textarea.fill(broken);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByTestId("editor-status")).toHaveText("Draft saved (revision 1).");
    await expect(page.getByTestId("draft-meta")).toContainText("Draft revision 1");
    await expect(page.getByTestId("status")).toHaveText("Changed since publish");
    const line = lineOf(broken, 'to="nowhere"');
    await expect(page.getByTestId("problems").getByRole("link", { name: new RegExp(`^Line ${line}, column`) })).toBeVisible();
    await expect(page.getByTestId("problem-message").first()).toContainText("nowhere");
    await expect(textarea).toHaveValue(broken);

    // Publishing is refused the same way, and the text stays.
    await page.getByLabel("Change note").fill("No script here");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("editor-status")).toContainText("cannot be published");
    await expect(textarea).toHaveValue(broken);
    await context.close();
  });
});
