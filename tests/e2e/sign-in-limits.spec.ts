/**
 * Sign-in limits that slow guessing down without locking anybody out: a growing wait per account
 * and per client address (the real one, from a trusted proxy), said in the interface language,
 * and an admin's audited way to clear it.
 */
import { eq, like } from "drizzle-orm";
import { getDb, schema } from "../../app/db.server";
import { recordSignInFailure } from "../../app/auth/rate-limit.server";
import { expect, test } from "./fixtures";
import { freePort } from "./proxy-helpers";
import { startServer } from "./server";

/** Moves an account's failures back in time, as if the wait had passed. */
function age(email: string, ms: number) {
  const key = `email:${email.toLowerCase()}`;
  for (const row of getDb().select().from(schema.signInFailures).where(eq(schema.signInFailures.key, key)).all()) {
    getDb()
      .update(schema.signInFailures)
      .set({ at: row.at - ms })
      .where(eq(schema.signInFailures.id, row.id))
      .run();
  }
}

test.afterEach(() => {
  // the worker's other tests sign in from the same address
  getDb().delete(schema.signInFailures).where(like(schema.signInFailures.key, "ip:%")).run();
});

test("after five wrong passwords even the right one waits, told in Russian; once the wait is over it signs in", async ({
  browser,
  baseURL,
  createUser,
}) => {
  const user = await createUser({ locale: "ru" });
  const context = await browser.newContext({ baseURL, locale: "ru-RU" });
  const page = await context.newPage();
  await page.goto("/login");
  for (let i = 0; i < 5; i += 1) {
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Пароль").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.getByRole("alert")).toHaveText("Неверный e-mail или пароль.");
  }
  await page.getByLabel("Пароль").fill(user.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    /^Слишком много неудачных попыток войти в эту учётную запись\. Попробуйте снова через \d+ секунд[уы]?\.$/,
  );
  await expect(page).toHaveURL(/\/login/);

  age(user.email, 31_000);
  await page.getByLabel("Пароль").fill(user.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Выйти" })).toBeVisible();
  // the success forgot the failures: a typo now is just a typo
  expect(
    getDb()
      .select()
      .from(schema.signInFailures)
      .where(eq(schema.signInFailures.key, `email:${user.email}`))
      .all(),
  ).toHaveLength(0);
  await context.close();
});

test("behind a trusted proxy, failures from one client address delay that address and no other", async ({ dbFile, createUser }) => {
  const port = await freePort();
  const proxied = await startServer(port, dbFile, { TRUST_PROXY: "loopback" });
  try {
    const user = await createUser();
    const post = (address: string, email: string, password: string) =>
      fetch(`${proxied.baseURL}/login`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Origin: proxied.baseURL,
          "X-Forwarded-For": address,
          "Accept-Language": "en",
        },
        body: new URLSearchParams({ email, password }).toString(),
      });
    for (let i = 0; i < 30; i += 1) expect((await post("198.51.100.7", `guess-${i}@test.callcraft`, "guess")).status).toBe(400);
    const refused = await post("198.51.100.7", user.email, user.password);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.text()).toContain("Too many failed sign-ins from your network. Try again in");
    // a colleague elsewhere — and the same person from another address — signs in at once
    expect((await post("198.51.100.8", user.email, user.password)).status).toBe(302);
  } finally {
    await proxied.stop();
  }
});

test("an admin clears a person's failed sign-ins: audited, and the person signs in at once", async ({
  page,
  browser,
  baseURL,
  loginAs,
  createUser,
}) => {
  const person = await createUser({ name: "Пётр Забывчивый" });
  for (let i = 0; i < 6; i += 1) recordSignInFailure(person.email, "192.0.2.10", Date.now() - (6 - i) * 1000);
  await loginAs(["admin"]);
  await page.goto(`/admin/users/${person.id}`);
  await expect(page.getByTestId("sign-in-state")).toHaveText(
    /6 failed sign-ins lately\. The next attempt must wait (1 minute|\d+ seconds)\./,
  );
  await page.getByRole("button", { name: "Clear failed sign-ins" }).click();
  await expect(page.getByRole("status")).toHaveText(`Failed sign-ins cleared: \u2068${person.name}\u2069 can sign in now.`);
  await expect(page.getByTestId("sign-in-state")).toHaveText("No failed sign-ins lately.");
  await expect(page.getByRole("cell", { name: "Failed sign-ins cleared (6)" })).toBeVisible();

  const own = await browser.newContext({ baseURL });
  const login = await own.newPage();
  await login.goto("/login");
  await login.getByLabel("E-mail").fill(person.email);
  await login.getByLabel("Password").fill(person.password);
  await login.getByRole("button", { name: "Sign in" }).click();
  await expect(login.getByRole("button", { name: "Sign out" })).toBeVisible();
  await own.close();
});
