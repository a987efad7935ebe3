import { expect, test } from "./fixtures";
import { expectFieldError } from "./form-helpers";
import { editorReady, publishedTemplate, replaceText } from "./studio-helpers";
import { makeTeam } from "./supervision-helpers";
import { isolated } from "./text";

test.describe("forms that say what they did", () => {
  test("a refused publish says the text was kept as a draft revision", async ({ page, loginAs }) => {
    await loginAs(["content_lead"]);
    const { itemId, source } = await publishedTemplate();
    await page.goto(`/studio/${itemId}`);
    await editorReady(page);

    // A note of spaces passes the browser's check but is no note: refused, and the text is kept.
    await replaceText(page, source.replace("Hi Sam, this is Alex", "Hello Sam, this is Alex"));
    await page.getByLabel("Change note").fill("   ");
    await page.getByRole("button", { name: "Publish" }).click();
    const status = page.getByTestId("editor-status");
    await expect(status).toContainText("Write a change note before publishing.");
    await expectFieldError(page.getByLabel("Change note"), "Write a change note before publishing.");
    await expect(page.getByTestId("kept-as-draft")).toHaveText("Nothing was published. Your text is saved as draft revision 1.");
    await expect(page.getByTestId("draft-meta")).toContainText("Draft revision 1");

    // Errors in the text: refused too, and it says which revision holds the text now.
    await replaceText(page, source.replace('to="discovery"', 'to="nowhere"'));
    await page.getByLabel("Change note").fill("Broken on purpose");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(status).toContainText("cannot be published");
    await expect(page.getByTestId("kept-as-draft")).toHaveText("Nothing was published. Your text is saved as draft revision 2.");
  });

  test("adding a team member preselects nobody and tells apart people already in another team", async ({ page, loginAs, createUser }) => {
    const admin = await loginAs(["admin"]);
    const free = await createUser({ roles: ["manager"], name: `Free ${Date.now()}` });
    const elsewhere = await createUser({ roles: ["manager"], name: `Elsewhere ${Date.now()}` });
    const otherTeam = await makeTeam(admin.id, [elsewhere.id], "other");
    const teamId = await makeTeam(admin.id, [], "target");
    await page.goto(`/admin/teams/${teamId}`);
    const select = page.getByLabel("Manager", { exact: true });
    await expect(select).toHaveValue("");
    await expect(select.locator("option:checked")).toHaveText("Choose a manager…");
    await expect(select.locator('optgroup[label="Not in a team yet"] option', { hasText: free.name })).toHaveCount(1);
    const taken = select.locator('optgroup[label^="Already in another team"] option', { hasText: elsewhere.name });
    await expect(taken).toHaveCount(1);
    await expect(taken).toContainText(`Team other ${admin.id.slice(0, 6)}`);
    expect(otherTeam).not.toBe(teamId);

    // Pressing "Add" without a choice adds nobody (the browser asks first; the server refuses too).
    await page.getByRole("button", { name: "Add to team" }).click();
    await expect(page.getByRole("table", { name: /Members of/ })).toHaveCount(0);
    const refused = await page.request.post(`/admin/teams/${teamId}`, {
      form: { intent: "add", userId: "" },
      headers: { Origin: new URL(page.url()).origin },
    });
    expect(refused.status()).toBe(400);

    await select.selectOption(free.id);
    await page.getByRole("button", { name: "Add to team" }).click();
    await expect(page.getByRole("status")).toHaveText(`${isolated(free.name)} was added to the team.`);
  });
});
