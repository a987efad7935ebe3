import { expect, test } from "./fixtures";
import { makeTeam } from "./supervision-helpers";

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** A due date as the page shows it in English: the end of that day (UTC), medium date style. */
const shownDue = (ms: number) => new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(Date.parse(`${isoDay(ms)}T23:59:59.999Z`));

async function giveTest(supervisorId: string, teamId: string, title: string): Promise<string> {
  const { createAssignment } = await import("../../app/models/assignments/assignment.server");
  const { getItemBySlug } = await import("../../app/models/content/content.server");
  const item = getItemBySlug("script", "warm-inbound-en");
  return createAssignment({
    kind: "test",
    title,
    target: { teamId },
    itemIds: [item?.id ?? ""],
    passMark: 60,
    maxTries: 3,
    dueAt: Date.now() + 10 * DAY,
    createdBy: supervisorId,
  });
}

test.describe("a supervisor changes work already given", () => {
  // The supervisor's forms are plain HTML forms: they must work before (or without) JavaScript.
  test.use({ javaScriptEnabled: false });

  test("moves the due date (the manager is reminded at once), archives (the manager no longer sees it) and restores", async ({
    page,
    loginAs,
    createUser,
    pageOf,
  }) => {
    const supervisor = await loginAs(["supervisor"]);
    const manager = await createUser({ roles: ["manager"], name: `Managed ${Date.now()}` });
    const teamId = await makeTeam(supervisor.id, [manager.id], "manage");
    const title = `Week test ${Date.now()}`;
    const id = await giveTest(supervisor.id, teamId, title);

    const m = await pageOf(manager);
    await m.goto("/");
    await expect(m.getByRole("link", { name: title })).toBeVisible();
    await expect(m.getByTestId("notifications-count")).toHaveText("1");

    // Nothing changed yet: the history says so.
    await page.goto(`/supervise/assignments/${id}`);
    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText("No changes yet.");

    // Edit: a new title, pass mark and a due date tomorrow; the hint says statuses are decided again.
    await page.getByRole("link", { name: "Edit" }).click();
    await expect(page.getByRole("heading", { name: "Edit assignment" })).toBeVisible();
    await expect(page.getByText("everyone’s status is decided again at once")).toBeVisible();
    await expect(page.getByText("certificates already issued are not revoked")).toBeVisible();
    await expect(page.getByLabel("Pass mark (0–100)")).toHaveValue("60");
    await page.getByLabel("Due date").fill("2020-01-01");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByLabel("Due date")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Choose a date from today on, keep the current one, or leave it empty.")).toBeVisible();
    const moved = `${title} (moved)`;
    await page.getByLabel("Title").fill(moved);
    await page.getByLabel("Due date").fill(isoDay(Date.now() + DAY));
    await page.getByLabel("Pass mark (0–100)").fill("50");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status")).toHaveText("Changes saved.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(moved);

    // The history shows who changed what, from → to, the due date in the reader's language.
    const edited = history.getByRole("row").nth(1);
    await expect(edited).toContainText("Edited");
    await expect(edited).toContainText(`Title: “${title}” → “${moved}”`);
    await expect(edited).toContainText(`Due date: ${shownDue(Date.now() + 10 * DAY)} → ${shownDue(Date.now() + DAY)}`);
    await expect(edited).toContainText("Pass mark: 60 → 50");
    await expect(edited).toContainText(supervisor.name);

    // The manager sees the new title, and the due-soon reminder came without waiting for the job.
    await m.goto("/");
    await expect(m.getByRole("link", { name: moved })).toBeVisible();
    await expect(m.getByTestId("notifications-count")).toHaveText("2");
    await m.goto("/notifications");
    await expect(m.getByText(`Due soon: ${moved}`)).toBeVisible();
    await expect(m.getByText(`New assignment: ${moved}`)).toBeVisible();

    // Archive, after a confirmation step.
    await page.getByRole("link", { name: "Archive…" }).click();
    await expect(page.getByRole("heading", { name: `Archive “${moved}”?` })).toBeVisible();
    await page.getByRole("button", { name: "Archive the assignment" }).click();
    await expect(page.getByRole("status")).toHaveText("Assignment archived.");
    await expect(page.getByTestId("archived-badge")).toHaveText("Archived");

    // Gone for the manager: home, the assignment page, notifications and the bell.
    await m.goto("/");
    await expect(m.getByRole("link", { name: moved })).toHaveCount(0);
    await expect(m.getByTestId("notifications-count")).toHaveCount(0);
    expect((await m.request.get(`/assignments/${id}`)).status()).toBe(404);
    await m.goto("/notifications");
    await expect(m.getByText(moved)).toHaveCount(0);

    // Still there for the supervisor, behind the filter, marked archived.
    await page.goto("/supervise");
    await expect(page.locator(`[data-assignment="${moved}"]`)).toHaveCount(0);
    await page.getByRole("combobox", { name: "Assignments" }).selectOption("archived");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.locator(`[data-assignment="${moved}"]`)).toContainText("Archived");

    // Restore: the manager has it back.
    await page.locator(`[data-assignment="${moved}"]`).getByRole("link", { name: moved }).click();
    await page.getByRole("button", { name: "Restore" }).click();
    await expect(page.getByRole("status")).toHaveText("Assignment restored: managers see it again.");
    await expect(page.getByTestId("archived-badge")).toHaveCount(0);
    // newest first: restored, archived, edited
    await expect(history.getByRole("row")).toHaveCount(4);
    await expect(history.getByRole("row").nth(1)).toContainText("Restored from the archive");
    await expect(history.getByRole("row").nth(2)).toContainText("Archived");
    await expect(history.getByRole("row").nth(3)).toContainText("Edited");
    await m.goto("/");
    await expect(m.getByRole("link", { name: moved })).toBeVisible();
  });

  test("another supervisor gets 404 on the edit and archive pages and cannot change the assignment", async ({
    page,
    baseURL,
    loginAs,
    createUser,
  }) => {
    const owner = await createUser({ roles: ["supervisor"] });
    const manager = await createUser({ roles: ["manager"] });
    const teamId = await makeTeam(owner.id, [manager.id], "owned");
    const title = `Owned test ${Date.now()}`;
    const id = await giveTest(owner.id, teamId, title);
    await loginAs(["supervisor"]);

    for (const path of [`/supervise/assignments/${id}`, `/supervise/assignments/${id}/edit`, `/supervise/assignments/${id}/archive`]) {
      const res = await page.request.get(path, { maxRedirects: 0 });
      expect(res.status(), `GET ${path}`).toBe(404);
      expect(await res.text()).not.toContain(title);
    }
    const headers = { Origin: baseURL! };
    const edit = await page.request.post(`/supervise/assignments/${id}/edit`, {
      form: { title: "Taken over", due: "" },
      headers,
      maxRedirects: 0,
    });
    expect(edit.status()).toBe(404);
    const archive = await page.request.post(`/supervise/assignments/${id}/archive`, {
      form: { intent: "archive" },
      headers,
      maxRedirects: 0,
    });
    expect(archive.status()).toBe(404);

    const { getAssignment } = await import("../../app/models/assignments/assignment.server");
    expect(getAssignment(id)).toMatchObject({ title, archivedAt: null });
  });
});

