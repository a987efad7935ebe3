/** The coaching loop in the browser: per-skill review and disputes, the review queue, readiness, people, a person's work, exports, the outbox without SMTP. */
import { and, eq } from "drizzle-orm";
import { getDb, schema } from "../../app/db.server";
import { insertScoredAttempt } from "../../db/factories";
import { listPublished } from "../../app/models/content/content.server";
import { expect, test } from "./fixtures";
import { makeTeam, practiceCall } from "./supervision-helpers";

const DAY = 86_400_000;
const script = () => {
  const s = listPublished("script", "en")[0];
  if (!s?.publishedVersionId) throw new Error("no script");
  return { itemId: s.id, versionId: s.publishedVersionId };
};

test("a supervisor changes one skill; the manager sees it and disputes another; the accepted dispute changes that skill", async ({
  page,
  loginAs,
  createUser,
  pageOf,
}) => {
  const supervisor = await loginAs(["supervisor"]);
  const manager = await createUser({ roles: ["manager"], name: `Skilled ${Date.now()}` });
  const teamId = await makeTeam(supervisor.id, [manager.id], "skill");
  const m = await pageOf(manager);
  const attemptId = await practiceCall(m);
  const skills = getDb().select().from(schema.attemptSkillScores).where(eq(schema.attemptSkillScores.attemptId, attemptId)).all();
  const day = Math.floor((skills[0]?.finishedAt ?? 0) / DAY);
  const teamTotal = (skill: string) =>
    getDb()
      .select()
      .from(schema.teamSkillDays)
      .where(and(eq(schema.teamSkillDays.teamId, teamId), eq(schema.teamSkillDays.day, day), eq(schema.teamSkillDays.skill, skill)))
      .get();
  const before = teamTotal("contact");

  await page.goto(`/review/${attemptId}`);
  const form = page.getByRole("form", { name: "Change one skill's score" });
  await form.getByLabel("Skill", { exact: true }).selectOption("contact");
  await form.getByLabel("New score for this skill (0–100)").fill("35");
  await form.getByRole("button", { name: "Change the skill's score" }).click();
  await expect(form.getByText("Give a reason of 5 to 2000 characters.")).toBeVisible();
  await expect(form.getByLabel("New score for this skill (0–100)")).toHaveValue("35");
  await form.getByLabel("Reason (required)").fill("No name and no reason for the call in the opening.");
  await form.getByRole("button", { name: "Change the skill's score" }).click();
  await expect(page.getByText("Skill score changed.")).toBeVisible();
  await expect(page.getByTestId("skill-changes")).toContainText("No name and no reason");
  // The team's per-day totals moved by exactly the difference (migration 0003's update trigger).
  const old = skills.find((s) => s.skill === "contact")?.score ?? 0;
  expect(teamTotal("contact")?.total).toBeCloseTo((before?.total ?? 0) - old + 35, 5);
  expect(teamTotal("contact")?.n).toBe(before?.n);
  const audit = getDb()
    .select()
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.entityId, attemptId), eq(schema.auditLog.action, "attempt.skill_override")))
    .get();
  expect(audit).toMatchObject({ actorId: supervisor.id, reason: "No name and no reason for the call in the opening." });

  // The manager sees the new score and why, and disputes another skill.
  await m.goto(`/attempts/${attemptId}/result`);
  await expect(m.getByTestId("skill-scores").getByRole("row", { name: /Opening/ })).toContainText("35");
  await expect(m.getByTestId("skill-changes")).toContainText("No name and no reason");
  await m.goto(`/review/dispute/${attemptId}`);
  await m.getByLabel(/One skill: Discovery/).check();
  await m.getByLabel("Why the score is wrong").fill("I asked three open questions about their lunch habits.");
  await m.getByRole("button", { name: "Send the dispute" }).click();
  await expect(m.getByText("Your dispute has been sent")).toBeVisible();

  await page.goto("/supervise/review");
  await expect(page.getByTestId("queue-disputes").locator(`[data-attempt="${attemptId}"]`)).toContainText("Discovery");
  await page.goto(`/review/${attemptId}`);
  await expect(page.getByTestId("review-dispute-scope")).toHaveText("About the skill: Discovery");
  await page.getByLabel("Your answer to the manager (required)").fill("Yes, those questions count. Raised.");
  await page.getByLabel("New «Discovery» score if you accept (optional)").fill("90");
  await page.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByText("Dispute answered.")).toBeVisible();
  expect(
    getDb()
      .select()
      .from(schema.attemptSkillScores)
      .where(and(eq(schema.attemptSkillScores.attemptId, attemptId), eq(schema.attemptSkillScores.skill, "discovery")))
      .get()?.score,
  ).toBe(90);
});

