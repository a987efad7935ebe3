/**
 * One test per form family (issue 13.1): a field error rendered by the shared FieldError next to
 * its field, with aria-invalid and aria-describedby, in both languages; a success toast shown once.
 */
import { expect, test } from "./fixtures";
import { expectFieldError, expectToastOnce, msg } from "./form-helpers";

test.describe("auth forms", () => {
  test("sign-in and account say what is wrong beside the field, in Russian and English", async ({ page, browser, baseURL, createUser, signInContext }) => {
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

  test("the e-mail settings save with a toast, and the form works without JavaScript", async ({ browser, baseURL, createUser, signInContext }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    await signInContext(context, await createUser({ locale: "ru" }));
    const page = await context.newPage();
    await page.goto("/account");
    const section = page.getByRole("region", { name: msg("ru", "mailPrefs.title") });
    await section.getByRole("button", { name: msg("ru", "mailPrefs.submit") }).click();
    await expectToastOnce(page, msg("ru", "mailPrefs.saved"));
    await context.close();
  });
});
