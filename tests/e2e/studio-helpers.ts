/**
 * Studio test helpers: a fresh script of the test's own (so tests never change the shared library
 * items other specs rehearse) and the CodeMirror moves a person makes with the keyboard.
 */
import { expect, type Page } from "@playwright/test";
import { checkContent } from "../../app/content/kinds.server";
import { compileMdx, contentHash, COMPILER_VERSION } from "../../app/content/compile.server";
import { publishVersion } from "../../app/models/content/content.server";
import { scriptTemplate } from "../../app/content/templates.server";

/** Publishes the English template under a new id as version 1; returns the item and its source. */
export async function publishedTemplate(lang: "en" | "ru" = "en") {
  const { slug, source } = scriptTemplate(lang);
  const checked = checkContent("script", source);
  if (!checked.definition || !checked.meta) throw new Error("template does not check");
  const compiled = await compileMdx(source);
  const { itemId, versionId } = publishVersion({
    kind: "script",
    slug,
    lang,
    title: `Studio test ${slug}`,
    source,
    compiledCode: compiled.code,
    definition: checked.definition,
    contentHash: contentHash(source),
    compilerVersion: COMPILER_VERSION,
    changeNote: "test fixture",
  });
  return { itemId, versionId, slug, source };
}

/** Waits for CodeMirror to replace the textarea. */
export async function editorReady(page: Page) {
  await expect(page.getByTestId("code-editor")).toBeVisible();
}

/**
 * The text in the editor. CodeMirror draws only the lines in its scrolled view, so a check on the
 * whole text reads the form's (hidden) textarea, which it keeps in step with every edit.
 */
export async function expectDraftToContain(page: Page, text: string) {
  await expect.poll(() => page.getByTestId("source-textarea").inputValue()).toContain(text);
}

/** Replaces the whole text the way an author would: select all, type (paste) the new text. */
export async function replaceText(page: Page, text: string) {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(text);
}

export function lineOf(source: string, needle: string): number {
  const index = source.split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`${needle} not in source`);
  return index + 1;
}
