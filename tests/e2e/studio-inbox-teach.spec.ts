/**
 * The inbox teaches the matcher: a reply no option understood is attached to an option in the
 * studio, the draft is published, the inbox says the reply left, and the same words typed in a
 * new call now count as that option.
 */
import { eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { getDb, schema } from "../../app/db.server";
import { expect, test } from "./fixtures";
import { currentView, type AttemptSnapshot } from "../../app/engine";
import { scriptDefinition } from "../../app/models/content/content.server";
import { NATURAL, naturalReply } from "./natural-replies";
import { attemptRow, fillCard, startCall } from "./rehearsal-helpers";
import { editorReady, expectDraftToContain, publishedTemplate } from "./studio-helpers";

const REPLY = "Is your car parking free for visitors?";

async function say(page: Page, text: string) {
  const before = await page.getByTestId("manager-line").count();
  await page.getByRole("textbox", { name: "Your reply" }).fill(text);
  await page.getByRole("button", { name: "Say it" }).click();
  await expect(page.getByTestId("manager-line")).toHaveCount(before + 1);
}

function turnsOf(attemptId: string) {
  return getDb()
    .select()
    .from(schema.attemptTurns)
    .where(eq(schema.attemptTurns.attemptId, attemptId))
    .orderBy(schema.attemptTurns.seq)
    .all();
}

test("a held reply attached to an option and published is understood in the next call, and leaves the inbox", async ({
  page,
  loginAs,
  createUser,
  pageOf,
}) => {
  test.setTimeout(180_000);
  const { itemId, slug } = await publishedTemplate();
  const manager = await createUser({ roles: ["manager"] });
  const call = await pageOf(manager);
  const first = await startCall(call, slug, { answer: "free", mode: "practice" });
  await say(call, REPLY);
  await expect(call.getByText("The lead did not follow you.")).toBeVisible();
  expect(turnsOf(first).map((turn) => turn.unmatched)).toEqual([true]);

  await loginAs(["content_lead"]);
  await page.goto(`/studio/inbox?item=${itemId}`);
  const group = page.getByTestId("reply-group").filter({ hasText: REPLY });
  await expect(group).toHaveCount(1);
  await expect(group.getByRole("checkbox", { name: REPLY })).toBeChecked();
  // the options of the version the reply was said in, labelled with their text
  await group
    .getByLabel("Option of the version they were said in")
    .selectOption({ label: "Best · Hi Sam, Alex from PrintCare. We look after printers for clinics nearby. Have you got two minutes?" });
  await group.getByRole("button", { name: "Add as examples in a draft" }).click();
  await page.waitForURL(new RegExp(`/studio/${itemId}\\?line=\\d+`));
  await editorReady(page);
  await expectDraftToContain(page, `<Example>${REPLY}</Example>`);
  await expect(page.getByTestId("status")).toHaveText("Changed since publish");

  // drafted, not yet published: the reply is still held, and says where it went
  await page.goto(`/studio/inbox?item=${itemId}`);
  await expect(group.getByTestId("drafted")).toContainText("opening-1");

  await page.goto(`/studio/${itemId}`);
  await editorReady(page);
  await page.getByLabel("Change note").fill("Parking question counts as the greeting");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("editor-status")).toHaveText(
    "Published version 2. 1 of 1 held reply now matches this version and left the inbox.",
  );

  await page.goto(`/studio/inbox?item=${itemId}`);
  await expect(page.getByText("No unmatched replies.")).toBeVisible();
  const recheck = page.getByTestId("recheck").first();
  await expect(recheck).toContainText("version 2: 1 of 1 held reply now matches and left the inbox.");
  await recheck.getByText("Replies that left").click();
  await expect(recheck.getByRole("listitem").filter({ hasText: REPLY })).toContainText("opening-1");
  const row = getDb().select().from(schema.unmatchedReplies).where(eq(schema.unmatchedReplies.attemptId, first)).get();
  expect(row).toMatchObject({ resolution: "matched", resolvedOptionId: "opening-1" });
  expect(row?.resolvedVersionId).toBeTruthy();

  // a new call: the same words now mean the greeting, and the lead moves on
  const second = await startCall(call, slug, { answer: "free", mode: "practice" });
  await say(call, REPLY);
  await expect(call.getByTestId("lead-line").last()).toContainText("Two minutes, go ahead.");
  expect(turnsOf(second).map((turn) => [turn.unmatched, turn.matchedOptionId])).toEqual([[false, "opening-1"]]);
});

