import type { BrowserContextOptions, Page } from "@playwright/test";
import { SKILLS } from "../../app/engine/vocabulary";
import { listPublished } from "../../app/models/content/content.server";
import { insertScoredAttempt } from "../../db/factories";
import { expect, test, type TestUser } from "./fixtures";
import { makeTeam } from "./supervision-helpers";

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

/** A team of people with long Russian names and a call a day scoring every skill, so every table is full. */
type CreateUser = (spec: { roles: ("manager" | "supervisor")[]; name?: string; locale: "ru" }) => Promise<TestUser>;

async function busyTeam(supervisorId: string, createUser: CreateUser) {
  const names = ["Екатерина Александровна Волкова-Ростовцева", "Константин Вячеславович Преображенский", "Мария Козлова"];
  const people = [];
  for (const name of names) people.push(await createUser({ roles: ["manager"], name, locale: "ru" }));
  const teamId = await makeTeam(
    supervisorId,
    people.map((p) => p.id),
    "layout",
  );
  const script = listPublished("script", "ru")[0];
  if (!script?.publishedVersionId) throw new Error("no Russian script");
  const skills = Object.fromEntries(SKILLS.map((skill, i) => [skill, 40 + i * 6]));
  people.forEach((person, p) => {
    for (let day = 1; day <= 3; day++) {
      insertScoredAttempt({
        id: `layout-${person.id}-${day}`,
        userId: person.id,
        itemId: script.id,
        versionId: script.publishedVersionId ?? "",
        finalScore: 60 + p * 10,
        at: Date.now() - day * 86_400_000,
        skills,
      });
    }
  });
  return teamId;
}

interface DashboardFixtures {
  createUser: CreateUser;
  pageOf: (user: TestUser, options?: BrowserContextOptions) => Promise<Page>;
}

/** A Russian supervisor of a busy team, signed in at the given screen size. */
async function dashboardAt(f: DashboardFixtures, viewport: { width: number; height: number }) {
  const supervisor = await f.createUser({ roles: ["supervisor"], locale: "ru" });
  const teamId = await busyTeam(supervisor.id, f.createUser);
  return { page: await f.pageOf(supervisor, { viewport }), urls: ["/supervise", `/supervise?team=${teamId}&period=30`] };
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test.describe("layout on a phone and a laptop", () => {
  test("on a 390 px phone the header is one line and its menu opens from the keyboard", async ({ createUser, pageOf }) => {
    const user = await createUser({ roles: ["manager", "supervisor"], locale: "ru", name: "Константин Преображенский" });
    const page = await pageOf(user, { viewport: PHONE });
    await page.goto("/");
    const header = page.locator("header");
    expect((await header.boundingBox())?.height, "one line of header").toBeLessThan(70);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    const menu = page.getByTestId("mobile-menu");
    const nav = page.getByRole("navigation", { name: "Главное меню" });
    await expect(nav).toBeHidden();
    await menu.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(nav).toBeVisible();
    await expect(menu.getByRole("button", { name: "Выйти" })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link").first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(menu.locator("summary")).toBeFocused();

    await page.keyboard.press("Enter");
    await nav.getByRole("link", { name: "Тренировка" }).click();
    await page.waitForURL(/\/rehearse$/);
    await expect(nav, "closed after navigating").toBeHidden();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  });

  test("the header menu works without JavaScript", async ({ createUser, pageOf }) => {
    const user = await createUser({ roles: ["manager"], locale: "en" });
    const page = await pageOf(user, { viewport: PHONE, javaScriptEnabled: false });
    await page.goto("/");
    await page.getByTestId("mobile-menu").locator("summary").click();
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Rehearse" }).click();
    await page.waitForURL(/\/rehearse$/);
  });

  test("the supervisor dashboard fits a 390 px phone: wide tables scroll in their own region", async ({ createUser, pageOf }) => {
    const { page, urls } = await dashboardAt({ createUser, pageOf }, PHONE);
    for (const url of urls) {
      await page.goto(url);
      await expect(page.getByTestId("heat-map")).toBeVisible();
      expect(await pageWidth(page), url).toBeLessThanOrEqual(PHONE.width);
    }
    // The heat map scrolls inside a focusable, named region; the names stay put while it does.
    const region = page.getByTestId("heat-map-region");
    await expect(region).toHaveAttribute("tabindex", "0");
    const firstName = page.getByTestId("heat-map").locator("tbody th").first();
    const before = await firstName.boundingBox();
    await region.focus();
    await region.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
    await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(100);
    expect((await firstName.boundingBox())?.x).toBe(before?.x);
  });

  test("at 1366 px the whole heat map is in view, in Russian, with every skill", async ({ createUser, pageOf }) => {
    const { page, urls } = await dashboardAt({ createUser, pageOf }, LAPTOP);
    for (const url of urls) {
      await page.goto(url);
      const map = page.getByTestId("heat-map");
      await expect(map.locator("thead th")).toHaveCount(SKILLS.length + 1);
      const fits = await map.evaluate((table) => {
        const box = table.parentElement as HTMLElement;
        return {
          table: table.getBoundingClientRect().right,
          box: box.getBoundingClientRect().right,
          scrolls: box.scrollWidth > box.clientWidth,
        };
      });
      expect(fits.scrolls, url).toBe(false);
      expect(fits.table, url).toBeLessThanOrEqual(fits.box + 0.5);
      expect(fits.box, url).toBeLessThanOrEqual(LAPTOP.width);
    }
  });
});
