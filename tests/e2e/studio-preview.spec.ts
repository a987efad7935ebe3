import { eq } from "drizzle-orm";
import { getDb, schema } from "../../app/db.server";
import { listPublished, listVersions, scriptDefinition } from "../../app/models/content/content.server";
import { expect, test } from "./fixtures";
import { editorReady, expectDraftToContain, publishedTemplate, replaceText } from "./studio-helpers";

const HOSTILE = [
  "<script>window.__pwned = true</script>",
  "{alert(1)}",
  'import fs from "node:fs"',
  '<a href="javascript:window.__pwned=true">click me</a>',
  '<img src="x" onError="window.__pwned = true" />',
].join("\n\n");

function attemptsOf(userId: string) {
  return getDb().select().from(schema.attempts).where(eq(schema.attempts.userId, userId)).all().length;
}

test.describe("studio preview and diagram", () => {
  test("every published script: a diagram node per step, and the preview plays a choice", async ({ page, loginAs }) => {
    test.setTimeout(240_000);
    const me = await loginAs(["content_lead"]);
    // The library's scripts: items other tests in this worker made may hold a broken draft on purpose.
    const scripts = listPublished("script").filter((script) => script.sourcePath !== null);
    expect(scripts.length).toBeGreaterThanOrEqual(14);
    for (const script of scripts) {
      const definition = scriptDefinition(script.publishedVersionId ?? "");
      if (!definition) throw new Error(`no definition for ${script.slug}`);
      await page.goto(`/studio/${script.id}/preview`);
      const diagram = page.getByTestId("state-diagram");
      await expect(diagram.locator('[data-kind="step"]'), script.slug).toHaveCount(definition.steps.length);
      await expect(diagram.locator('[data-kind="end"]'), script.slug).toHaveCount(definition.ends.length);
      await expect(diagram.getByTestId("diagram-objection"), script.slug).toHaveCount(definition.objections.length);
      const links = definition.objections.reduce((sum, objection) => sum + objection.at.length, 0);
      await expect(diagram.getByTestId("diagram-objection-link"), script.slug).toHaveCount(links);
      // An objection with no `at` may come at any step with the objection flag, and says so.
      for (const objection of definition.objections) {
        await expect(diagram.locator(`[data-objection-id="${objection.id}"]`), `${script.slug}/${objection.id}`).toHaveAttribute(
          "data-anywhere",
          objection.at.length === 0 ? "true" : "false",
        );
      }
      await page.getByRole("button", { name: "Start the preview call" }).click();
      await expect(page.getByTestId("preview-step")).toHaveText(`Now at: ${definition.steps[0]?.id}`);
      await expect(diagram.locator('[aria-current="step"]')).toHaveAttribute("data-node-id", definition.steps[0]?.id ?? "");
      await page.locator("button[name=optionId]").first().click();
      await expect(page.getByTestId("manager-line"), script.slug).toHaveCount(1);
    }
    expect(attemptsOf(me.id)).toBe(0);
  });

  test("free text in the preview is matched to an option, and the diagram follows the call", async ({ page, loginAs }) => {
    const { itemId } = await publishedTemplate();
    await loginAs(["content_lead"]);
    await page.goto(`/studio/${itemId}/preview`);
    await page.getByLabel("Type freely").check();
    await page.getByRole("button", { name: "Start the preview call" }).click();
    await page
      .getByRole("textbox", { name: "Your reply" })
      .fill("Hi Sam, this is Alex from PrintCare. We look after printers for clinics nearby — do you have two minutes?");
    await page.getByRole("button", { name: "Say it" }).click();
    await expect(page.getByTestId("preview-match")).toContainText("Matched option opening-1");
    await expect(page.getByTestId("state-diagram").locator('[aria-current="step"]')).toHaveAttribute("data-node-id", "discovery");
    await page.getByRole("textbox", { name: "Your reply" }).fill("Bananas are yellow and the sky is blue.");
    await page.getByRole("button", { name: "Say it" }).click();
    await expect(page.getByTestId("preview-match")).toContainText("No option matched");
    // A preview writes no unmatched reply: only real rehearsals feed the inbox.
    expect(getDb().select().from(schema.unmatchedReplies).where(eq(schema.unmatchedReplies.itemId, itemId)).all()).toHaveLength(0);
  });

  test("a hostile file can be saved as a draft but never published, and nothing in it runs", async ({ page, loginAs }) => {
    const { itemId, source } = await publishedTemplate();
    await loginAs(["content_lead"]);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(`/studio/${itemId}`);
    await editorReady(page);
    const hostile = source.replace("Coaching for the manager", `${HOSTILE}\n\nCoaching for the manager`);
    await replaceText(page, hostile);
    const problems = page.getByTestId("problems");
    await expect(problems.getByTestId("problem-message").first()).toBeVisible();
    await page.getByLabel("Change note").fill("Sneaky");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("editor-status")).toContainText("cannot be published");
    await expect(problems.getByTestId("problem-message")).not.toHaveCount(0);
    expect(listVersions(itemId)).toHaveLength(1);

    await page.reload();
    await editorReady(page);
    await expectDraftToContain(page, "window.__pwned");
    await page.getByRole("link", { name: "Preview and play" }).click();
    await expect(page.getByRole("alert")).toHaveText("The draft has errors; fix them in the editor to play it.");
    await page.getByRole("link", { name: "Versions and diff" }).click();
    await page.getByRole("combobox", { name: "From" }).selectOption({ label: "Version 1" });
    await page.getByRole("combobox", { name: "To" }).selectOption({ label: "Draft" });
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page.getByTestId("text-diff")).toContainText("<script>window.__pwned = true</script>");
    expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
    expect(dialogs).toBe(0);
  });
});
