import { getWorkingCopy } from "../../app/models/studio/studio.server";
import { expect, test } from "./fixtures";
import { publishedTemplate } from "./studio-helpers";

test.describe("studio access", () => {
  for (const role of ["manager", "supervisor"] as const) {
    test(`a ${role} cannot open the studio or change a draft`, async ({ page, baseURL, loginAs }) => {
      const { itemId, source } = await publishedTemplate();
      await loginAs([role]);
      await page.goto("/");
      await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Studio" })).toHaveCount(0);
      for (const url of [
        "/studio",
        `/studio/${itemId}`,
        `/studio/${itemId}/preview`,
        `/studio/${itemId}/versions`,
        "/studio/inbox",
        "/studio/import",
      ]) {
        expect((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(403);
      }
      const posted = await page.request.post(`/studio/${itemId}`, {
        form: { source: "overwritten", baseRevision: "0", intent: "save" },
        headers: { Origin: baseURL ?? "" },
      });
      expect(posted.status()).toBe(403);
      expect(getWorkingCopy(itemId)?.source).toBe(source);
    });
  }

  for (const role of ["content_lead", "admin"] as const) {
    test(`a ${role} reaches the studio from the navigation and creates a script from a template`, async ({ page, loginAs }) => {
      await loginAs([role]);
      await page.goto("/");
      await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Studio" }).click();
      await expect(page.getByRole("heading", { name: "Studio", level: 1 })).toBeVisible();
      await page.getByRole("button", { name: "Create from template" }).click();
      // The list has a status per row: wait for the editor before reading the item's one.
      await expect(page.getByTestId("draft-meta")).toContainText("Draft revision 1");
      await expect(page.getByTestId("status")).toHaveText("Draft, never published");
      await expect(page.getByTestId("problems").getByRole("status")).toHaveText("No problems found.");
    });
  }
});