test("the review queue counts exams, disputes and calls below the pass mark, never the supervisor's own", async ({
  page,
  baseURL,
  loginAs,
  createUser,
}) => {
  const supervisor = await loginAs(["supervisor", "manager"]);
  const manager = await createUser({ roles: ["manager"], name: `Queued ${Date.now()}` });
  await makeTeam(supervisor.id, [manager.id, supervisor.id], "queue");
  const { itemId, versionId } = script();
  const at = Date.now() - DAY;
  insertScoredAttempt({
    id: `q-exam-${manager.id}`,
    userId: manager.id,
    itemId,
    versionId,
    finalScore: 82,
    at,
    mode: "exam",
    passMark: 70,
  });
  insertScoredAttempt({
    id: `q-low-${manager.id}`,
    userId: manager.id,
    itemId,
    versionId,
    finalScore: 41,
    at,
    mode: "practice",
    passMark: 70,
  });
  insertScoredAttempt({
    id: `q-good-${manager.id}`,
    userId: manager.id,
    itemId,
    versionId,
    finalScore: 91,
    at,
    mode: "practice",
    passMark: 70,
  });
  insertScoredAttempt({
    id: `q-own-${supervisor.id}`,
    userId: supervisor.id,
    itemId,
    versionId,
    finalScore: 30,
    at,
    mode: "exam",
    passMark: 70,
  });
  await page.goto("/supervise");
  const counts = page.getByTestId("queue-counts");
  await expect(counts.locator('[data-queue="exams"] dd')).toHaveText("1");
  await expect(counts.locator('[data-queue="below"] dd')).toHaveText("1");
  await counts.locator('[data-queue="exams"] a').click();
  await expect(page.getByTestId("queue-exams").locator(`[data-attempt="q-exam-${manager.id}"]`)).toContainText("82");
  await expect(page.getByTestId("queue-below").locator(`[data-attempt="q-low-${manager.id}"]`)).toContainText("41");
  await expect(page.locator(`[data-attempt="q-own-${supervisor.id}"]`)).toHaveCount(0);
  // Marking a call as reviewed takes it out; one's own call cannot be.
  const marked = await page.request.post(`/review/q-exam-${manager.id}`, {
    form: { intent: "mark-reviewed" },
    headers: { Origin: baseURL! },
  });
  expect(marked.status()).toBe(200);
  const own = await page.request.post(`/review/q-own-${supervisor.id}`, {
    form: { intent: "mark-reviewed" },
    headers: { Origin: baseURL! },
  });
  // Refused before any action runs: nobody reviews their own call (issue 12.8).
  expect(own.status()).toBe(403);
  await page.goto("/supervise");
  await expect(counts.locator('[data-queue="exams"] dd')).toHaveText("0");
});

