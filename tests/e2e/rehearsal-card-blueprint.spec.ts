/**
 * A script's own card fields on the result page, and an exam blueprint a supervisor sets on a
 * test, in both interface languages. The page is driven by element names and values, not by
 * English words, so the same steps run under the Russian interface.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { attemptIdFromUrl, attemptRow, optionFor, turnCount } from "./rehearsal-helpers";
import { makeTeam } from "./supervision-helpers";
import { isV2Definition, personaFor, type Policy } from "../../app/engine";
import { getItemBySlug, scriptDefinition } from "../../app/models/content/content.server";

function snapshotOf(attemptId: string) {
  const row = attemptRow(attemptId);
  const definition = scriptDefinition(row.versionId);
  if (!definition || !isV2Definition(definition)) throw new Error("a format-2 script was expected");
  const snapshot = row.snapshot;
  if (snapshot.format !== 2) throw new Error("a format-2 attempt was expected");
  return { definition, snapshot };
}

/** Plays by a policy until the card shows; `until` may stop earlier (returns true when it did). */
async function play(page: Page, attemptId: string, policy: Policy, until?: () => boolean): Promise<boolean> {
  for (let turn = 0; turn < 40; turn += 1) {
    if (until?.()) return true;
    if (await page.locator("#card-heading").isVisible()) return false;
    const option = optionFor(attemptId, policy);
    const before = turnCount(attemptId);
    await page.locator(`button[name=optionId][value="${option.id}"]`).click();
    await expect(page.getByTestId("manager-line")).toHaveCount(before + 1);
  }
  throw new Error("the call did not end");
}

async function startFromBrief(page: Page, slug: string, mode: "practice" | "exam") {
  await page.goto(`/rehearse/${slug}`);
  await page.locator("input[name=answerMode][value=choice]").check();
  await page.locator(`input[name=mode][value=${mode}]`).check();
  await page.locator("form:has(input[name=mode]) button[type=submit]").click();
  await page.waitForURL(/\/attempts\/[^/]+$/);
  return attemptIdFromUrl(page);
}

/**
 * Fills the card with what the lead revealed, by field name; the direct line is typed in another
 * format than the script writes it, to show that it is scored by its digits and shown as typed.
 */
async function fillRevealed(page: Page, attemptId: string): Promise<Record<string, string>> {
  const { definition, snapshot } = snapshotOf(attemptId);
  const facts = personaFor(definition, snapshot.variant).facts;
  const typed: Record<string, string> = {};
  for (const field of snapshot.machine.context.revealed) {
    const value = facts[field]?.value;
    if (value === undefined) continue;
    if (field === "fit") await page.locator(`input[name=fit][value="${value}"]`).check();
    else {
      const text = field === "directNumber" ? `(${value.replace(/\D/g, "").slice(0, 4)}) ${value.replace(/\D/g, "").slice(4)}` : value;
      await page.locator(`[name="${field in definition.meta.card ? `card-${field}` : field}"]`).fill(text);
      typed[field] = text;
    }
  }
  await page.locator("form:has(input[name=intent][value=finish]) button[type=submit]").click();
  await page.waitForURL(/\/result$/);
  return typed;
}

const WORDS = {
  en: { correct: "Correct", yes: "Yes", gateTitle: "Why this call was not passed", requires: "The exam requires these objections" },
  ru: { correct: "Верно", yes: "Да", gateTitle: "Почему звонок не сдан", requires: "Экзамен требует, чтобы прозвучали эти возражения" },
} as const;

for (const [locale, slug] of [
  ["en", "cold-past-secretary-en"],
  ["ru", "cold-past-secretary-ru"],
  ["ru", "cold-past-secretary-en"],
] as const) {
  test(`a script's own card fields are scored and shown in the ${locale} interface (${slug})`, async ({ page, loginAs }) => {
    await loginAs(["manager"], { locale });
    const attemptId = await startFromBrief(page, slug, "practice");
    await play(page, attemptId, "best");
    const { definition } = snapshotOf(attemptId);
    // The script's own fields are on the card under their labels in the script's language.
    await expect(page.getByLabel(definition.meta.card.directNumber?.label ?? "", { exact: true })).toBeVisible();
    const typed = await fillRevealed(page, attemptId);
    expect(typed.directNumber, "the best path asks for the direct line").toBeDefined();

    const row = page.getByTestId("card-result").locator('tr[data-field="directNumber"]');
    await expect(row.getByRole("rowheader")).toHaveText(definition.meta.card.directNumber?.label ?? "");
    await expect(row.locator("td").nth(0)).toHaveText(typed.directNumber ?? "");
    await expect(row.locator("td").nth(2)).toContainText(WORDS[locale].correct);
    // A closed standard answer reads as a word of the interface, never the stored `yes`.
    const fit = page.getByTestId("card-result").locator('tr[data-field="fit"]');
    if (await fit.count()) await expect(fit.locator("td").nth(1)).toHaveText(WORDS[locale].yes);
    await expect(page.getByTestId("card-result")).not.toContainText(/\byes\b|\bpartly\b/);
    // The total's parts and their weights.
    await expect(page.getByTestId("score-parts").locator("[data-part]")).toHaveCount(3);
    await expect(page.getByTestId("score-parts").locator('[data-part="call"]')).toContainText("65 %");
  });
}

