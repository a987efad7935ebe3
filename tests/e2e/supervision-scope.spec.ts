import { expect, test } from "./fixtures";
import { makeTeam, practiceCall } from "./supervision-helpers";

test.describe("supervision scope", () => {
  test("a supervisor sees only their teams' people; a manager only themself", async ({ page, baseURL, loginAs, createUser, pageOf }) => {
    const me = await loginAs(["supervisor"]);
    const rival = await createUser({ roles: ["supervisor"] });
    const mine = await createUser({ roles: ["manager"], name: `Mine ${Date.now()}` });
    const theirs = await createUser({ roles: ["manager"], name: `Theirs ${Date.now()}` });
    await makeTeam(me.id, [mine.id], "scope-a");
    await makeTeam(rival.id, [theirs.id], "scope-b");
    const attempts: Record<string, string> = {};
    for (const person of [mine, theirs]) {
      attempts[person.id] = await practiceCall(await pageOf(person));
    }

    await page.goto("/supervise");
    await expect(page.getByTestId("recent-attempts")).toContainText(mine.name);
    await expect(page.getByText(theirs.name)).toHaveCount(0);
    expect((await page.request.get(`/supervise/people/${theirs.id}`)).status()).toBe(404);
    expect((await page.request.get(`/review/${attempts[theirs.id]}`)).status()).toBe(404);
    expect((await page.request.get(`/review/${attempts[mine.id]}`)).status()).toBe(200);
    const forged = await page.request.post(`/review/${attempts[theirs.id]}`, {
      form: { intent: "override", score: "1", reason: "not my person" },
      headers: { Origin: baseURL! },
    });
    expect(forged.status()).toBe(404);
    const csv = await (await page.request.get("/supervise/export?period=30")).text();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(mine.name);
    expect(csv).not.toContain(theirs.name);

    // A manager: their own dispute page only, and no supervisor pages.
    const m = await pageOf(mine);
    expect((await m.request.get(`/review/dispute/${attempts[mine.id]}`)).status()).toBe(200);
    expect((await m.request.get(`/review/dispute/${attempts[theirs.id]}`)).status()).toBe(404);
    expect((await m.request.get(`/review/${attempts[mine.id]}`)).status()).toBe(403);
    expect((await m.request.get("/supervise/export")).status()).toBe(403);
  });

  test("the public verification page shows the name, the certification and the expiry date, nothing more", async ({ page, createUser }) => {
    const holder = await createUser({ roles: ["manager"], name: `Holder ${Date.now()}` });
    const { createCertification, issueCertificate } = await import("../../app/models/certification/certificate.server");
    const { getItemBySlug } = await import("../../app/models/content/content.server");
    const { getDb, schema } = await import("../../app/db.server");
    const { eq } = await import("drizzle-orm");
    const certificationId = createCertification({
      title: "Objection handling",
      validityDays: 365,
      renewBeforeDays: 30,
      items: [{ itemId: getItemBySlug("script", "objection-drill-en")?.id ?? "", passMark: 70 }],
      createdBy: null,
    });
    const id = issueCertificate({ userId: holder.id, certificationId, assignmentId: null });
    const code = getDb().select().from(schema.certificates).where(eq(schema.certificates.id, id)).get()?.code ?? "";
    await page.goto(`/verify/${code}`);
    const facts = page.getByTestId("verify-facts");
    await expect(facts.locator("dt")).toHaveText(["Name", "Certification", "Valid until"]);
    await expect(facts.locator("dd").nth(0)).toHaveText(holder.name);
    await expect(facts.locator("dd").nth(1)).toHaveText("Objection handling");
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).not.toContain(holder.email);
    expect(text).not.toContain(code);
    await page.goto("/verify/AAAA-BBBB-CCCC");
    await expect(page.getByRole("alert")).toContainText("No certificate has this code");
  });
});
