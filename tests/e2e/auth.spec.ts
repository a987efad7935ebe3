import { expect, test } from "./fixtures";

test.describe("signing in", () => {
  test("each role signs in through the form and sees its own navigation", async ({ page, createUser }) => {
    const expected: Record<string, { present: string[]; absent: string[] }> = {
      manager: { present: ["Rehearse", "My progress"], absent: ["Studio", "Users", "My teams"] },
      supervisor: { present: ["My teams"], absent: ["Rehearse", "Studio", "Users"] },
      content_lead: { present: ["Studio"], absent: ["Rehearse", "Users", "My teams"] },
      admin: { present: ["Users", "Teams", "Backups", "Studio"], absent: ["Rehearse", "My teams"] },
    };
    for (const [role, nav] of Object.entries(expected)) {
      const user = await createUser({ roles: [role as "manager"] });
      await page.context().clearCookies();
      await page.goto("/login");
      await page.getByLabel("E-mail").fill(user.email);
      await page.getByLabel("Password").fill(user.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("heading", { name: `Hello, ${user.name}` })).toBeVisible();
      const navigation = page.getByRole("navigation", { name: "Main navigation" });
      for (const label of nav.present) await expect(navigation.getByRole("link", { name: label })).toBeVisible();
      for (const label of nav.absent) await expect(navigation.getByRole("link", { name: label })).toHaveCount(0);
    }
  });

  test("a wrong password shows an error and keeps the e-mail typed", async ({ page, createUser }) => {
    const user = await createUser();
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toHaveText("Wrong e-mail or password.");
    await expect(page.getByLabel("E-mail")).toHaveValue(user.email);
  });

  test("empty fields get errors next to them", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter your e-mail.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
  });

  test("sign-out ends the session on the server", async ({ page, loginAs, context }) => {
    await loginAs(["manager"]);
    await page.goto("/");
    const before = (await context.cookies()).find((c) => c.name === "callcraft_session");
    expect(before).toBeDefined();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    // Replaying the old cookie does not bring the session back.
    await context.addCookies([{ ...before!, expires: -1 }]);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount/);
  });

  test("anonymous visitors are sent to sign-in and come back after it", async ({ page, createUser }) => {
    const user = await createUser();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount/);
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  });
});

test.describe("language", () => {
  test("the switch changes the whole page and persists for the user", async ({ page, loginAs }) => {
    await loginAs(["manager"], { locale: "en" });
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Rehearse" })).toBeVisible();
    await page.getByRole("button", { name: "Language: Русский" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("navigation", { name: "Главное меню" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Тренировка" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Выйти" })).toBeVisible();
    await expect(page.getByText("Rehearse", { exact: true })).toHaveCount(0);
    // a new visit keeps the choice
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "Ваш профиль" })).toBeVisible();
  });

  test("Accept-Language decides for visitors who have not chosen", async ({ browser, baseURL }) => {
    const ru = await browser.newContext({ baseURL, locale: "ru-RU" });
    const ruPage = await ru.newPage();
    await ruPage.goto("/login");
    await expect(ruPage.getByRole("heading", { name: "Вход" })).toBeVisible();
    await ru.close();
    const en = await browser.newContext({ baseURL, locale: "en-GB" });
    const enPage = await en.newPage();
    await enPage.goto("/login");
    await expect(enPage.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await en.close();
  });
});

test.describe("account", () => {
  test("changing the password ends the other sessions", async ({ page, createUser, signInContext, pageOf }) => {
    const user = await createUser();
    const otherPage = await pageOf(user);
    await signInContext(page.context(), user);
    await otherPage.goto("/account");
    await expect(otherPage.getByRole("heading", { name: "Your account" })).toBeVisible();

    await page.goto("/account");
    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
    await page.getByLabel("Repeat the new password").fill("a-brand-new-password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status")).toContainText("Password changed");

    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/login/);
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  });
});

test.describe("security", () => {
  test("the session cookie is HttpOnly, SameSite=Lax and Secure in production", async ({ request, baseURL, createUser }) => {
    const user = await createUser();
    const res = await request.post("/login", {
      form: { email: user.email, password: user.password, redirectTo: "/" },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    const cookie = res.headers()["set-cookie"] ?? "";
    expect(cookie).toMatch(/callcraft_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
  });

  test("a non-GET request from another origin is refused", async ({ request, baseURL, createUser }) => {
    const user = await createUser();
    const res = await request.post("/login", {
      form: { email: user.email, password: user.password },
      headers: { Origin: "http://evil.example" },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(403);
    expect(res.headers()["set-cookie"]).toBeUndefined();
    const same = await request.post("/login", {
      form: { email: user.email, password: user.password },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    expect(same.status()).toBe(302);
  });

  test("pages carry a CSP and refuse framing", async ({ request }) => {
    const res = await request.get("/login");
    expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
    expect(res.headers()["x-frame-options"]).toBe("DENY");
  });
});
