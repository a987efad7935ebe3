import type { Page } from "@playwright/test";
import { allMessages } from "../../app/i18n/catalog.server";
import { expect, test } from "./fixtures";
import { makeTeam } from "./supervision-helpers";

/**
 * Each page gets only the messages its route names (handle.i18n), sent by its loader: a page that
 * shows a key it was not sent shows the raw key. This walks a page of every area in both languages
 * by client-side navigation — the case where only the next route's loader runs — and fails on any
 * message key in the page's text or accessible names.
 */
const KEYS = [...allMessages().en.keys()];
const escape = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const KEY_PATTERN = new RegExp(`(?:^|[^\\w.])(${KEYS.map(escape).join("|")})(?:$|[^\\w.])`, "m");

async function expectNoRawKeys(page: Page) {
  await page.waitForLoadState("networkidle");
  const shown = await page.evaluate(() => {
    const parts = [document.title, document.body.innerText];
    for (const element of document.querySelectorAll("[aria-label], [placeholder], [title], [alt]")) {
      for (const name of ["aria-label", "placeholder", "title", "alt"]) parts.push(element.getAttribute(name) ?? "");
    }
    return parts.join("\n");
  });
  expect(KEY_PATTERN.exec(shown)?.[1], `a raw message key on ${page.url()}`).toBeUndefined();
}

/** Follows a link like a person would; the marker proves no document was loaded on the way. */
async function follow(page: Page, selector: string, url: RegExp) {
  await page.locator(selector).first().click();
  await page.waitForURL(url);
  await expectNoRawKeys(page);
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed), "navigated without reloading").toBe(true);
}

async function walkEveryArea(page: Page) {
  const nav = (href: string) => `nav[aria-label] a[href="${href}"]`;
  await follow(page, nav("/rehearse"), /\/rehearse$/);
  await follow(page, 'main a[href^="/rehearse/"]', /\/rehearse\/[^/]+$/);
  await follow(page, nav("/lessons"), /\/lessons$/);
  await follow(page, nav("/progress"), /\/progress$/);
  await follow(page, nav("/certificates"), /\/certificates$/);
  await follow(page, '[data-testid="notifications-link"]', /\/notifications$/);
  await follow(page, nav("/supervise"), /\/supervise$/);
  await follow(page, 'main a[href^="/supervise/teams/"]', /\/supervise\/teams\/[^/]+$/);
  await follow(page, 'main a[href^="/supervise/people/"]', /\/supervise\/people\/[^/]+$/);
  await follow(page, nav("/studio"), /\/studio$/);
  await follow(page, 'main a[href^="/studio/"]:not([href="/studio/import"]):not([href="/studio/inbox"])', /\/studio\/[^/]+$/);
  await follow(page, nav("/admin/users"), /\/admin\/users$/);
  await follow(page, nav("/admin/teams"), /\/admin\/teams$/);
  await follow(page, nav("/admin/backup"), /\/admin\/backup$/);
  await follow(page, 'a[href="/account"]', /\/account$/);
  await follow(page, nav("/"), /\/$/);
}

test("no page shows a raw message key, in either language, after client-side navigation", async ({ page, loginAs, createUser }) => {
  test.setTimeout(120_000);
  const user = await loginAs(["manager", "supervisor", "content_lead", "admin"]);
  const member = await createUser({ roles: ["manager"] });
  await makeTeam(user.id, [user.id, member.id], "i18n");

  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.evaluate(() => Object.assign(window, { stayed: true }));
  await expectNoRawKeys(page);
  await walkEveryArea(page);

  // The switch posts and redirects without a document load; the page is Russian at once.
  await page.getByRole("button", { name: /Русский/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("navigation", { name: "Главное меню" })).toBeVisible();
  await expectNoRawKeys(page);
  await walkEveryArea(page);

  // Starting a call is a POST and a redirect into another route; then an error page, in Russian.
  await page.getByRole("navigation", { name: "Главное меню" }).getByRole("link", { name: "Тренировка" }).click();
  await page.locator('main a[href^="/rehearse/"]').first().click();
  await page.locator('main form[method="post"] button[type="submit"]').last().click();
  await page.waitForURL(/\/attempts\/[^/]+$/);
  await expectNoRawKeys(page);
  await page.goto("/attempts/no-such-attempt");
  await expect(page.getByRole("alert")).toContainText("Такой страницы нет");
  await expectNoRawKeys(page);
});
