/**
 * Issue 13.1 for the assignments family (assign work, edit, archive): a refused field says why
 * beside itself, through the shared FieldError (aria-invalid, aria-describedby), in Russian and in
 * English, the input kept; a success leads to the assignment with a toast shown once.
 */
import { expect, test } from "./fixtures";
import { expectFieldError, expectToastOnce, msg } from "./form-helpers";
import { makeTeam } from "./supervision-helpers";

const DAY = 86_400_000;

test.describe("assignment forms", () => {
  test("a Russian supervisor's assignment without a title, a target or content and with a pass mark of 1,5 is refused beside each field; then assigned once", async ({
    page,
    loginAs,
    createUser,
  }) => {
    const supervisor = await loginAs(["supervisor"], { locale: "ru" });
    const member = await createUser({ roles: ["manager"] });
    const teamId = await makeTeam(supervisor.id, [member.id], "forms-assign");
    const { getItemBySlug } = await import("../../app/models/content/content.server");
    const script = getItemBySlug("script", "warm-inbound-en");
    if (!script) throw new Error("warm-inbound-en is not in the library");

    await page.goto("/supervise/assignments/new");
    const title = page.getByLabel(msg("ru", "supervise.new.name"), { exact: true });
    const passMark = page.getByLabel(msg("ru", "supervise.new.passMark"));
    await passMark.fill("1,5");
    await page.getByRole("button", { name: msg("ru", "supervise.new.submit") }).click();
    await expectFieldError(title, msg("ru", "supervise.error.title"));
    await expectFieldError(page.getByLabel(msg("ru", "supervise.new.target"), { exact: true }), msg("ru", "supervise.error.target"));
    // The content checkboxes are a group: the fieldset is marked and names the FieldError inside it.
    const items = page.getByRole("group", { name: msg("ru", "supervise.new.items") });
    await expect(items).toHaveAttribute("aria-invalid", "true");
    await expect(items.locator("[data-field-error]")).toHaveText(msg("ru", "supervise.error.items"));
    const itemsError = await items.locator("[data-field-error]").getAttribute("id");
    expect((await items.getAttribute("aria-describedby"))?.split(/\s+/)).toContain(itemsError);
    await expectFieldError(passMark, msg("ru", "supervise.error.passMark"));
    await expect(passMark).toHaveValue("1,5");

    // Put right: the typed pass mark corrected, a title, the whole team and one script.
    const name = `Проверка ${Date.now()}`;
    await title.fill(name);
    await page.getByLabel(msg("ru", "supervise.new.target"), { exact: true }).selectOption(`team:${teamId}`);
    await page.locator(`input[name=items][value="${script.id}"]`).check();
    await passMark.fill("70");
    await page.getByRole("button", { name: msg("ru", "supervise.new.submit") }).click();
    await page.waitForURL((url) => /\/supervise\/assignments\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expectToastOnce(page, msg("ru", "supervise.new.created", { title: name }));
  });

  test("an English supervisor's edit with a past due date and no tries is refused beside each field; the save and the archiving are announced once", async ({
    page,
    loginAs,
  }) => {
    const supervisor = await loginAs(["supervisor"], { locale: "en" });
    const teamId = await makeTeam(supervisor.id, [], "forms-edit");
    const { createAssignment } = await import("../../app/models/assignments/assignment.server");
    const { getItemBySlug } = await import("../../app/models/content/content.server");
    const title = `Edit form ${Date.now()}`;
    const id = createAssignment({
      kind: "test",
      title,
      target: { teamId },
      itemIds: [getItemBySlug("script", "warm-inbound-en")?.id ?? ""],
      passMark: 60,
      maxTries: 3,
      dueAt: Date.now() + 10 * DAY,
      createdBy: supervisor.id,
    });

    await page.goto(`/supervise/assignments/${id}/edit`);
    const due = page.getByLabel(msg("en", "supervise.new.due"));
    const tries = page.getByLabel(msg("en", "supervise.new.maxTries"));
    await due.fill("2020-01-01");
    await tries.fill("0");
    await page.getByRole("button", { name: msg("en", "supervise.edit.submit") }).click();
    await expectFieldError(due, msg("en", "supervise.error.dueEdit"));
    await expectFieldError(tries, msg("en", "supervise.error.maxTries"));
    await expect(tries).toHaveValue("0");
    await expect(page.getByLabel(msg("en", "supervise.new.name"), { exact: true })).toHaveValue(title);

    await due.fill(new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10));
    await tries.fill("5");
    await page.getByRole("button", { name: msg("en", "supervise.edit.submit") }).click();
    await expect(page).toHaveURL(new RegExp(`/supervise/assignments/${id}$`));
    await expectToastOnce(page, msg("en", "supervise.manage.done.saved"));

    await page.getByRole("link", { name: msg("en", "supervise.manage.archive") }).click();
    await page.getByRole("button", { name: msg("en", "supervise.archive.confirm") }).click();
    await expect(page).toHaveURL(new RegExp(`/supervise/assignments/${id}$`));
    await expectToastOnce(page, msg("en", "supervise.manage.done.archived"));
  });

  test("the number of tries is asked for a test and a certification, not a training, and a training sent with one stores none", async ({
    page,
    loginAs,
    createUser,
  }) => {
    const supervisor = await loginAs(["supervisor"], { locale: "en" });
    const member = await createUser({ roles: ["manager"] });
    const teamId = await makeTeam(supervisor.id, [member.id], "forms-tries");
    const { getItemBySlug } = await import("../../app/models/content/content.server");
    const { getDb, schema } = await import("../../app/db.server");
    const { eq } = await import("drizzle-orm");
    const script = getItemBySlug("script", "warm-inbound-en");
    if (!script) throw new Error("warm-inbound-en is not in the library");

    await page.goto("/supervise/assignments/new");
    // the test's own description mentions "a number of tries" too: the field is the textbox
    const tries = page.getByRole("textbox", { name: msg("en", "supervise.new.maxTries") });
    const kind = (k: "training" | "test" | "certification") =>
      page.getByRole("radio", { name: new RegExp(`^${msg("en", `assignment.kind.${k}`)} —`) });
    await expect(tries).toBeVisible();
    await tries.fill("3");
    await kind("certification").check();
    await expect(tries).toBeVisible();
    await kind("training").check();
    await expect(tries).toBeHidden();

    // The hidden field still travels with the form (it works without JavaScript too): the server drops it.
    const title = `Tries ${Date.now()}`;
    await page.getByLabel(msg("en", "supervise.new.name"), { exact: true }).fill(title);
    await page.getByLabel(msg("en", "supervise.new.target"), { exact: true }).selectOption(`team:${teamId}`);
    await page.locator(`input[name=items][value="${script.id}"]`).check();
    await page.getByRole("button", { name: msg("en", "supervise.new.submit") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const id = new URL(page.url()).pathname.split("/").pop() ?? "";
    const stored = getDb().select().from(schema.assignments).where(eq(schema.assignments.id, id)).get();
    expect(stored).toMatchObject({ kind: "training", maxTries: null });
  });
});
