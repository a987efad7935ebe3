import { expect, test } from "./fixtures";
import { history } from "./history-helpers";

test.describe("my progress", () => {
  test("shows the level now and the change since the first calls, for the total and each skill, with the numbers", async ({
    page,
    loginAs,
  }) => {
    const manager = await loginAs(["manager"]);
    history(manager.id, [40, 45, 50, 70, 80, 90], [20, 30, 40, 70, 80, 90]);
    await page.goto("/progress");

    const overall = page.getByTestId("progress-overall");
    await expect(overall).toContainText("80");
    await expect(overall).toContainText("+35 since your first calls");
    await expect(page.getByRole("img", { name: "Total score over 6 calls, from 40 to 90" })).toBeVisible();

    const opening = page.getByTestId("skill-contact");
    await expect(opening).toContainText("Opening");
    await expect(opening).toContainText("80");
    await expect(opening).toContainText("+50 since your first calls");
    await expect(opening.getByRole("img", { name: "Opening: 6 calls, from 20 to 90" })).toBeVisible();

    await page.getByText("The numbers behind the chart").click();
    await expect(page.getByRole("row", { name: /^6\b/ })).toContainText("90");
  });

  test("with one call it shows the level and says a change needs more calls", async ({ page, loginAs }) => {
    const manager = await loginAs(["manager"], { locale: "ru" });
    history(manager.id, [64], [55]);
    await page.goto("/progress");
    await expect(page.getByTestId("progress-overall")).toContainText("64");
    await expect(page.getByTestId("progress-overall")).toContainText("нужно ещё несколько звонков");
    await expect(page.getByTestId("skill-contact")).toContainText("55");
  });
});
