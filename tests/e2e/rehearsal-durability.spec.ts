import { expect, test } from "./fixtures";
import { attemptRow, currentObjectionType, optionFor, startCall, turnCount } from "./rehearsal-helpers";

const GOOD_HANDLING: Record<string, string> = {
  price:
    "I understand, price matters. What are you comparing it with? If it saves you an hour a day, would that cover it? Does that answer your concern?",
  time: "I understand, you're busy. Is it only today, or is the timing the issue? I can call tomorrow at 10 or Thursday at 2, which suits you?",
  send_email:
    "Of course, I understand. So I send the right thing, what matters most to you? I'll send it today and call you Thursday at 11, does that work?",
  have_supplier:
    "I understand, it's good you have a reliable supplier. What do you value most in them? Many clients keep theirs and try us on one order, you lose nothing. Does that sound fair?",
  no_need: "I understand. May I ask how you handle it now? Many clients felt the same until they compared costs. Does that make sense?",
  think_about_it:
    "Of course, it's a big decision. What exactly would you like to think over? Is it the price or the terms? Shall we talk again on Friday at 3?",
  ask_boss:
    "I understand, your director decides. What will matter most to them? Shall we set up a short call with both of you on Thursday at 11?",
  other: "I understand. What exactly worries you? Does that answer your question?",
};

test.describe("rehearsal durability", () => {
  test("an objection answered well in free text shows highlighted evidence on the result page", async ({ page, loginAs }) => {
    await loginAs(["manager"]);
    const attemptId = await startCall(page, "objection-drill-en", { answer: "free", mode: "practice" });
    let handled = 0;
    for (let turn = 0; turn < 40; turn += 1) {
      if (await page.getByRole("heading", { name: "Qualification card" }).isVisible()) break;
      const objection = currentObjectionType(attemptId);
      const text = objection ? (GOOD_HANDLING[objection] ?? GOOD_HANDLING.other!) : optionFor(attemptId, "best").text;
      if (objection) handled += 1;
      const before = turnCount(attemptId);
      await page.getByRole("textbox", { name: "Your reply" }).fill(text);
      await page.getByRole("button", { name: "Say it" }).click();
      await expect.poll(() => turnCount(attemptId)).toBe(before + 1);
      await expect(page.getByTestId("manager-line")).toHaveCount(before + 1);
    }
    expect(handled).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Finish and see the score" }).click();
    await page.waitForURL(/\/result$/);
    const objectionTurn = page.getByTestId("result-turn").filter({ hasText: "I understand" }).first();
    const good = objectionTurn.locator('mark[data-evidence="good"]');
    await expect(good.first()).toBeVisible();
    const marked = (await good.allTextContents()).join(" | ");
    expect(marked).toMatch(/I understand|What (are you comparing|exactly|will matter|do you value)|Is it only/i);
  });

  test("a server killed mid-call keeps every acknowledged turn and the call continues", async ({ page, loginAs, server }) => {
    await loginAs(["manager"]);
    const attemptId = await startCall(page, "warm-inbound-en", { answer: "choice", mode: "practice" });
    for (let i = 1; i <= 2; i += 1) {
      await page.locator(`button[name=optionId][value="${optionFor(attemptId, "best").id}"]`).click();
      await expect(page.getByTestId("manager-line")).toHaveCount(i);
    }
    const seen = await page.getByTestId("manager-line").allTextContents();
    await server.restart("SIGKILL");
    await page.reload();
    await expect(page.getByTestId("manager-line")).toHaveText(seen);
    await page.locator(`button[name=optionId][value="${optionFor(attemptId, "best").id}"]`).click();
    await expect(page.getByTestId("manager-line")).toHaveCount(3);
    expect(attemptRow(attemptId).turnCount).toBe(3);
  });

  test("a manager cannot see or act on another manager's attempt", async ({ page, baseURL, loginAs, createUser, pageOf }) => {
    await loginAs(["manager"]);
    const attemptId = await startCall(page, "warm-inbound-en", { answer: "choice", mode: "practice" });
    const intruder = await createUser({ roles: ["manager"] });
    const { request } = await pageOf(intruder);
    const origin = { Origin: baseURL! };
    expect((await request.get(`/attempts/${attemptId}`)).status()).toBe(404);
    expect((await request.get(`/attempts/${attemptId}/result`)).status()).toBe(404);
    const option = optionFor(attemptId, "best");
    const reply = await request.post(`/attempts/${attemptId}`, {
      form: { intent: "reply", seq: "1", optionId: option.id },
      headers: origin,
      maxRedirects: 0,
    });
    expect(reply.status()).toBe(404);
    const finish = await request.post(`/attempts/${attemptId}`, { form: { intent: "finish" }, headers: origin, maxRedirects: 0 });
    expect(finish.status()).toBe(404);
    const abandon = await request.post(`/attempts/${attemptId}`, { form: { intent: "abandon" }, headers: origin, maxRedirects: 0 });
    expect(abandon.status()).toBe(404);
    expect(attemptRow(attemptId).status).toBe("open");
    expect(turnCount(attemptId)).toBe(0);
  });
});
