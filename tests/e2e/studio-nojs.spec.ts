import { expect, test } from "./fixtures";
import { expectFieldError } from "./form-helpers";
import { lineOf, publishedTemplate } from "./studio-helpers";

test.describe("studio without JavaScript", () => {
  test("the textarea edits, saves and shows the server's problem list", async ({ createUser, pageOf }) => {
    const { itemId, source } = await publishedTemplate();
    const page = await pageOf(await createUser({ roles: ["content_lead"] }), { javaScriptEnabled: false });

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

    // Publishing without a note, then with errors in the text: each refused beside its field, the text kept.
    await page.getByRole("button", { name: "Publish" }).click();
    await expectFieldError(page.getByLabel("Change note"), "Write a change note before publishing.");
    await expect(textarea).toHaveValue(broken);
    await page.getByLabel("Change note").fill("No script here");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("editor-status")).toContainText("cannot be published");
    await expectFieldError(textarea, "This draft has errors and cannot be published: fix the problems listed.");
    await expect(textarea).toHaveValue(broken);
    await expect(page.getByLabel("Change note")).toHaveValue("No script here");
  });
});
