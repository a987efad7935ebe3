import { expect, test } from "./fixtures";
import { history } from "./history-helpers";
import { makeTeam } from "./supervision-helpers";

test.describe("the team page", () => {
  test("lists each member with calls and average over 30 days, the change, the last call and open work", async ({
    page,
    loginAs,
    createUser,
  }) => {
    const supervisor = await loginAs(["supervisor"]);
    const busy = await createUser({ roles: ["manager"], name: `Busy ${Date.now()}` });
    const quiet = await createUser({ roles: ["manager"], name: `Quiet ${Date.now()}` });
    const teamId = await makeTeam(supervisor.id, [busy.id, quiet.id], "roster");
    history(busy.id, [60, 70, 80, 90], [50, 60, 70, 80]);

    await page.goto(`/supervise/teams/${teamId}`);
    const busyRow = page.locator(`[data-member="${busy.id}"]`);
    await expect(busyRow.getByRole("link", { name: busy.name })).toBeVisible();
    await expect(busyRow.getByTestId("roster-calls")).toHaveText("4");
    await expect(busyRow.getByTestId("roster-average")).toHaveText("75");
    await expect(busyRow.getByTestId("roster-change")).toHaveText("—");
    const quietRow = page.locator(`[data-member="${quiet.id}"]`);
    await expect(quietRow.getByTestId("roster-calls")).toHaveText("0");
    await expect(quietRow).toContainText("No calls yet");
    await expect(quietRow.getByTestId("roster-work")).toHaveText("0");
  });

  test("a member's page sums up each skill by calendar week, with the numbers by week", async ({ page, loginAs, createUser }) => {
    const supervisor = await loginAs(["supervisor"]);
    const manager = await createUser({ roles: ["manager"], name: `Weekly ${Date.now()}` });
    await makeTeam(supervisor.id, [manager.id], "weekly");
    // Forty-two daily calls: six or seven calendar weeks, enough to compare the first three with the last three.
    history(
      manager.id,
      Array.from({ length: 42 }, () => 70),
      Array.from({ length: 42 }, (_, i) => 40 + i),
    );
    await page.goto(`/supervise/people/${manager.id}`);
    const opening = page.getByTestId("skill-contact");
    await expect(opening).toContainText("Opening");
    await expect(opening.getByRole("img", { name: /^Opening: \d weeks, from \d+ to \d+$/ })).toBeVisible();
    await expect(opening).toContainText(/\+\d+(\.\d)? since the first weeks/);
    await page.getByText("Numbers by week", { exact: true }).click();
    const weeks = await page.locator("details", { hasText: "Numbers by week" }).locator("tbody tr").count();
    expect(weeks).toBeGreaterThanOrEqual(6);
    expect(weeks).toBeLessThanOrEqual(7);
  });
});
