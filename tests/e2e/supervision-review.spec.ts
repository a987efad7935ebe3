import { and, eq } from "drizzle-orm";
import { getDb, schema } from "../../app/db.server";
import { expect, test } from "./fixtures";
import { makeTeam, practiceCall } from "./supervision-helpers";

test.describe("review, override and disputes", () => {
  test("an override with a reason reaches the manager, the dashboards and the audit log", async ({ page, loginAs, createUser, pageOf }) => {
    const supervisor = await loginAs(["supervisor"]);
    const manager = await createUser({ roles: ["manager"], name: `Overridden ${Date.now()}` });
    const teamId = await makeTeam(supervisor.id, [manager.id], "override");
    const managerPage = await pageOf(manager);
    const attemptId = await practiceCall(managerPage);
    const engineScore = getDb().select().from(schema.attempts).where(eq(schema.attempts.id, attemptId)).get()?.score;

    await page.goto(`/supervise?team=${teamId}`);
    await page.locator(`[data-attempt="${attemptId}"]`).getByRole("link", { name: "Review" }).click();
    await expect(page.getByTestId("review-turn").first()).toBeVisible();
    // A missing reason is refused next to the field, and the score typed is kept.
    const override = page.getByRole("region", { name: "Change the score" });
    await override.getByLabel("New score (0–100)").fill("42");
    await override.getByRole("button", { name: "Change the score" }).click();
    await expect(page.getByText("Give a reason of at least 5 characters")).toBeVisible();
    await expect(override.getByLabel("New score (0–100)")).toHaveValue("42");
    await override.getByLabel("Reason (required)").fill("The close had no concrete time: a vague next step.");
    await override.getByRole("button", { name: "Change the score" }).click();
    await expect(page.getByText("Score changed.")).toBeVisible();
    await expect(page.getByTestId("review-final-score")).toHaveText("42");

    // The manager sees the new score and the reason.
    await managerPage.goto(`/attempts/${attemptId}/result`);
    await expect(managerPage.getByTestId("total-score")).toHaveText("42");
    await expect(managerPage.getByTestId("override-note")).toContainText("a vague next step");

    // The dashboards use the new score.
    await page.goto(`/supervise?team=${teamId}`);
    await expect(page.locator(`[data-attempt="${attemptId}"]`).getByTestId("recent-score")).toContainText("42");
    await expect(page.locator(`[data-attempt="${attemptId}"]`)).toContainText("changed by a supervisor");
    await expect(page.getByTestId("leaderboard").getByRole("row", { name: new RegExp(manager.name) })).toContainText("42");

    // The audit log holds both values and the reason.
    const audit = getDb()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityId, attemptId), eq(schema.auditLog.action, "attempt.score_override")))
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: supervisor.id,
      before: String(engineScore),
      after: "42",
      reason: "The close had no concrete time: a vague next step.",
    });
  });

  test("a manager disputes once; the supervisor accepts with a new score; the manager reads the answer", async ({
    page,
    baseURL,
    loginAs,
    createUser,
    pageOf,
  }) => {
    const supervisor = await loginAs(["supervisor"]);
    const manager = await createUser({ roles: ["manager"], name: `Disputer ${Date.now()}` });
    await makeTeam(supervisor.id, [manager.id], "dispute");
    const m = await pageOf(manager);
    const attemptId = await practiceCall(m);

    await m.goto(`/review/dispute/${attemptId}`);
    await m.getByLabel("Why the score is wrong").fill("too short");
    await m.getByRole("button", { name: "Send the dispute" }).click();
    await expect(m.getByText("Write at least 10 characters")).toBeVisible();
    await expect(m.getByLabel("Why the score is wrong")).toHaveValue("too short");
    await m.getByLabel("Why the score is wrong").fill("I asked about the budget in turn 3, but it was not counted.");
    await m.getByRole("button", { name: "Send the dispute" }).click();
    await expect(m.getByText("Your dispute has been sent")).toBeVisible();
    // Once only: the form is gone, and a second post is refused.
    await m.reload();
    await expect(m.getByRole("button", { name: "Send the dispute" })).toHaveCount(0);
    const again = await m.request.post(`/review/dispute/${attemptId}`, {
      form: { reason: "and once more, please look again" },
      headers: { Origin: baseURL! },
    });
    expect(again.status()).toBe(400);

    await page.goto("/supervise");
    await page
      .getByTestId("open-disputes")
      .getByRole("link", { name: new RegExp(manager.name) })
      .click();
    await expect(page.getByTestId("review-dispute-reason")).toContainText("budget in turn 3");
    await page.getByLabel("Your answer to the manager (required)").fill("Right, the budget question counts. Raised to 88.");
    await page.getByLabel("New score if you accept (optional)").fill("88");
    await page.getByRole("button", { name: "Accept" }).click();
    await expect(page.getByText("Dispute answered.")).toBeVisible();
    await expect(page.getByTestId("review-final-score")).toHaveText("88");

    await m.goto(`/review/dispute/${attemptId}`);
    await expect(m.getByRole("heading", { name: "Accepted" })).toBeVisible();
    await expect(m.getByTestId("dispute-answer")).toContainText("Raised to 88");
    await m.goto("/notifications");
    await expect(m.getByText("Your dispute was accepted")).toBeVisible();
    await m.goto(`/attempts/${attemptId}/result`);
    await expect(m.getByTestId("total-score")).toHaveText("88");
  });

  test("a certificate near its expiry gets a re-enrolment the manager sees (clock moved)", async ({ page, loginAs }) => {
    const manager = await loginAs(["manager"]);
    const { createCertification, issueCertificate, runCertificateRenewals } =
      await import("../../app/models/certification/certificate.server");
    const { getItemBySlug } = await import("../../app/models/content/content.server");
    const item = getItemBySlug("script", "warm-inbound-en");
    const title = `Renewal check ${Date.now()}`;
    const certificationId = createCertification({
      title,
      validityDays: 365,
      renewBeforeDays: 30,
      items: [{ itemId: item?.id ?? "", passMark: 50 }],
      createdBy: null,
    });
    const day = 86_400_000;
    // Issued 340 days ago: 25 days left, inside the 30-day renewal window.
    issueCertificate({ userId: manager.id, certificationId, assignmentId: null }, Date.now() - 340 * day);
    expect(runCertificateRenewals()).toBeGreaterThanOrEqual(1);
    expect(runCertificateRenewals()).toBe(0);
    await page.goto("/");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goto("/notifications");
    await expect(page.getByText(`Your certificate “${title}” expires soon: a re-enrolment is assigned.`)).toBeVisible();
  });
});
