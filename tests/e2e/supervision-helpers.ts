/** What the supervision tests share: a team, a finished exam call through the assignment page, a reviewable attempt. */
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { attemptIdFromUrl, fillCard, playChoices } from "./rehearsal-helpers";

export async function makeTeam(supervisorId: string, memberIds: string[], label: string): Promise<string> {
  // Loading the assignment model registers its team hook in this process too.
  await import("../../app/models/assignments/assignment.server");
  const { ensureTeam } = await import("../../db/factories");
  return ensureTeam({
    id: `team-${label}-${supervisorId}`,
    name: `Team ${label} ${supervisorId.slice(0, 6)}`,
    supervisorIds: [supervisorId],
    memberIds,
  });
}

/** Plays the best replies from wherever the page stands and submits the qualification card. */
export async function finishBest(page: Page): Promise<string> {
  await page.waitForURL(/\/attempts\/[^/]+$/);
  const attemptId = attemptIdFromUrl(page);
  await playChoices(page, attemptId, "best");
  const card = page.getByRole("form", { name: "Qualification card" });
  await fillCard(page, attemptId);
  await card.getByRole("button", { name: "Finish and see the score" }).click();
  await page.waitForURL(/\/result$/);
  return attemptId;
}

/** A finished practice call of warm-inbound-en by the signed-in manager. */
export async function practiceCall(page: Page): Promise<string> {
  await page.goto("/rehearse/warm-inbound-en");
  await page.getByRole("radio", { name: /Choose among replies/ }).check();
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start the call" }).click();
  return finishBest(page);
}

export async function expectFunnel(page: Page, status: string, count: number): Promise<void> {
  await expect(page.getByTestId("funnel").locator(`[data-funnel="${status}"] dd`)).toHaveText(String(count));
}
