/**
 * Text people typed — names, replies, the qualification card, comments, reasons, answers — is
 * isolated for direction wherever a page shows it, so a right-to-left override (U+202E) inside it
 * cannot reach the words around it. Every such text on every page is checked: it must sit in a
 * <bdi> or an element with dir whose whole text is that typed text (nothing of the page's own),
 * or be wrapped in the isolate marks U+2068…U+2069 where no element fits (an <option>, a notice).
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { attemptIdFromUrl, playChoices, startCall } from "./rehearsal-helpers";
import { makeTeam } from "./supervision-helpers";

const RLO = "\u202E";
const typed = {
  manager: `Bidi Manager ${RLO}anirak`,
  supervisor: `Bidi Supervisor ${RLO}rosivrep`,
  admin: `Bidi Admin ${RLO}nimda`,
  lead: `Bidi Lead ${RLO}dael`,
  need: `Bidi need: ${RLO}a canteen for the new office`,
  dispute: `Bidi dispute: ${RLO}the budget question in turn 3 was not counted`,
  comment: `Bidi comment: ${RLO}good opening, slow close`,
  reason: `Bidi reason: ${RLO}the close named no time`,
  answer: `Bidi answer: ${RLO}the budget question counts`,
  reply: `Bidi reply: ${RLO}our vending robots never sleep`,
};
const known = Object.values(typed);

/** Text nodes showing typed text that nothing isolates (or that share their isolation with page words). */
function unisolated(page: Page): Promise<string[]> {
  return page.evaluate((strings) => {
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? "";
      const parent = node.parentElement;
      if (!text.includes("Bidi ") || !parent || parent.closest("script, style, template, textarea")) continue;
      if (strings.some((s) => text.includes(`\u2068${s}\u2069`))) continue;
      const own = parent.closest("bdi, [dir]")?.textContent?.trim();
      if (!own || !strings.some((s) => s.includes(own))) bad.push(`<${parent.tagName.toLowerCase()}> ${JSON.stringify(text)}`);
    }
    return bad;
  }, known);
}

async function expectIsolated(page: Page, path: string, mustShow: string[]) {
  await page.goto(path);
  for (const text of mustShow) await expect(page.getByText(text, { exact: false }).first()).toBeAttached();
  expect(await unisolated(page), path).toEqual([]);
}

test("names, replies, cards, comments, reasons and answers are isolated for direction on every page", async ({
  page,
  createUser,
  signInContext,
  pageOf,
}) => {
  test.setTimeout(240_000);
  const as = async (who: Awaited<ReturnType<typeof createUser>>) => ({ page: await pageOf(who) });
  const manager = await createUser({ roles: ["manager"], name: typed.manager });
  const supervisor = await createUser({ roles: ["supervisor"], name: typed.supervisor });
  const admin = await createUser({ roles: ["admin"], name: typed.admin });
  const lead = await createUser({ roles: ["content_lead"], name: typed.lead });
  const teamId = await makeTeam(supervisor.id, [manager.id], `bidi-${Date.now()}`);

  // The manager: a finished call with a typed card, a dispute, and a free-text reply.
  await signInContext(page.context(), manager);
  await startCall(page, "warm-inbound-en", { answer: "choice", mode: "practice" });
  const attemptId = attemptIdFromUrl(page);
  await playChoices(page, attemptId, "best");
  const card = page.getByRole("form", { name: "Qualification card" });
  await card.getByLabel("Yes").check();
  await card.getByLabel("Need").fill(typed.need);
  await card.getByRole("button", { name: "Finish and see the score" }).click();
  await page.waitForURL(/\/result$/);
  await page.goto(`/review/dispute/${attemptId}`);
  await page.getByLabel("Why the score is wrong").fill(typed.dispute);
  await page.getByRole("button", { name: "Send the dispute" }).click();
  await expect(page.getByText("Your dispute has been sent")).toBeVisible();
  await startCall(page, "objection-drill-en", { answer: "free", mode: "practice" });
  const freeCall = page.url();
  await page.getByRole("textbox", { name: "Your reply" }).fill(typed.reply);
  await page.getByRole("button", { name: "Say it" }).click();
  await expect(page.getByTestId("manager-line").first()).toHaveText(typed.reply);

  // The supervisor comments, overrides and answers the dispute.
  const s = await as(supervisor);
  await s.page.goto(`/review/${attemptId}`);
  await s.page.getByLabel("Comment on the whole call").fill(typed.comment);
  await s.page.getByRole("button", { name: "Add comment" }).last().click();
  await expect(s.page.getByTestId("review-comment")).toHaveCount(1);
  const override = s.page.getByRole("region", { name: "Change the score" });
  await override.getByLabel("New score (0–100)").fill("71");
  await override.getByLabel("Reason (required)").fill(typed.reason);
  await override.getByRole("button", { name: "Change the score" }).click();
  await expect(s.page.getByText("Score changed.")).toBeVisible();
  await s.page.getByLabel("Your answer to the manager (required)").fill(typed.answer);
  await s.page.getByRole("button", { name: "Reject" }).click();
  await expect(s.page.getByText("Dispute answered.")).toBeVisible();

  await expectIsolated(page, "/", [typed.manager]);
  await expectIsolated(page, "/account", [typed.manager]);
  await expectIsolated(page, freeCall, [typed.reply]);
  await expectIsolated(page, `/attempts/${attemptId}/result`, [typed.need, typed.reason]);
  await expectIsolated(page, `/review/dispute/${attemptId}`, [typed.dispute, typed.answer]);

  await expectIsolated(s.page, `/supervise?team=${teamId}`, [typed.manager, typed.supervisor]);
  await expectIsolated(s.page, "/supervise", [typed.manager]);
  await expectIsolated(s.page, `/supervise/teams/${teamId}`, [typed.manager]);
  await expectIsolated(s.page, `/supervise/people/${manager.id}`, [typed.manager]);
  await expectIsolated(s.page, `/review/${attemptId}`, [
    typed.manager,
    typed.comment,
    typed.reason,
    typed.dispute,
    typed.answer,
    typed.supervisor,
  ]);

  const a = await as(admin);
  await expectIsolated(a.page, "/admin/users", [typed.manager, typed.lead]);
  await expectIsolated(a.page, `/admin/users/${manager.id}`, [typed.manager]);
  await expectIsolated(a.page, `/admin/teams/${teamId}`, [typed.manager, typed.supervisor]);

  const c = await as(lead);
  await expectIsolated(c.page, "/studio/inbox", [typed.reply]);
});
