/**
 * What a test needs to know that a manager would have to work out: which reply the script's author
 * marked best (or worst) at the current moment of an attempt. Read straight from the database.
 */
import { eq } from "drizzle-orm";
import { expect, type Page } from "@playwright/test";
import { getDb, schema } from "../../app/db.server";
import { currentView, isV2Definition, openOptionDefs, personaFor, pickOption, type Policy } from "../../app/engine";
import { scriptDefinition } from "../../app/models/content/content.server";

export function attemptIdFromUrl(page: Page): string {
  const match = /\/attempts\/([^/?#]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on an attempt page: ${page.url()}`);
  return match[1];
}

export function attemptRow(attemptId: string) {
  const row = getDb().select().from(schema.attempts).where(eq(schema.attempts.id, attemptId)).get();
  if (!row) throw new Error(`attempt ${attemptId} not found`);
  return row;
}

export function turnCount(attemptId: string): number {
  return getDb().select().from(schema.attemptTurns).where(eq(schema.attemptTurns.attemptId, attemptId)).all().length;
}

/** The option the author marked best (or worst) for where the call stands now. */
export function optionFor(attemptId: string, policy: Policy) {
  const row = attemptRow(attemptId);
  const definition = scriptDefinition(row.versionId);
  if (!definition) throw new Error("definition missing");
  const snapshot = row.snapshot;
  const option = pickOption(openOptionDefs(definition, snapshot), policy);
  if (!option) throw new Error("no open option");
  return option;
}

/** Opens the brief of a script and starts a call with the given modes. */
export async function startCall(page: Page, slug: string, modes: { answer: "choice" | "free"; mode: "practice" | "exam" }) {
  await page.goto(`/rehearse/${slug}`);
  await page.getByRole("radio", { name: modes.answer === "choice" ? /Choose among replies/ : /Type freely/ }).check();
  await page.getByRole("radio", { name: modes.mode === "practice" ? /^Practice/ : /^Exam/ }).check();
  await page.getByRole("button", { name: "Start the call" }).click();
  await page.waitForURL(/\/attempts\/[^/]+$/);
  return attemptIdFromUrl(page);
}

/** Plays choice mode by a policy until the call ends; returns the number of turns taken. */
export async function playChoices(page: Page, attemptId: string, policy: Policy, maxTurns = 40): Promise<number> {
  for (let turn = 0; turn < maxTurns; turn += 1) {
    if (await page.getByRole("heading", { name: "Qualification card" }).isVisible()) return turn;
    const option = optionFor(attemptId, policy);
    const before = turnCount(attemptId);
    await page.locator(`button[name=optionId][value="${option.id}"]`).click();
    await expect(page.getByTestId("manager-line")).toHaveCount(before + 1);
  }
  throw new Error("the call did not end");
}

const CARD_LABELS: Record<string, string> = { need: "Need", budget: "Budget", timing: "Timing", decisionMaker: "Who decides" };

/**
 * Fills the qualification card as a manager who listened would: every standard field with what
 * the lead revealed in this call (the drawn persona's facts). A card worth the name is one of the
 * gates a pass needs.
 */
export async function fillCard(page: Page, attemptId: string): Promise<void> {
  const row = attemptRow(attemptId);
  const definition = scriptDefinition(row.versionId);
  if (!definition) throw new Error("definition missing");
  const snapshot = row.snapshot;
  const facts: Record<string, { value: string } | undefined> =
    isV2Definition(definition) && snapshot.format === 2 ? personaFor(definition, snapshot.variant).facts : definition.meta.persona.facts;
  const card = page.getByRole("form", { name: "Qualification card" });
  for (const field of snapshot.machine.context.revealed) {
    const value = facts[field]?.value;
    if (value === undefined) continue;
    if (field === "fit") await card.getByLabel({ yes: "Yes", partly: "Partly", no: "No" }[value] ?? "Don't know", { exact: true }).check();
    else if (CARD_LABELS[field]) await card.getByLabel(CARD_LABELS[field] ?? "", { exact: true }).fill(value);
  }
}

/** Whether the lead is raising an objection right now, and which type. */
export function currentObjectionType(attemptId: string): string | null {
  const row = attemptRow(attemptId);
  const definition = scriptDefinition(row.versionId);
  if (!definition) throw new Error("definition missing");
  const snapshot = row.snapshot;
  return currentView(definition, snapshot, row.mode).objection?.type ?? null;
}