test("similar replies at a step are one group and become a new option with the quality and target the lead picks; bad input is refused with a message", async ({
  page,
  loginAs,
  createUser,
  pageOf,
}) => {
  test.setTimeout(180_000);
  const { itemId, slug } = await publishedTemplate();
  const manager = await createUser({ roles: ["manager"] });
  const call = await pageOf(manager);
  await startCall(call, slug, { answer: "free", mode: "practice" });
  for (const line of [REPLY, "Is the car parking for visitors free?"]) await say(call, line);

  await loginAs(["content_lead"]);
  await page.goto(`/studio/inbox?item=${itemId}`);
  // similar wordings at one step are one group
  const group = page.getByTestId("reply-group").filter({ hasText: "car parking" });
  await expect(group).toHaveCount(1);
  await expect(group.getByTestId("reply-count")).toHaveText("2 replies");
  await expect(group).toContainText("Step opening");
  const ids = await group.locator('input[name="ids"]').inputValue();
  const origin = new URL(page.url()).origin;
  const post = (form: Record<string, string>) =>
    page.request.post("/studio/inbox", { form: { itemId, ids, ...form }, headers: { Origin: origin }, maxRedirects: 0 });
  expect((await post({ intent: "option", quality: "great", to: "discovery" })).status()).toBe(400);
  expect((await post({ intent: "option", quality: "good", to: "nowhere" })).status()).toBe(400);
  expect((await post({ intent: "example", target: "opening::no-such-option" })).status()).toBe(400);
  expect((await post({ intent: "example", target: "" })).status()).toBe(400);

  await group.getByLabel("Quality").selectOption({ label: "Ok" });
  await group.getByLabel("Leads to").selectOption("discovery");
  await group.getByRole("button", { name: "Make a new option in a draft" }).click();
  await page.waitForURL(new RegExp(`/studio/${itemId}\\?line=\\d+`));
  await editorReady(page);
  // the first wording is the option's text, the other one its example
  await expectDraftToContain(
    page,
    `<Option id="opening-inbox" to="discovery" quality="ok">\n    ${REPLY}\n    <Example>Is the car parking for visitors free?</Example>\n  </Option>`,
  );
  await expect(page.getByTestId("status")).toHaveText("Changed since publish");
  await page.goto(`/studio/inbox?item=${itemId}`);
  await expect(group.getByTestId("drafted")).toContainText("opening-inbox");
});

for (const lang of ["en", "ru"] as const) {
  test(`natural replies, not the options' words, carry a whole ${lang} library call in free text to a pass`, async ({ page, loginAs }) => {
    test.setTimeout(240_000);
    const { slug, replies, manager } = NATURAL[lang]!;
    // the manager introduces themselves by their own name, as [[manager]] in the script says it
    await loginAs(["manager"], { name: manager });
    const attemptId = await startCall(page, slug, { answer: "free", mode: "practice" });
    for (let turn = 0; turn < 30; turn += 1) {
      if (await page.getByRole("heading", { name: "Qualification card" }).isVisible()) break;
      const row = attemptRow(attemptId);
      const definition = scriptDefinition(row.versionId);
      if (!definition) throw new Error("definition missing");
      const snapshot = row.snapshot as AttemptSnapshot & { machine: { value: string; context: { revealed: string[] } } };
      const owner = currentView(definition, snapshot, row.mode).objection?.id ?? snapshot.machine.value;
      const text = naturalReply(replies, owner, snapshot.machine.context.revealed);
      if (!text) throw new Error(`no natural reply written for ${owner}`);
      await say(page, text);
    }
    await expect(page.getByRole("heading", { name: "Qualification card" })).toBeVisible();
    // every reply was understood as an option, though none uses an option's words
    const turns = turnsOf(attemptId);
    expect(turns.filter((turn) => turn.matchedOptionId === null).map((turn) => turn.text)).toEqual([]);
    expect(turns.filter((turn) => turn.unmatched).map((turn) => turn.text)).toEqual([]);
    expect(turns.length).toBeGreaterThanOrEqual(6);
    await fillCard(page, attemptId);
    await page.getByRole("form", { name: "Qualification card" }).getByRole("button", { name: "Finish and see the score" }).click();
    await page.waitForURL(/\/result$/);
    await expect(page.getByTestId("pass-state")).toHaveText("Passed");
    expect(Number(await page.getByTestId("total-score").textContent())).toBeGreaterThanOrEqual(80);
  });
}