for (const [locale, slug] of [
  ["en", "cold-gatekeeper-en"],
  ["ru", "cold-gatekeeper-ru"],
] as const) {
  test(`an exam blueprint forces an objection, and a call that never meets it is not passed (${locale})`, async ({
    page,
    loginAs,
    createUser,
    pageOf,
  }) => {
    // Two whole exam calls and a supervisor's form: longer than the default on a shared machine.
    test.setTimeout(180_000);
    const member = await createUser({ roles: ["manager"], locale });
    const supervisor = await loginAs(["supervisor"], { locale });
    const teamId = await makeTeam(supervisor.id, [member.id], `bp-${locale}`);
    const item = getItemBySlug("script", slug);
    if (!item) throw new Error(`${slug} is not in the library`);

    // The supervisor assigns a test that requires the "we have a supplier" objection.
    await page.goto("/supervise/assignments/new");
    await page.locator("input[name=kind][value=test]").check();
    await page.locator("input[name=title]").fill(`Supplier exam ${locale}`);
    await page.locator("select[name=target]").selectOption(`user:${member.id}`);
    await page.locator(`input[name=items][value="${item.id}"]`).check();
    const objection = page.locator(`input[name=objection][value="${item.id}|have-supplier"]`);
    await expect(objection).toBeVisible();
    // A bad minimum is refused next to its field, and nothing is lost.
    await page.locator("input[name=minTurns]").fill("0");
    await objection.check();
    await page.locator("form:has(input[name=minTurns]) button[type=submit]").click();
    await expect(page.locator("input[name=minTurns]")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`input[name=objection][value="${item.id}|have-supplier"]`)).toBeChecked();
    await page.locator("input[name=minTurns]").fill("");
    await page.locator("form:has(input[name=minTurns]) button[type=submit]").click();
    await page.waitForURL((url) => /\/supervise\/assignments\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
    const assignmentId = page.url().split("/").pop() ?? "";
    expect(teamId).toBeTruthy();

    // The manager sees the requirement before starting.
    const manager = await pageOf(member);
    await manager.goto(`/assignments/${assignmentId}`);
    const definition = scriptDefinition(item.publishedVersionId ?? "");
    if (!definition || !isV2Definition(definition)) throw new Error("format 2 expected");
    const lines = definition.objections.find((o) => o.id === "have-supplier")?.lines.map((line) => line.text) ?? [];
    await expect(manager.getByTestId("exam-brief-objection").filter({ hasText: lines[0] ?? "" })).toHaveCount(1);

    // A call that ends before the objection comes up is not passed, and the page says why.
    await manager.locator(`form[action="/rehearse/${slug}"] button[type=submit]`).click();
    await manager.waitForURL(/\/attempts\/[^/]+$/);
    const failing = attemptIdFromUrl(manager);
    expect(snapshotOf(failing).snapshot.blueprint.objections).toContain("have-supplier");
    await play(manager, failing, "worst");
    expect(snapshotOf(failing).snapshot.machine.context.raised).not.toContain("have-supplier");
    await manager.locator("form:has(input[name=intent][value=finish]) button[type=submit]").click();
    await manager.waitForURL(/\/result$/);
    await expect(manager.getByTestId("pass-state")).toHaveText(locale === "en" ? "Not passed" : "Не сдано");
    const gate = manager.getByTestId("gate-notes").locator('[data-gate="objections"]');
    await expect(manager.getByTestId("gate-notes")).toContainText(WORDS[locale].gateTitle);
    await expect(gate).toContainText(WORDS[locale].requires);
    await expect(gate).toContainText(lines[0] ?? "");

    // The next exam call gets there: the lead raises the objection, in the transcript.
    await manager.goto(`/assignments/${assignmentId}`);
    await manager.locator(`form[action="/rehearse/${slug}"] button[type=submit]`).click();
    await manager.waitForURL(/\/attempts\/[^/]+$/);
    const attemptId = attemptIdFromUrl(manager);
    const raised = await play(manager, attemptId, "best", () =>
      snapshotOf(attemptId).snapshot.machine.context.raised.includes("have-supplier"),
    );
    expect(raised, "the best path reaches the required objection").toBe(true);
    const said = snapshotOf(attemptId)
      .snapshot.transcript.filter((line) => line.role === "lead")
      .map((line) => line.text)
      .join("\n");
    const spoken = lines.find((line) => said.includes(line));
    expect(spoken, "one of the objection's lines was said").toBeDefined();
    await expect(manager.getByText(spoken ?? "", { exact: false }).first()).toBeVisible();
  });
}
