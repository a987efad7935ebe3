/**
 * Nobody judges their own call: a supervisor who is also a manager in the team they supervise
 * reads their call but cannot comment on it, change its score or one skill's score, mark it as
 * reviewed or answer its dispute — told why, in the interface language — and does not find it in
 * their review queue, while a second supervisor of the team does and can.
 */
import { eq } from "drizzle-orm";
import { getDb, schema } from "../../app/db.server";
import { expect, test } from "./fixtures";
import { makeTeam, practiceCall } from "./supervision-helpers";

test("a supervisor in their own team cannot review, override, comment on or resolve a dispute about their own call", async ({
  page,
  baseURL,
  loginAs,
  createUser,
  pageOf,
}) => {
  const self = await loginAs(["supervisor", "manager"], { name: `Self ${Date.now()}` });
  const colleague = await createUser({ roles: ["supervisor"] });
  const teamId = await makeTeam(self.id, [self.id], "self-review");
  getDb().insert(schema.teamSupervisors).values({ teamId, userId: colleague.id }).run();

  const attemptId = await practiceCall(page);
  await page.goto(`/review/dispute/${attemptId}`);
  await page.getByLabel("Why the score is wrong").fill("The objection in turn 2 was handled, but it scored nothing.");
  await page.getByRole("button", { name: "Send the dispute" }).click();
  await expect(page.getByText("Your dispute has been sent")).toBeVisible();
  const score = () => getDb().select().from(schema.attempts).where(eq(schema.attempts.id, attemptId)).get()?.finalScore;
  const before = score();

  // Their own dispute is not in their queue; the review page explains instead of offering forms.
  await page.goto(`/supervise?team=${teamId}`);
  await expect(page.getByTestId("open-disputes")).toHaveCount(0);
  await page.goto("/supervise/review");
  // The queue page has loaded (its heading), and no section of it links to their own call.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(`main a[href="/review/${attemptId}"]`)).toHaveCount(0);
  await page.goto(`/review/${attemptId}`);
  await expect(page.getByTestId("own-call")).toContainText("This is your own call");
  await expect(page.getByTestId("review-turn").first()).toBeVisible();
  for (const button of ["Change the score", "Accept", "Reject", "Add comment"])
    await expect(page.getByRole("button", { name: button })).toHaveCount(0);

  // Posting the forms anyway is refused, with the reason, and changes nothing.
  const forms: Record<string, string>[] = [
    { intent: "override", score: "100", reason: "Looks perfect to me" },
    { intent: "comment-null", body: "Well done, me." },
    { intent: "comment-1", body: "Great opening." },
    { intent: "resolve", decision: "accepted", resolution: "Accepted by myself", score: "100" },
    // the coaching forms: one skill's score, and "mark as reviewed"
    { intent: "skill-override", skill: "contact", score: "100", reason: "My opening was perfect" },
    { intent: "mark-reviewed" },
  ];
  for (const form of forms) {
    const res = await page.request.post(`/review/${attemptId}`, { form, headers: { Origin: baseURL! } });
    expect(res.status(), form.intent).toBe(403);
  }
  expect(score()).toBe(before);
  expect(getDb().select().from(schema.reviewComments).where(eq(schema.reviewComments.attemptId, attemptId)).all()).toHaveLength(0);
  expect(getDb().select().from(schema.disputes).where(eq(schema.disputes.attemptId, attemptId)).get()?.status).toBe("open");
  expect(
    getDb()
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entityId, attemptId))
      .all()
      .map((row) => row.action),
  ).not.toContainEqual(expect.stringMatching(/override/));
  expect(getDb().select().from(schema.attemptReviews).where(eq(schema.attemptReviews.attemptId, attemptId)).all()).toHaveLength(0);

  // In Russian, the same explanation in Russian.
  getDb().update(schema.users).set({ locale: "ru" }).where(eq(schema.users.id, self.id)).run();
  await page.reload();
  await expect(page.getByTestId("own-call")).toContainText("Это ваш собственный звонок");

  // The other supervisor of the team answers the dispute.
  const other = await pageOf(colleague);
  // …and finds it in the review queue that its author's does not show
  await other.goto("/supervise/review");
  await expect(other.getByTestId("queue-disputes").locator(`a[href="/review/${attemptId}"]`)).toHaveCount(1);
  await other.goto("/supervise");
  await other
    .getByTestId("open-disputes")
    .getByRole("link", { name: new RegExp(self.name) })
    .click();
  await expect(other.getByTestId("own-call")).toHaveCount(0);
  await other.getByLabel("Your answer to the manager (required)").fill("Checked: the objection was handled. Raised.");
  await other.getByLabel("New score if you accept (optional)").fill("90");
  await other.getByRole("button", { name: "Accept" }).click();
  await expect(other.getByText("Dispute answered.")).toBeVisible();
  expect(score()).toBe(90);
});
