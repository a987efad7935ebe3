import { eq } from "drizzle-orm";
import { getDb, schema } from "../../app/db.server";
import { expect, test } from "./fixtures";
import { startCall, turnCount } from "./rehearsal-helpers";

/** A stand-in for the browser's speech recogniser: "hears" a fixed sentence as soon as it starts. */
const FAKE_RECOGNITION = `
  window.__spoken = [];
  Object.defineProperty(window, "speechSynthesis", {
    configurable: true,
    value: { speak: (u) => window.__spoken.push([u.text, u.lang]), cancel: () => {} },
  });
  window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ""; };
  class FakeRecognition {
    start() { setTimeout(() => { this.onresult?.({ results: [[{ transcript: "How do your staff have lunch now?" }]] }); this.onend?.(); }, 10); }
    stop() { this.onend?.(); }
  }
  window.SpeechRecognition = FakeRecognition;
  window.webkitSpeechRecognition = FakeRecognition;
`;

const NO_SPEECH = `
  delete window.SpeechRecognition;
  delete window.webkitSpeechRecognition;
  Object.defineProperty(window, "speechSynthesis", { value: undefined });
  delete window.speechSynthesis;
`;

test.describe("voice", () => {
  test("lead lines are spoken in the script's language and a spoken answer fills the reply box", async ({ page, loginAs }) => {
    await page.addInitScript(FAKE_RECOGNITION);
    await loginAs(["manager"]);
    await startCall(page, "warm-inbound-ru", { answer: "free", mode: "practice" });
    await page.getByLabel("Read the lead's lines aloud").check();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: string[][] }).__spoken.length)).toBeGreaterThan(0);
    const [text, lang] = await page.evaluate(() => (window as unknown as { __spoken: string[][] }).__spoken[0] ?? []);
    expect(lang).toBe("ru-RU");
    expect(text).toBeTruthy();
    await page.getByRole("button", { name: "Answer by voice" }).click();
    await expect(page.getByRole("textbox", { name: "Your reply" })).toHaveValue("How do your staff have lunch now?");
  });

  test("where the browser has no speech features, no voice control is shown", async ({ page, loginAs }) => {
    await page.addInitScript(NO_SPEECH);
    await loginAs(["manager"]);
    await startCall(page, "warm-inbound-en", { answer: "free", mode: "practice" });
    await expect(page.getByRole("textbox", { name: "Your reply" })).toBeVisible();
    await expect(page.getByLabel("Read the lead's lines aloud")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Answer by voice" })).toHaveCount(0);
  });
});

test("a free-text reply that fits no option gets a human reaction and lands in the content lead's inbox", async ({ page, loginAs }) => {
  await loginAs(["manager"]);
  const attemptId = await startCall(page, "warm-inbound-en", { answer: "free", mode: "practice" });
  const nonsense = "The weather in Lisbon was lovely and my cat enjoys jazz.";
  await page.getByRole("textbox", { name: "Your reply" }).fill(nonsense);
  await page.getByRole("button", { name: "Say it" }).click();
  await expect(page.getByText("The lead did not follow you.")).toBeVisible();
  expect(turnCount(attemptId)).toBe(1);
  const rows = getDb().select().from(schema.unmatchedReplies).where(eq(schema.unmatchedReplies.attemptId, attemptId)).all();
  expect(rows.map((r) => r.text)).toEqual([nonsense]);
  expect(rows[0]?.versionId).toBeTruthy();
});
