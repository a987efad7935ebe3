import { expect, test } from "./fixtures";
import { attemptRow, fillCard, optionFor, playChoices, startCall, turnCount } from "./rehearsal-helpers";

test.describe("rehearsal", () => {
  test("a warm lead in choice mode with the best options passes and shows per-skill scores", async ({ page, loginAs }) => {
    await loginAs(["manager"]);
    await page.goto("/rehearse");
    await page.getByRole("link", { name: /office lunches/ }).click();
    await expect(page.getByText("Their request")).toBeVisible();
    const attemptId = await startCall(page, "warm-inbound-en", { answer: "choice", mode: "practice" });
    await expect(page.getByRole("heading", { name: "Lead's mood" })).toBeVisible();
    await playChoices(page, attemptId, "best");
    const card = page.getByRole("form", { name: "Qualification card" });
    // Everything the lead revealed goes on the card: a card worth the name is a gate of the pass.
    await fillCard(page, attemptId);
    await card.getByRole("button", { name: "Finish and see the score" }).click();
    await page.waitForURL(/\/result$/);
    await expect(page.getByTestId("pass-state")).toHaveText("Passed");
    const total = Number(await page.getByTestId("total-score").textContent());
    expect(total).toBeGreaterThanOrEqual(70);
    const skills = page.getByTestId("skill-scores");
    await expect(skills.getByRole("row")).not.toHaveCount(0);
    await expect(skills.getByRole("rowheader", { name: "Discovery" })).toBeVisible();
    expect(attemptRow(attemptId).status).toBe("finished");
  });

  test("a cold lead in free text hangs up on a rude opening", async ({ page, loginAs }) => {
    await loginAs(["manager"]);
    const attemptId = await startCall(page, "cold-gatekeeper-en", { answer: "free", mode: "practice" });
    const rude = [
      "Listen, just put me through to your boss.",
      "I don't care who you are, give me the director now.",
      "Stop wasting my time and transfer me.",
    ];
    for (const line of rude) {
      if (await page.getByText("The lead hung up.").isVisible()) break;
      await page.getByRole("textbox", { name: "Your reply" }).fill(line);
      await page.getByRole("button", { name: "Say it" }).click();
      await expect(page.getByTestId("manager-line").last()).toHaveText(line);
    }
    await expect(page.getByText("The lead hung up.")).toBeVisible();
    expect(attemptRow(attemptId).outcome).toBe("hung_up");
  });

  test("exam mode shows no hints, no mood and no feedback", async ({ page, loginAs }) => {
    await loginAs(["manager"]);
    const attemptId = await startCall(page, "warm-inbound-en", { answer: "choice", mode: "exam" });
    await expect(page.getByText("Exam mode: no hints")).toBeVisible();
    await expect(page.getByText("Show a hint")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Lead's mood" })).toHaveCount(0);
    await page.locator(`button[name=optionId][value="${optionFor(attemptId, "best").id}"]`).click();
    await expect(page.getByTestId("manager-line")).toHaveCount(1);
    await expect(page.getByRole("heading", { name: "How your last reply did" })).toHaveCount(0);
    await expect(page.getByText("Model answer")).toHaveCount(0);
  });

  test("practice mode offers a hint and explains the last reply", async ({ page, loginAs }) => {
    await loginAs(["manager"]);
    const attemptId = await startCall(page, "warm-inbound-en", { answer: "choice", mode: "practice" });
    await page.getByText("Show a hint").click();
    await page.locator(`button[name=optionId][value="${optionFor(attemptId, "best").id}"]`).click();
    await expect(page.getByRole("heading", { name: "How your last reply did" })).toBeVisible();
  });

  test("reloading mid-call returns to the same turn, and a double submit counts once", async ({ page, loginAs }) => {
    await loginAs(["manager"]);
    const attemptId = await startCall(page, "warm-inbound-en", { answer: "choice", mode: "practice" });
    await page.locator(`button[name=optionId][value="${optionFor(attemptId, "best").id}"]`).click();
    await expect(page.getByTestId("manager-line")).toHaveCount(1);
    const transcript = await page.getByRole("log").textContent();
    await page.reload();
    await expect(page.getByRole("log")).toHaveText(transcript ?? "");
    // the same turn number sent twice, as a double click or a retry after a lost response would
    const option = optionFor(attemptId, "best");
    const send = () =>
      page.request.post(`/attempts/${attemptId}`, {
        form: { intent: "reply", seq: "2", optionId: option.id },
        headers: { Origin: new URL(page.url()).origin },
        maxRedirects: 0,
      });
    const [first, second] = await Promise.all([send(), send()]);
    expect([first.status(), second.status()]).toEqual([302, 302]);
    expect(turnCount(attemptId)).toBe(2);
    expect(attemptRow(attemptId).turnCount).toBe(2);
  });

  test("an open call can be abandoned", async ({ page, loginAs }) => {
    await loginAs(["manager"]);
    const attemptId = await startCall(page, "warm-inbound-en", { answer: "choice", mode: "practice" });
    await page.getByTestId("abandon").getByText("Abandon this call").click();
    await page.getByRole("button", { name: "Yes, abandon the call" }).click();
    await page.waitForURL(/\/rehearse$/);
    expect(attemptRow(attemptId).status).toBe("abandoned");
  });

  test("choice mode works with JavaScript off", async ({ createUser, pageOf }) => {
    const user = await createUser({ roles: ["manager"] });
    const page = await pageOf(user, { javaScriptEnabled: false });
    const attemptId = await startCall(page, "warm-inbound-en", { answer: "choice", mode: "practice" });
    await playChoices(page, attemptId, "best");
    await page.getByRole("button", { name: "Finish and see the score" }).click();
    await page.waitForURL(/\/result$/);
    await expect(page.getByTestId("total-score")).toBeVisible();
  });
});
