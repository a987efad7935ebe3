/**
 * One test per form family (issue 13.1): a field error rendered by the shared FieldError next to
 * its field, with aria-invalid and aria-describedby, in both languages; a success toast shown once.
 */
import { expect, test } from "./fixtures";
import { expectFieldError, expectToastOnce, msg } from "./form-helpers";
import { startCall } from "./rehearsal-helpers";
import { makeTeam, practiceCall } from "./supervision-helpers";

test.describe("auth forms", () => {
  test("sign-in and account say what is wrong beside the field, in Russian and English", async ({
    page,
    browser,
    baseURL,
    createUser,
    signInContext,
  }) => {
    // Russian: a visitor whose browser asks for Russian leaves the sign-in form empty.
    const ru = await browser.newContext({ baseURL, locale: "ru-RU" });
    const ruPage = await ru.newPage();
    await ruPage.goto("/login");
    await ruPage.getByRole("button", { name: msg("ru", "login.submit") }).click();
    await expectFieldError(ruPage.getByLabel(msg("ru", "login.email")), msg("ru", "login.emailRequired"));
    await expectFieldError(ruPage.getByLabel(msg("ru", "login.password")), msg("ru", "login.passwordRequired"));

    // Russian account: a wrong current password and a short new one, each beside its field.
    const ruUser = await createUser({ locale: "ru" });
    await signInContext(ru, ruUser);
    await ruPage.goto("/account");
    await ruPage.getByLabel(msg("ru", "account.current")).fill("not-the-password");
    await ruPage.getByLabel(msg("ru", "account.new"), { exact: true }).fill("short");
    await ruPage.getByRole("button", { name: msg("ru", "account.changePassword") }).click();
    await expectFieldError(ruPage.getByLabel(msg("ru", "account.current")), msg("ru", "account.wrongCurrent"));
    await expectFieldError(ruPage.getByLabel(msg("ru", "account.new"), { exact: true }), msg("ru", "password.tooShort", { min: 10 }));
    await ru.close();

    // English account: passwords that differ, then a change that works and says so once.
    const user = await createUser({ locale: "en" });
    await signInContext(page.context(), user);
    await page.goto("/account");
    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
    await page.getByLabel("Repeat the new password").fill("another-new-password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expectFieldError(page.getByLabel("Repeat the new password"), "The passwords do not match.");
    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
    await page.getByLabel("Repeat the new password").fill("a-brand-new-password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expectToastOnce(page, "Password changed. You were signed out on your other devices.");
  });

  test("the e-mail settings save with a toast, and the form works without JavaScript", async ({ createUser, pageOf }) => {
    const page = await pageOf(await createUser({ locale: "ru" }), { javaScriptEnabled: false });
    await page.goto("/account");
    const section = page.getByRole("region", { name: msg("ru", "mailPrefs.title") });
    await section.getByRole("button", { name: msg("ru", "mailPrefs.submit") }).click();
    await expectToastOnce(page, msg("ru", "mailPrefs.saved"));
  });
});

test.describe("admin forms", () => {
  test("a team without a name and a user whose e-mail is taken are refused beside the field; a new team is announced once", async ({
    page,
    createUser,
    loginAs,
    pageOf,
  }) => {
    const ruPage = await pageOf(await createUser({ roles: ["admin"], locale: "ru" }));
    await ruPage.goto("/admin/teams");
    await ruPage.getByLabel(msg("ru", "admin.teams.name")).fill("   ");
    await ruPage.getByRole("button", { name: msg("ru", "admin.teams.createSubmit") }).click();
    await expectFieldError(ruPage.getByLabel(msg("ru", "admin.teams.name")), msg("ru", "admin.error.teamNameRequired"));

    const someone = await createUser();
    await loginAs(["admin"]);
    await page.goto("/admin/users");
    await page.getByLabel("Full name").fill("Second Copy");
    await page.getByLabel(msg("en", "admin.create.email"), { exact: true }).fill(someone.email.toUpperCase());
    await page.getByRole("button", { name: msg("en", "admin.create.submit") }).click();
    await expectFieldError(page.getByLabel(msg("en", "admin.create.email"), { exact: true }), "A user with this e-mail already exists.");
    await expect(page.getByLabel("Full name")).toHaveValue("Second Copy");

    await page.goto("/admin/teams");
    await page.getByLabel(msg("en", "admin.teams.name")).fill(`Forms ${Date.now()}`);
    await page.getByRole("button", { name: msg("en", "admin.teams.createSubmit") }).click();
    await expect(page).toHaveURL(/\/admin\/teams\/[^/]+$/);
    await expectToastOnce(page, "Team created.");
  });
});

test.describe("rehearsal forms", () => {
  test("an empty reply is refused beside the box in English and Russian; abandoning says so once", async ({ page, loginAs }) => {
    await loginAs(["manager"]);
    await startCall(page, "warm-inbound-en", { answer: "free", mode: "practice" });
    await page.getByRole("button", { name: msg("en", "call.send") }).click();
    await expectFieldError(page.getByRole("textbox", { name: msg("en", "call.yourReply") }), msg("en", "call.emptyReply"));

    await page.getByRole("button", { name: `${msg("en", "lang.label")}: ${msg("en", "lang.switchTo")}` }).click();
    await expect(page.getByRole("button", { name: msg("ru", "call.send") })).toBeVisible();
    await page.getByRole("button", { name: msg("ru", "call.send") }).click();
    await expectFieldError(page.getByRole("textbox", { name: msg("ru", "call.yourReply") }), msg("ru", "call.emptyReply"));

    await page.getByTestId("abandon").getByText(msg("ru", "call.abandon"), { exact: true }).click();
    await page.getByRole("button", { name: msg("ru", "call.abandonConfirm") }).click();
    await page.waitForURL(/\/rehearse$/);
    await expectToastOnce(page, msg("ru", "call.abandoned"));
  });
});

test.describe("review forms", () => {
  test("a short dispute and an out-of-range score are refused beside the field in English and Russian; each save is announced once", async ({
    page,
    createUser,
    signInContext,
    pageOf,
  }) => {
    const supervisor = await createUser({ roles: ["supervisor"], locale: "ru" });
    const manager = await createUser({ roles: ["manager"], locale: "en" });
    await makeTeam(supervisor.id, [manager.id], "forms-review");
    await signInContext(page.context(), manager);
    const attemptId = await practiceCall(page);

    // English: the manager's dispute is too short, then sent.
    await page.goto(`/review/dispute/${attemptId}`);
    await page.getByLabel(msg("en", "dispute.reason")).fill("too short");
    await page.getByRole("button", { name: msg("en", "dispute.submit") }).click();
    await expectFieldError(page.getByLabel(msg("en", "dispute.reason")), msg("en", "dispute.reasonError"));
    await expect(page.getByLabel(msg("en", "dispute.reason"))).toHaveValue("too short");
    await page.getByLabel(msg("en", "dispute.reason")).fill("The budget question in turn 3 was not counted.");
    await page.getByRole("button", { name: msg("en", "dispute.submit") }).click();
    await expectToastOnce(page, msg("en", "dispute.sent"));

    // Russian: the supervisor's new score is out of range, then saved.
    const ruPage = await pageOf(supervisor);
    await ruPage.goto(`/review/${attemptId}`);
    const override = ruPage.getByRole("region", { name: msg("ru", "review.override.title"), exact: true });
    await override.getByLabel(msg("ru", "review.override.score")).fill("150");
    await override.getByLabel(msg("ru", "review.override.reason")).fill("Нет конкретного времени встречи.");
    await override.getByRole("button", { name: msg("ru", "review.override.submit") }).click();
    await expectFieldError(override.getByLabel(msg("ru", "review.override.score")), msg("ru", "review.override.scoreError"));
    await override.getByLabel(msg("ru", "review.override.score")).fill("42,5");
    await override.getByRole("button", { name: msg("ru", "review.override.submit") }).click();
    await expectToastOnce(ruPage, msg("ru", "review.override.done"));
  });
});

test.describe("certification forms", () => {
  test("a certification without a title and with days that are not a whole number is refused beside the fields in Russian", async ({
    createUser,
    pageOf,
  }) => {
    const page = await pageOf(await createUser({ roles: ["supervisor"], locale: "ru" }));
    await page.goto("/supervise/certifications");
    await page.getByLabel(msg("ru", "supervise.cert.validity")).fill("1,5");
    await page.getByRole("button", { name: msg("ru", "supervise.cert.create") }).click();
    await expectFieldError(page.getByLabel(msg("ru", "supervise.new.name")), msg("ru", "supervise.error.title"));
    await expectFieldError(page.getByLabel(msg("ru", "supervise.cert.validity")), msg("ru", "supervise.error.validity"));
    await expect(page.getByLabel(msg("ru", "supervise.cert.validity"))).toHaveValue("1,5");
  });
});
