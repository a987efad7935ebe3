import { eq } from "drizzle-orm";
import { getDb, schema } from "../../app/db.server";
import { expect, test } from "./fixtures";
import { expectFunnel, finishBest, makeTeam } from "./supervision-helpers";

test.describe("assignments, funnel and certificates", () => {
  test("a certification assigned to a team: one manager passes and is certified, another misses the due date", async ({
    page,
    browser,
    baseURL,
    loginAs,
    createUser,
    pageOf,
  }) => {
    const supervisor = await loginAs(["supervisor"]);
    const passer = await createUser({ roles: ["manager"], name: `Passer ${Date.now()}` });
    const misser = await createUser({ roles: ["manager"], name: `Misser ${Date.now()}` });
    await makeTeam(supervisor.id, [passer.id, misser.id], "cert");

    // The supervisor defines a certification and assigns it to the team.
    await page.goto("/supervise/certifications");
    await page.getByLabel("Title").fill("Warm leads certificate");
    await page.getByLabel("Pass mark for every test").fill("50");
    await page.getByRole("checkbox", { name: /Warm lead: office lunches/ }).check();
    await page.getByRole("button", { name: "New certification" }).click();
    await expect(page.getByRole("status")).toContainText("Certification created");

    await page.goto("/supervise/assignments/new");
    await page.getByRole("radio", { name: /^Certification/ }).check();
    await page.getByLabel("Title").fill("Q3 certification");
    await page.getByLabel("Assign to").selectOption({ label: `Whole team: Team cert ${supervisor.id.slice(0, 6)}` });
    await page.getByLabel("Certification", { exact: true }).selectOption({ label: "Warm leads certificate" });
    await page.getByRole("button", { name: "Assign" }).click();
    await page.waitForURL((url) => /\/supervise\/assignments\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
    const assignmentUrl = page.url();
    const assignmentId = assignmentUrl.split("/").pop() ?? "";
    await expectFunnel(page, "assigned", 2);
    await expectFunnel(page, "not_started", 2);

    // The first manager sees it on home (and in the bell), opens it and passes in exam mode.
    const manager = await pageOf(passer);
    await manager.goto("/");
    await expect(manager.getByTestId("notifications-count")).toHaveText("1");
    await manager.getByRole("link", { name: "Q3 certification" }).click();
    await manager.getByRole("button", { name: "Start in exam mode" }).click();
    await finishBest(manager);
    await expect(manager.getByTestId("pass-state")).toHaveText("Passed");

    // A certificate was issued; its public page shows the three facts.
    await manager.goto("/certificates");
    const code = (await manager.locator("td.font-mono").first().textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const anonymous = await browser.newContext({ baseURL });
    const visitor = await anonymous.newPage();
    await visitor.goto(`/verify/${code}`);
    await expect(visitor.getByText("This certificate is valid.")).toBeVisible();
    await expect(visitor.getByTestId("verify-facts")).toContainText(passer.name);
    await expect(visitor.getByTestId("verify-facts")).toContainText("Warm leads certificate");
    await anonymous.close();

    // The due date passes: the other manager shows as overdue, the passer stays passed.
    getDb()
      .update(schema.assignments)
      .set({ dueAt: Date.now() - 60_000 })
      .where(eq(schema.assignments.id, assignmentId))
      .run();
    await page.goto(assignmentUrl);
    await expectFunnel(page, "passed", 1);
    await expectFunnel(page, "overdue", 1);
    await expect(page.locator(`[data-person="${misser.name}"] [data-status]`)).toHaveText("overdue");
    await expect(page.locator(`[data-person="${passer.name}"] [data-status]`)).toHaveText("passed");
  });

  test("a person added to the team later gets its open assignments", async ({ loginAs, createUser }) => {
    const supervisor = await loginAs(["supervisor"]);
    const first = await createUser({ roles: ["manager"] });
    const teamId = await makeTeam(supervisor.id, [first.id], "late");
    const { createAssignment, listOwnAssignments } = await import("../../app/models/assignments/assignment.server");
    const { getItemBySlug } = await import("../../app/models/content/content.server");
    const lesson = getItemBySlug("lesson", "handling-objections-en");
    createAssignment({
      kind: "training",
      title: "Objections week",
      target: { teamId },
      itemIds: [lesson?.id ?? ""],
      createdBy: supervisor.id,
      dueAt: Date.now() + 86_400_000,
    });
    const late = await createUser({ roles: ["manager"] });
    const { addTeamMember } = await import("../../app/models/organisation/team.server");
    addTeamMember(teamId, late.id);
    expect(listOwnAssignments(late.id).map((a) => a.title)).toEqual(["Objections week"]);
  });
});