test.describe("a supervisor changes a certification", () => {
  test.use({ javaScriptEnabled: false });

  test("edits the validity and re-enrolment lead time, archives it after ticking the confirmation, and it can no longer be assigned", async ({
    page,
    loginAs,
  }) => {
    const supervisor = await loginAs(["supervisor"]);
    await makeTeam(supervisor.id, [], "cert-manage");
    const { createCertification } = await import("../../app/models/certification/certificate.server");
    const { getItemBySlug } = await import("../../app/models/content/content.server");
    const title = `Renewable ${Date.now()}`;
    createCertification({
      title,
      validityDays: 365,
      renewBeforeDays: 30,
      items: [{ itemId: getItemBySlug("script", "warm-inbound-en")?.id ?? "", passMark: 50 }],
      createdBy: null,
    });

    await page.goto("/supervise/certifications");
    await page.getByRole("link", { name: `Edit: ${title}` }).click();
    await expect(page.getByText("certificates already issued keep their expiry date")).toBeVisible();
    await page.getByLabel("Valid for (days)").fill("180");
    await page.getByLabel("Re-enrol this many days before expiry").fill("200");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Enter a whole number of days smaller than the validity.")).toBeVisible();
    await page.getByLabel("Re-enrol this many days before expiry").fill("14");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status")).toHaveText("Certification saved.");
    const row = page.locator(`[data-certification="${title}"]`);
    await expect(row).toContainText("180 days");
    await expect(row).toContainText("14 days before expiry");

    // The certification's history shows the edit, field by field.
    await row.getByRole("link", { name: `Edit: ${title}` }).click();
    const history = page.getByRole("region", { name: "History" });
    await expect(history.getByRole("row")).toHaveCount(2);
    await expect(history).toContainText("Validity: 365 days → 180 days");
    await expect(history).toContainText("Re-enrolment: 30 days before expiry → 14 days before expiry");
    await expect(history).toContainText(supervisor.name);

    // Archiving needs the box ticked; without it the form says so next to the box.
    await page.getByRole("button", { name: "Archive" }).click();
    await expect(page.getByText("Tick the box to confirm archiving.")).toBeVisible();
    await page.getByRole("checkbox", { name: /Yes, archive this certification/ }).check();
    await page.getByRole("button", { name: "Archive" }).click();
    await expect(page.getByRole("status")).toHaveText("Certification archived.");
    await expect(page.locator(`[data-certification="${title}"]`)).toHaveCount(0);
    await page.getByRole("checkbox", { name: "Show archived certifications" }).check();
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.locator(`[data-certification="${title}"]`)).toContainText("Archived");

    await page.goto("/supervise/assignments/new");
    await expect(page.getByLabel("Certification", { exact: true }).locator("option", { hasText: title })).toHaveCount(0);
  });
});