test("readiness with its parts on the person, team and dashboard pages; all teams show people and the leaderboard; a person's work and assign prefilled", async ({
  page,
  loginAs,
  createUser,
}) => {
  const supervisor = await loginAs(["supervisor"]);
  const ready = await createUser({ roles: ["manager"], name: `Ready ${Date.now()}` });
  const idle = await createUser({ roles: ["manager"], name: `Idle ${Date.now()}` });
  const teamId = await makeTeam(supervisor.id, [ready.id, idle.id], "ready");
  const { itemId, versionId } = script();
  const skills = { contact: 90, discovery: 70 };
  [1, 2, 3].forEach((d) =>
    insertScoredAttempt({
      id: `r-${ready.id}-${d}`,
      userId: ready.id,
      itemId,
      versionId,
      finalScore: 80,
      at: Date.now() - d * DAY,
      mode: "exam",
      passMark: 70,
      skills,
    }),
  );
  const { createAssignment } = await import("../../app/models/assignments/assignment.server");
  const title = `Person work ${Date.now()}`;
  createAssignment({
    kind: "test",
    title,
    target: { userId: ready.id },
    itemIds: [itemId],
    passMark: 70,
    dueAt: Date.now() + 5 * DAY,
    createdBy: supervisor.id,
  });

  // Skills 80 (weight 60), practice 100 (15), no certification assigned: (80·60 + 100·15) / 75 = 84.
  await page.goto(`/supervise/people/${ready.id}`);
  await expect(page.getByTestId("readiness-index")).toContainText("84");
  await expect(page.getByTestId("readiness-card").locator('[data-part="skills"]')).toContainText("80");
  await expect(page.getByTestId("readiness-card").locator('[data-part="certification"]')).toContainText("not counted");
  await expect(page.getByTestId("readiness-card")).toContainText("60% skills");
  await expect(page.getByTestId("person-assignments")).toContainText(title);
  await expect(page.getByTestId("person-assignments")).toContainText("not started");
  await page.getByRole("link", { name: `Assign work to ${ready.name}` }).click();
  await expect(page.getByLabel("Assign to")).toHaveValue(`user:${ready.id}`);

  await page.goto(`/supervise/teams/${teamId}`);
  await expect(page.getByTestId("team-readiness")).toContainText("42");
  await expect(page.locator(`[data-member="${idle.id}"]`).getByTestId("readiness")).toHaveText("0");

  await page.goto("/supervise");
  await expect(page.getByTestId("people").locator(`[data-person="${ready.id}"]`).getByTestId("readiness")).toHaveText("84");
  await expect(page.locator(`[data-team-readiness="${teamId}"]`)).toContainText("42");
  await expect(page.getByTestId("leaderboard").getByRole("row", { name: new RegExp(ready.name) })).toContainText("80");
});

test("exports: calls with team, version and a column per skill, people with readiness; in either language's separators, formulas neutralised", async ({
  page,
  loginAs,
  createUser,
}) => {
  const supervisor = await loginAs(["supervisor"], { locale: "ru" });
  const tricky = await createUser({ roles: ["manager"], name: `=HYPERLINK("http://evil") ${Date.now()}` });
  await makeTeam(supervisor.id, [tricky.id], "export");
  const { itemId, versionId } = script();
  insertScoredAttempt({
    id: `x-${tricky.id}`,
    userId: tricky.id,
    itemId,
    versionId,
    finalScore: 72.5,
    at: Date.now() - DAY,
    mode: "exam",
    passMark: 70,
    skills: { contact: 61.5 },
  });
  const calls = await (await page.request.get("/supervise/export?period=30&kind=calls&sep=semicolon")).text();
  expect(calls.charCodeAt(0)).toBe(0xfeff);
  const [header = "", ...lines] = calls.slice(1).split("\r\n");
  expect(header.split(";").slice(0, 6)).toEqual(["Завершён (UTC)", "Менеджер", "Эл. почта", "Команда", "Скрипт", "Версия"]);
  expect(header).toContain("Установление контакта");
  const row = lines.find((l) => l.includes(tricky.email)) ?? "";
  expect(row).toContain(`"'=HYPERLINK(""http://evil"")`);
  expect(row).toContain(";72,5;");
  expect(row).toContain(";экзамен;выбор;");
  expect(row.split(";")).toHaveLength(header.split(";").length);
  const people = await (await page.request.get("/supervise/export?period=30&kind=people&sep=comma")).text();
  const [peopleHeader = "", ...peopleLines] = people.slice(1).split("\r\n");
  expect(peopleHeader.split(",").slice(0, 4)).toEqual(["Менеджер", "Эл. почта", "Команда", "Готовность"]);
  expect(peopleLines.find((l) => l.includes(tricky.email))).toContain(",72.5,");
});

test("without SMTP the admin reads the outbox in the app", async ({ page, loginAs, createUser }) => {
  await loginAs(["admin"]);
  const invited = await createUser({ roles: ["manager"], password: null, locale: "en" });
  const { issueLink } = await import("../../app/models/organisation/admin.server");
  issueLink(invited.id, invited.id);
  await page.goto("/admin/mail");
  await expect(page.getByTestId("smtp-state")).toContainText("No SMTP server is configured");
  const row = page.getByTestId("outbox").getByRole("row", { name: new RegExp(invited.email) });
  await expect(row).toContainText("waiting");
  await row.getByRole("link", { name: "Your Callcraft account is ready" }).click();
  await expect(page.getByTestId("mail-text")).toContainText("/welcome/");
  await expect(page.getByTestId("mail-text")).toContainText("Set my password");
});
