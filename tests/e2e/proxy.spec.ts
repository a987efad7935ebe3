/**
 * The deployment the README describes: Chromium → nginx (TLS, self-signed) → the app with
 * TRUST_PROXY=loopback. Without the trusted proxy the app would rebuild its origin as
 * http://localhost and refuse every POST — the sign-in first — as cross-origin.
 */
import { request as playwrightRequest } from "@playwright/test";
import { like } from "drizzle-orm";
import { getDb, schema } from "../../app/db.server";
import { expect, test } from "./fixtures";
import { startProxiedApp, type ProxiedApp } from "./proxy-helpers";

let proxied: ProxiedApp;

test.beforeAll(async ({ dbFile }) => {
  proxied = await startProxiedApp(dbFile, { HSTS_MAX_AGE: "600" });
});

test.afterAll(async () => {
  await proxied?.stop();
});

test("behind nginx over TLS a manager signs in, plays a turn and signs out", async ({ browser, createUser }) => {
  const user = await createUser({ roles: ["manager"], locale: "en" });
  const context = await browser.newContext({ baseURL: proxied.origin, ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: `Hello, ${user.name}` })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(proxied.origin);

  await page.goto("/rehearse/objection-drill-en");
  await page.getByRole("radio", { name: /Choose among replies/ }).check();
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start the call" }).click();
  await page.waitForURL(/\/attempts\/[^/]+$/);
  await expect(page.getByTestId("manager-line")).toHaveCount(0);
  await page.locator("button[name=optionId]").first().click();
  await expect(page.getByTestId("manager-line")).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId("manager-line")).toHaveCount(1);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  expect(proxied.app.output()).not.toMatch(/\n\s+at /);
  await context.close();
});

test("over TLS: HSTS on every answer, signed-in pages not cached, the client's real address counted", async ({ createUser }) => {
  const user = await createUser({ roles: ["manager"], locale: "en" });
  const api = await playwrightRequest.newContext({
    baseURL: proxied.origin,
    ignoreHTTPSErrors: true,
    extraHTTPHeaders: { Origin: proxied.origin },
  });

  const anonymous = await api.get("/login");
  expect(anonymous.headers()["strict-transport-security"]).toBe("max-age=600");

  // a client claiming another address: nginx replaces the header, the app counts 127.0.0.1
  const wrong = await api.post("/login", {
    form: { email: user.email, password: "not-the-password" },
    headers: { "X-Forwarded-For": "203.0.113.9" },
  });
  expect(wrong.status()).toBe(400);
  const keys = getDb()
    .select({ key: schema.signInFailures.key })
    .from(schema.signInFailures)
    .where(like(schema.signInFailures.key, "ip:%"))
    .all()
    .map((r) => r.key);
  expect(keys).toContain("ip:127.0.0.1");
  expect(keys).not.toContain("ip:203.0.113.9");

  const signedIn = await api.post("/login", { form: { email: user.email, password: user.password }, maxRedirects: 0 });
  expect(signedIn.status()).toBe(302);
  const home = await api.get("/");
  expect(home.status()).toBe(200);
  expect(home.headers()["cache-control"]).toBe("no-store");
  expect(home.headers()["strict-transport-security"]).toBe("max-age=600");
  await api.dispose();

  // straight to the app over plain HTTP there is no HSTS (it would mean nothing there)
  const direct = await fetch(`${proxied.app.baseURL}/login`);
  expect(direct.headers.get("strict-transport-security")).toBeNull();
});
