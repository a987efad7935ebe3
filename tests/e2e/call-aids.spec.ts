import { expect, test } from "./fixtures";
import { attemptRow, startCall, turnCount } from "./rehearsal-helpers";

test.describe("what the call page gives a manager", () => {
  test("abandoning asks first: one click changes nothing, the confirmation ends the call", async ({ page, loginAs }) => {
    await loginAs(["manager"]);
    const attemptId = await startCall(page, "warm-inbound-en", { answer: "choice", mode: "practice" });
    await page.getByTestId("abandon").getByText("Abandon this call").click();
    const confirm = page.getByRole("button", { name: "Yes, abandon the call" });
    await expect(confirm).toBeVisible();
    await expect(page.getByText("The call ends here without a score")).toBeVisible();
    expect(page.url()).toMatch(/\/attempts\/[^/]+$/);
    expect(attemptRow(attemptId).status).toBe("open");

    await confirm.click();
    await page.waitForURL(/\/rehearse$/);
    expect(attemptRow(attemptId).status).toBe("abandoned");
  });

  test("abandoning is confirmed without JavaScript too, and an unconfirmed abandon is refused", async ({ createUser, pageOf }) => {
    const user = await createUser({ roles: ["manager"] });
    const page = await pageOf(user, { javaScriptEnabled: false });
    const attemptId = await startCall(page, "warm-inbound-en", { answer: "choice", mode: "practice" });
    const refused = await page.request.post(`/attempts/${attemptId}`, {
      form: { intent: "abandon" },
      headers: { Origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(400);
    expect(attemptRow(attemptId).status).toBe("open");

    await page.getByTestId("abandon").getByText("Abandon this call").click();
    await page.getByRole("button", { name: "Yes, abandon the call" }).click();
    await page.waitForURL(/\/rehearse$/);
    expect(attemptRow(attemptId).status).toBe("abandoned");
  });

  test("the lead's card stays beside the call, labelled in the interface language, and folds away", async ({ page, loginAs }) => {
    await loginAs(["manager"], { locale: "ru" });
    // Choice and practice are the defaults on the brief.
    await page.goto("/rehearse/warm-inbound-en");
    await page.getByRole("button", { name: "Начать звонок" }).click();
    await page.waitForURL(/\/attempts\/[^/]+$/);
    const card = page.getByTestId("lead-card");
    await expect(card.locator("summary")).toHaveText("Что вы знаете о клиенте");
    await expect(card.locator("dt").first()).toHaveText("Компания");
    await expect(card.locator("dd").first()).toHaveText("Owl Studio, web agency, Bristol, 35 staff");
    await expect(card.locator("dd").first()).toHaveAttribute("lang", "en");
    await expect(card).toContainText("Заявка");
    await expect(card).toContainText("Megan Hill, HR manager");
    await card.locator("summary").click();
    await expect(card.locator("dd").first()).toBeHidden();
    // Still folded after a turn: the page keeps what the manager chose.
    await page.locator("button[name=optionId]").first().click();
    await expect(page.getByTestId("manager-line")).toHaveCount(1);
    await expect(card.locator("dd").first()).toBeHidden();
  });

  test("the reply box says Ctrl+Enter sends, and Ctrl+Enter or ⌘+Enter does", async ({ page, loginAs }) => {
    await loginAs(["manager"]);
    const attemptId = await startCall(page, "warm-inbound-en", { answer: "free", mode: "practice" });
    const box = page.getByRole("textbox", { name: "Your reply" });
    await expect(box).toHaveAccessibleDescription("Ctrl+Enter sends your reply; Enter starts a new line.");

    await box.fill("Hello Megan, this is Alex from the catering company, you left a request about lunches yesterday.");
    await box.press("Enter");
    await expect(box).toHaveValue(/yesterday\.\n$/);
    expect(turnCount(attemptId)).toBe(0);
    await box.press("Control+Enter");
    await expect(page.getByTestId("manager-line")).toHaveCount(1);
    expect(turnCount(attemptId)).toBe(1);

    const next = page.getByRole("textbox", { name: "Your reply" });
    await next.fill("How many people would eat every day, and what time suits you for delivery?");
    await next.press("Meta+Enter");
    await expect(page.getByTestId("manager-line")).toHaveCount(2);
  });
});
