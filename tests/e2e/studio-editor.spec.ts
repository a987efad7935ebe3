import { expect, test } from "./fixtures";
import { attemptRow, playChoices, startCall } from "./rehearsal-helpers";
import { editorReady, expectDraftToContain, lineOf, publishedTemplate, replaceText } from "./studio-helpers";

const OLD_QUESTION = "How do you print now, and what bothers you about it?";
const NEW_QUESTION = "How do you print today, and what gets in the way?";

test.describe("studio editor", () => {
  test("an error shows at its line; fixed, version 2 is published and diffed; attempts keep their version", async ({
    page,
    loginAs,
    createUser,
    pageOf,
  }) => {
    const { itemId, versionId: v1, slug, source } = await publishedTemplate();

    // A manager finishes a call on version 1 before anything changes.
    const manager = await createUser({ roles: ["manager"] });
    const managerPage = await pageOf(manager);
    const firstAttempt = await startCall(managerPage, slug, { answer: "choice", mode: "practice" });
    await playChoices(managerPage, firstAttempt, "best");
    await managerPage.getByRole("button", { name: "Finish and see the score" }).click();
    await managerPage.waitForURL(/\/result$/);
    const firstScore = await managerPage.getByTestId("total-score").textContent();

    await loginAs(["content_lead"]);
    await page.goto(`/studio/${itemId}`);
    await editorReady(page);
    const broken = source.replace(
      '<Option to="offer" quality="best" reveals="need">',
      '<Option to="nowhere" quality="best" reveals="need">',
    );
    await replaceText(page, broken);
    const problems = page.getByTestId("problems");
    const line = lineOf(broken, 'to="nowhere"');
    const problemLink = problems.getByRole("link", { name: new RegExp(`^Line ${line}, column`) });
    await expect(problemLink).toBeVisible();
    await expect(page.locator(".cm-lintRange-error").first()).toBeVisible();
    await problemLink.click();
    await expect(page.locator(".cm-activeLine")).toContainText('to="nowhere"');

    // Publishing the broken text is refused, but the text is kept as the draft.
    await page.getByLabel("Change note").fill("Broken on purpose");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("editor-status")).toContainText("cannot be published");
    await expect(page.getByTestId("status")).toHaveText("Changed since publish");

    await replaceText(page, source.replace(OLD_QUESTION, NEW_QUESTION));
    await expect(problems.getByRole("status")).toHaveText("No problems found.");
    await page.getByLabel("Change note").fill("Friendlier discovery question");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("editor-status")).toHaveText("Published version 2.");

    await page.getByRole("link", { name: "Versions and diff" }).click();
    await expect(page.getByTestId("version-row")).toHaveCount(2);
    await expect(page.getByTestId("version-row").first()).toContainText("Friendlier discovery question");
    const diff = page.getByTestId("diff");
    await expect(diff.getByRole("heading", { name: "Changes from Version 1 to Version 2" })).toBeVisible();
    await expect(diff.locator('[data-op="del"]')).toContainText(OLD_QUESTION);
    await expect(diff.locator('[data-op="add"]')).toContainText(NEW_QUESTION);
    await expect(page.getByTestId("machine-diff")).toContainText("discovery");
    await expect(page.getByTestId("machine-diff")).toContainText("option discovery-1: changed");

    // The manager's next call uses version 2; the earlier result still shows version 1.
    const secondAttempt = await startCall(managerPage, slug, { answer: "choice", mode: "practice" });
    expect(attemptRow(secondAttempt).versionId).not.toBe(v1);
    await managerPage.locator('button[name=optionId][value="opening-1"]').click();
    // Options are shown in a seeded order: the new wording is among them, the old one is gone.
    await expect(managerPage.locator("button[name=optionId]").filter({ hasText: NEW_QUESTION })).toHaveCount(1);
    await expect(managerPage.locator("button[name=optionId]").filter({ hasText: OLD_QUESTION })).toHaveCount(0);
    await managerPage.goto(`/attempts/${firstAttempt}/result`);
    await expect(managerPage.getByTestId("total-score")).toHaveText(firstScore ?? "");
    await expect(managerPage.getByTestId("manager-line").filter({ hasText: OLD_QUESTION })).toHaveCount(1);
    expect(attemptRow(firstAttempt).versionId).toBe(v1);
  });

  test("two editors on one draft: the second save is stopped with both texts, and nothing is lost", async ({
    page,
    loginAs,
    createUser,
    pageOf,
  }) => {
    const { itemId, source } = await publishedTemplate();
    await loginAs(["content_lead"], { name: "Ann Editor" });
    const other = await createUser({ roles: ["content_lead"], name: "Bob Editor" });
    const bob = await pageOf(other);

    await page.goto(`/studio/${itemId}`);
    await bob.goto(`/studio/${itemId}`);
    await editorReady(page);
    await editorReady(bob);
    const annText = source.replace("Two minutes, go ahead.", "Two minutes, Ann's version.");
    const bobText = source.replace("Two minutes, go ahead.", "Two minutes, Bob's version.");

    await replaceText(bob, bobText);
    await bob.keyboard.press("ControlOrMeta+s");
    await expect(bob.getByTestId("editor-status")).toHaveText("Draft saved (revision 1).");

    await replaceText(page, annText);
    await page.keyboard.press("ControlOrMeta+s");
    const conflict = page.getByTestId("conflict");
    await expect(conflict.getByRole("alert")).toHaveText("Someone else saved this draft after you opened it");
    await expect(conflict).toContainText("Bob Editor saved revision 1");
    await expect(page.getByTestId("conflict-mine")).toHaveValue(annText);
    await expect(page.getByTestId("conflict-theirs")).toHaveValue(bobText);

    // Merge by hand: keep both lines, then save knowingly over revision 1.
    const merged = source.replace("Two minutes, go ahead.", "Two minutes, Ann's version. Bob's version.");
    await page.getByTestId("conflict-mine").fill(merged);
    await page.getByRole("button", { name: "Keep mine, replace theirs" }).click();
    await expect(page.getByTestId("editor-status")).toHaveText("Draft saved (revision 2).");
    await expect(page.getByTestId("draft-meta")).toContainText("Draft revision 2");

    // Bob, still on revision 1, is stopped too; he takes Ann's merged text.
    await replaceText(bob, bobText + "\n");
    await bob.getByRole("button", { name: "Save draft" }).click();
    await expect(bob.getByTestId("conflict-theirs")).toHaveValue(merged);
    await bob.getByRole("link", { name: "Take theirs, drop mine" }).click();
    await editorReady(bob);
    await expectDraftToContain(bob, "Ann's version. Bob's version.");
  });

  test("a long draft scrolls inside a fixed-height editor; the header reads as YAML, not a heading", async ({ page, loginAs }) => {
    const { itemId, source } = await publishedTemplate();
    await loginAs(["content_lead"]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/studio/${itemId}`);
    await editorReady(page);
    const coaching = Array.from({ length: 400 }, (_, i) => `Coaching line ${i + 1}.`).join("\n\n");
    await replaceText(page, `${source}\n${coaching}\n`);
    await expect(page.getByTestId("problems").getByRole("status")).toHaveText("No problems found.");

    const box = await page.getByTestId("code-editor").boundingBox();
    expect(box?.height ?? 0).toBeLessThanOrEqual(900 * 0.7 + 2);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3000);
    await expect(page.getByTestId("problems")).toBeInViewport();
    await page.getByRole("button", { name: "Save draft" }).scrollIntoViewIfNeeded();
    await expect(page.getByRole("button", { name: "Save draft" })).toBeInViewport();

    // Ctrl/Cmd+S still saves, once, from inside the editor.
    await page.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+s");
    await expect(page.getByTestId("editor-status")).toHaveText("Draft saved (revision 1).");

    // The title line of the header: a YAML key and value, neither bold nor underlined.
    await page.getByTestId("code-editor").evaluate((el) => el.querySelector(".cm-scroller")?.scrollTo(0, 0));
    const titleLine = page.locator(".cm-line", { hasText: "title:" }).first();
    const looks = await titleLine.evaluate((line) =>
      Array.from(line.querySelectorAll("span")).map((span) => {
        const style = getComputedStyle(span);
        return { weight: style.fontWeight, decoration: style.textDecorationLine, colour: style.color };
      }),
    );
    expect(looks.length).toBeGreaterThan(0);
    for (const look of looks) {
      expect(look.weight).not.toBe("700");
      expect(look.decoration).not.toContain("underline");
    }
    // The key is coloured as a YAML key; a component name as a tag.
    expect(looks.map((look) => look.colour)).toContain("rgb(0, 0, 204)");
    const stepTag = page
      .locator(".cm-line", { hasText: '<Step id="opening"' })
      .locator("span", { hasText: /^Step$/ })
      .first();
    await expect(stepTag).toHaveCSS("color", "rgb(29, 78, 216)");
  });
});
