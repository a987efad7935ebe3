import type { Locator } from "@playwright/test";
import { createCertification, issueCertificate } from "../../app/models/certification/certificate.server";
import { getItemBySlug } from "../../app/models/content/content.server";
import { expect, test } from "./fixtures";
import { makeTeam } from "./supervision-helpers";

/** The language of every item in a content list, in the order shown. */
const languagesShown = (list: Locator) =>
  list.locator("label:visible").evaluateAll((labels) => labels.map((l) => l.getAttribute("data-lang")));

test.describe("one language per page", () => {
  test("the assignment form names each item's kind and language in words, Russian items first in Russian", async ({
    page,
    loginAs,
    createUser,
  }) => {
    const supervisor = await loginAs(["supervisor"], { locale: "ru" });
    const member = await createUser({ roles: ["manager"] });
    await makeTeam(supervisor.id, [member.id], "wording");
    await page.goto("/supervise/assignments/new");
    const list = page.getByTestId("content-choices");
    await expect(list).toBeVisible();
    const text = await list.innerText();
    expect(text).not.toMatch(/\((script|quiz|lesson), (ru|en)\)/);
    await expect(list.locator("label:visible").first()).toContainText("· Скрипт · Русский");
    await expect(list).toContainText("· Тест · Английский");
    const langs = await languagesShown(list);
    expect(langs.indexOf("en")).toBeGreaterThan(0);
    expect(
      langs.slice(langs.indexOf("en")).every((lang) => lang === "en"),
      "every Russian item before the English ones",
    ).toBe(true);
  });

  test("the certification form does the same, English first in English", async ({ page, loginAs }) => {
    await loginAs(["supervisor"], { locale: "en" });
    await page.goto("/supervise/certifications");
    const list = page.getByTestId("content-choices");
    await expect(list.locator("label").first()).toContainText("· Script · English");
    await expect(list).toContainText("· Quiz · Russian");
    const langs = await languagesShown(list);
    expect(
      langs.slice(langs.indexOf("ru")).every((lang) => lang === "ru"),
      "every English item before the Russian ones",
    ).toBe(true);
  });

  test("the studio preview labels the lead's card in the interface language", async ({ page, loginAs }) => {
    await loginAs(["content_lead"], { locale: "ru" });
    const item = getItemBySlug("script", "warm-inbound-en");
    await page.goto(`/studio/${item?.id}/preview`);
    const brief = page.getByTestId("script-brief");
    await expect(brief.locator("dt")).toHaveText(["Компания", "Контакт"]);
    await expect(brief).toContainText("Заявка:");
    await expect(brief.locator("dd").first()).toHaveAttribute("lang", "en");
  });

  test("version 1's note says it was imported, in the interface language", async ({ page, loginAs }) => {
    await loginAs(["content_lead"], { locale: "ru" });
    const item = getItemBySlug("script", "warm-inbound-en");
    await page.goto(`/studio/${item?.id}/versions`);
    const first = page.getByTestId("version-row").last();
    await expect(first).toContainText("Импортирована из scripts-content/scripts/warm-inbound.en.mdx");
    await expect(first).not.toContainText("Imported from");
  });

  test("a certificate's notification and page say «сертификат» once, however the certification is titled", async ({ page, loginAs }) => {
    const manager = await loginAs(["manager"], { locale: "ru" });
    const item = getItemBySlug("script", "cold-gatekeeper-ru");
    const title = `Сертификат: холодный звонок ${Date.now()}`;
    const certificationId = createCertification({
      title,
      validityDays: 365,
      renewBeforeDays: 30,
      items: [{ itemId: item?.id ?? "", passMark: 70 }],
      createdBy: null,
    });
    const certificateId = issueCertificate({ userId: manager.id, certificationId, assignmentId: null });
    await page.goto("/notifications");
    const note = page.locator('[data-kind="certificate_issued"]');
    await expect(note).toContainText(`Вы получили сертификат «${title.replace("Сертификат: х", "Х")}»`);
    expect((await note.innerText()).match(/сертификат/gi)).toHaveLength(1);
    await page.goto(`/certificates/${certificateId}`);
    await expect(page.locator("article")).toContainText(title.replace("Сертификат: х", "Х"));
    expect((await page.locator("article").innerText()).match(/сертификат/gi)).toHaveLength(1);
  });
});
