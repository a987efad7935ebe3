import type { Page } from "@playwright/test";
import { checkPage, describe, emptyReport, walk, type WalkReport } from "./a11y-walk";
import { startDemoServer, type DemoServer } from "./demo-server";
import { expect, test } from "./fixtures";
import { pagesFor, type Visitor } from "./page-routes";

/**
 * axe on every page of every role, in both languages, on the demo organisation: 0 serious or
 * critical violations. Russian is checked on a 390 px phone, English on a 1366 px laptop, and no
 * page may scroll sideways on the phone. One test per role and language walks that role's pages.
 */

test.use({ trace: "off" });

let demo: DemoServer;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  demo = await startDemoServer("a11y");
});
test.afterAll(async () => {
  await demo?.stop();
});

const ACCOUNTS: Record<Exclude<Visitor, "anonymous">, string> = {
  manager: "manager1@callcraft.demo",
  supervisor: "supervisor.moscow@callcraft.demo",
  content_lead: "content@callcraft.demo",
  admin: "admin@callcraft.demo",
};

const VIEWPORT = { ru: { width: 390, height: 844 }, en: { width: 1366, height: 768 } } as const;

async function signIn(page: Page, email: string) {
  await page.goto(`${demo.server.baseURL}/login`);
  await page.locator('main input[name="email"]').fill(email);
  await page.locator('main input[name="password"]').fill("callcraft-demo");
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/**
 * The language switch posts and redirects back; for a signed-in person it is stored on their row.
 * It toggles, so it is read only once the page has settled, and posts the language wanted.
 */
async function useLanguage(page: Page, lang: "ru" | "en") {
  await page.waitForLoadState("networkidle");
  if ((await page.locator("html").getAttribute("lang")) === lang) return;
  await page
    .locator('form[action="/set-language"]')
    .first()
    .evaluate((form: HTMLFormElement, wanted) => {
      (form.elements.namedItem("locale") as HTMLInputElement).value = wanted;
      form.requestSubmit();
    }, lang);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await page.waitForLoadState("networkidle");
}

/** Pages no link leads to, with ids from the seeded database. */
function extraStarts(visitor: Visitor): string[] {
  const one = (sql: string) => (demo.db.prepare(sql).get() as { v: string } | undefined)?.v ?? "missing";
  if (visitor === "anonymous")
    return ["/login", "/welcome/not-a-real-token", `/verify/${one("select code as v from certificates limit 1")}`];
  const quizAttempt = one(
    `select q.id as v from quiz_attempts q join users u on u.id = q.user_id where u.email = '${ACCOUNTS.manager}' limit 1`,
  );
  return visitor === "manager" ? ["/", `/quizzes/attempts/${quizAttempt}`] : ["/"];
}

/** States a link cannot reach: a call in progress, after a turn. */
async function act(file: string, page: Page, check: (label: string) => Promise<void>) {
  if (file !== "rehearse.$slug.tsx") return;
  await page.locator('main form[method="post"] button[type="submit"]').last().click();
  await page.waitForURL(/\/attempts\/[^/]+$/);
  await check("attempts.$attemptId._index.tsx");
  await page.locator('main button[name="optionId"]').first().click();
  await page.waitForLoadState("networkidle");
  await check("call after a turn");
}

function summary(visitor: Visitor, lang: string, report: WalkReport): string {
  return `a11y ${visitor} ${lang}: ${report.checked.size} pages, ${report.blocking.length} serious/critical, ${report.minor.length} moderate/minor`;
}

test("the demo's accounts open in their own language whatever the browser asks for", async ({ browser }) => {
  for (const [email, browserLocale, lang, nav] of [
    ["manager1@callcraft.demo", "en-US", "ru", "Главное меню"],
    ["supervisor.moscow@callcraft.demo", "en-US", "ru", "Главное меню"],
    ["manager5@callcraft.demo", "ru-RU", "en", "Main navigation"],
  ] as const) {
    const context = await browser.newContext({ locale: browserLocale, baseURL: demo.server.baseURL });
    const page = await context.newPage();
    await signIn(page, email);
    await expect(page.locator("html"), email).toHaveAttribute("lang", lang);
    await expect(page.getByRole("navigation", { name: nav })).toBeVisible();
    await context.close();
  }
});

for (const visitor of ["manager", "supervisor", "content_lead", "admin", "anonymous"] as const) {
  for (const lang of ["ru", "en"] as const) {
    test(`${visitor}, ${lang}: every page passes axe with no serious or critical violation`, async ({ browser }) => {
      // Generous: axe takes seconds a page on a loaded machine, and a walk is 5 to 20 pages.
      test.setTimeout(600_000);
      const context = await browser.newContext({
        viewport: VIEWPORT[lang],
        locale: lang === "ru" ? "en-US" : "ru-RU",
        baseURL: demo.server.baseURL,
      });
      const page = await context.newPage();
      if (visitor !== "anonymous") await signIn(page, ACCOUNTS[visitor]);
      else await page.goto("/login");
      await useLanguage(page, lang);
      const report = emptyReport();
      await walk(page, { start: extraStarts(visitor), lang, act: visitor === "manager" ? act : undefined }, report);
      await page.goto("/no-such-page");
      await checkPage(page, "not found", lang, report);
      await context.close();
      console.log([summary(visitor, lang, report), describe(report.blocking), describe(report.minor)].filter(Boolean).join("\n"));
      expect
        .soft(
          pagesFor(visitor).filter((file) => !report.checked.has(file)),
          "pages the walk did not reach",
        )
        .toEqual([]);
      expect.soft(describe(report.blocking), summary(visitor, lang, report)).toBe("");
      expect.soft(report.wrongLang, "pages in the wrong language").toEqual([]);
      if (lang === "ru") expect(report.overflowing, "pages wider than a 390 px phone").toEqual([]);
    });
  }
}
