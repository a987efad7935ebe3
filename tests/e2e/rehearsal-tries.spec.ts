import { getItemBySlug } from "../../app/models/content/content.server";
import { expect, test } from "./fixtures";
import { playChoices, startCall } from "./rehearsal-helpers";

test("an assigned test refuses a counted try beyond its limit, and practice stays open", async ({ page, loginAs }) => {
  const manager = await loginAs(["manager"]);
  const { insertAssignment } = await import("../../app/models/assignments/assignment.server");
  const item = getItemBySlug("script", "warm-inbound-en");
  insertAssignment({
    kind: "test",
    title: "One shot",
    target: { userId: manager.id },
    itemIds: [item?.id ?? ""],
    passMark: 95,
    maxTries: 1,
    createdBy: null,
  });

  const attemptId = await startCall(page, "warm-inbound-en", { answer: "choice", mode: "exam" });
  await playChoices(page, attemptId, "worst");
  await page.getByRole("button", { name: "Finish and see the score" }).click();
  await page.waitForURL(/\/result$/);

  await page.goto("/rehearse/warm-inbound-en");
  await page.getByRole("radio", { name: /^Exam/ }).check();
  await page.getByRole("button", { name: "Start the call" }).click();
  await expect(page.getByRole("alert")).toContainText("You have used every try");
  await expect(page).toHaveURL(/\/rehearse\/warm-inbound-en$/);

  await startCall(page, "warm-inbound-en", { answer: "choice", mode: "practice" });
  await expect(page.getByRole("heading", { name: "Lead's mood" })).toBeVisible();
});
