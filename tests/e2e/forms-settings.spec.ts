/**
 * Issue 13 for the one-button forms (the team's leaderboard switch, the outbox's "send again", the
 * language switcher): parsed through conform + zod like every other form; a success is announced
 * once by the toast; what no page of ours sends is refused with a 4xx, never a 5xx.
 */
import { eq } from "drizzle-orm";
import { expect, test } from "./fixtures";
import { expectToastOnce, msg } from "./form-helpers";
import { makeTeam } from "./supervision-helpers";
import { getDb, schema } from "../../app/db.server";

test.describe("one-button forms", () => {
  test("a Russian supervisor switches the leaderboard off and is told once; a forged value is refused with 400", async ({
    page,
    baseURL,
    loginAs,
  }) => {
    const supervisor = await loginAs(["supervisor"], { locale: "ru" });
    const teamId = await makeTeam(supervisor.id, [], "forms-leader");
    await page.goto(`/supervise/teams/${teamId}`);
    await page.getByRole("button", { name: msg("ru", "supervise.leader.toggleOff") }).click();
    await expect(page.getByRole("button", { name: msg("ru", "supervise.leader.toggleOn") })).toBeVisible();
    await expectToastOnce(page, msg("ru", "supervise.leader.saved"));

    const forged = await page.request.post(`/supervise/teams/${teamId}`, {
      form: { leaderboard: "maybe" },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(400);
    await page.reload();
    await expect(page.getByRole("button", { name: msg("ru", "supervise.leader.toggleOn") })).toBeVisible();
  });

  test("an English admin sends a failed message again (told once); one already sent is refused above the list", async ({
    page,
    baseURL,
    loginAs,
    createUser,
  }) => {
    const admin = await loginAs(["admin"], { locale: "en" });
    const invited = await createUser({ roles: ["manager"], password: null, locale: "en" });
    const { issueLink } = await import("../../app/models/organisation/admin.server");
    issueLink(admin.id, invited.id);
    const row = getDb().select().from(schema.outbox).where(eq(schema.outbox.toAddress, invited.email)).get();
    if (!row) throw new Error("no mail queued");
    const setStatus = (status: "failed" | "sent") =>
      getDb().update(schema.outbox).set({ status, attempts: 3, lastError: "test" }).where(eq(schema.outbox.id, row.id)).run();

    setStatus("failed");
    await page.goto("/admin/mail?show=all");
    const line = page.getByTestId("outbox").getByRole("row", { name: new RegExp(invited.email) });
    await line.getByRole("button", { name: msg("en", "outbox.resend") }).click();
    await expect(page).toHaveURL(/\/admin\/mail\?show=all$/);
    await expectToastOnce(page, msg("en", "outbox.resent"));

    // Sent meanwhile (by the worker, or another admin): the button's answer says so and sends nothing twice.
    setStatus("failed");
    await page.reload();
    setStatus("sent");
    await line.getByRole("button", { name: msg("en", "outbox.resend") }).click();
    await expect(page.getByRole("alert")).toHaveText(msg("en", "outbox.notResent"));

    const forged = await page.request.post("/admin/mail?index", { form: { intent: "resend", id: "-1" }, headers: { Origin: baseURL! } });
    expect(forged.status()).toBe(400);
  });

  test("the language switcher ignores a language we do not have and leads back", async ({ page, baseURL, loginAs }) => {
    await loginAs(["manager"], { locale: "en" });
    const res = await page.request.post("/set-language", {
      form: { locale: "de", redirectTo: "/account" },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(302);
    expect(res.headers()["location"]).toBe("/account");
    await page.goto("/account");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
