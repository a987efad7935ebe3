/**
 * What every form promises (issue 13): a refused field says why right after itself, through the
 * shared FieldError (app/components/ui/field-error.tsx), marked aria-invalid and tied to the
 * message by aria-describedby; a success leads on with a toast that a reload does not repeat.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { translator } from "../../app/i18n/catalog.server";
import type { MessageKey, Vars } from "../../app/i18n";

/** A message in one of the two languages, from the app's own catalog. */
export function msg(locale: "ru" | "en", key: MessageKey, vars?: Vars): string {
  return translator(locale).t(key, vars);
}

/** `control` is invalid, and the FieldError it names in aria-describedby, beside it, says `message`. */
export async function expectFieldError(control: Locator, message: string) {
  await expect(control).toHaveAttribute("aria-invalid", "true");
  const describedBy = ((await control.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  const page = control.page();
  const errors = page.locator(describedBy.map((id) => `[id="${id}"][data-field-error]`).join(", ") || "[data-no-error-id]");
  await expect(errors).toHaveCount(1);
  await expect(errors).toHaveText(message);
  // Beside the field: the error shares the field's own wrapper (its label, its hint).
  await expect(control.locator("xpath=ancestor::*[.//*[@data-field-error]][1]").locator("[data-field-error]")).toHaveText(message);
}

/** The toast says `message` once: it is gone after a reload. */
export async function expectToastOnce(page: Page, message: string) {
  await expect(page.getByTestId("toast")).toHaveText(message);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await expect(page.getByTestId("toast")).toHaveCount(0);
}
