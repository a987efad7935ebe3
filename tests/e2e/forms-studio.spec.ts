/**
 * Issue 13.1 for the rehearsal and studio form families: a refused field says why beside itself,
 * through the shared FieldError (aria-invalid, aria-describedby), in Russian and in English.
 */
import { expect, test } from "./fixtures";
import { checkContent } from "../../app/content/kinds.server";
import { compileMdx, contentHash, COMPILER_VERSION } from "../../app/content/compile.server";
import { listVersions, publishVersion } from "../../app/models/content/content.server";
import { scriptTemplate } from "../../app/content/templates.server";
import { expectFieldError, expectToastOnce, msg } from "./form-helpers";
import { turnCount } from "./rehearsal-helpers";
import { editorReady, publishedTemplate, replaceText } from "./studio-helpers";

/** A script of the test's own with two published versions, so version 1 can be published again. */
async function twoVersions(lang: "ru" | "en") {
  const { slug, source } = scriptTemplate(lang);
  let itemId = "";
  for (const [text, note] of [
    [source, "first"],
    [`${source}\nA second remark.\n`, "second"],
  ] as const) {
    const checked = checkContent("script", text);
    if (!checked.definition) throw new Error("template does not check");
    const compiled = await compileMdx(text);
    ({ itemId } = publishVersion({
      kind: "script",
      slug,
      lang,
      title: `Forms ${slug}`,
      source: text,
      compiledCode: compiled.code,
      definition: checked.definition,
      contentHash: contentHash(text),
      compilerVersion: COMPILER_VERSION,
      changeNote: note,
    }));
  }
  return itemId;
}

test.describe("rehearsal forms", () => {
  test("an empty typed reply is refused beside the reply box, in Russian without JavaScript and in English", async ({
    page,
    createUser,
    loginAs,
    pageOf,
  }) => {
    for (const locale of ["ru", "en"] as const) {
      if (locale === "en") await loginAs(["manager"], { locale: "en" });
      const tab =
        locale === "ru" ? await pageOf(await createUser({ roles: ["manager"], locale: "ru" }), { javaScriptEnabled: false }) : page;
      await tab.goto(`/rehearse/warm-inbound-en`);
      await tab.getByRole("radio", { name: new RegExp(msg(locale, "brief.free")) }).check();
      await tab.getByRole("radio", { name: new RegExp(`^${msg(locale, "brief.practice")}`) }).check();
      await tab.getByRole("button", { name: msg(locale, "brief.start") }).click();
      await tab.waitForURL(/\/attempts\/[^/]+$/);
      const attemptId = new URL(tab.url()).pathname.split("/").pop() ?? "";
      const box = tab.getByRole("textbox", { name: msg(locale, "call.yourReply") });
      await box.fill("   ");
      await tab.getByRole("button", { name: msg(locale, "call.send") }).click();
      await expectFieldError(tab.getByRole("textbox", { name: msg(locale, "call.yourReply") }), msg(locale, "call.emptyReply"));
      expect(turnCount(attemptId)).toBe(0);
      // the refusal keeps the call going: a real reply is taken as turn 1
      await tab.getByRole("textbox", { name: msg(locale, "call.yourReply") }).fill("Hello, this is Alex. Do you have a minute?");
      await tab.getByRole("button", { name: msg(locale, "call.send") }).click();
      await expect(tab.getByTestId("manager-line")).toHaveCount(1);
      expect(turnCount(attemptId)).toBe(1);
    }
  });
});

test.describe("studio forms", () => {
  test("publishing a version again without a reason is refused beside the note, in Russian and English; with one it is announced once", async ({
    page,
    createUser,
    loginAs,
    pageOf,
  }) => {
    const ruPage = await pageOf(await createUser({ roles: ["content_lead"], locale: "ru" }));
    const ruItem = await twoVersions("ru");
    await ruPage.goto(`/studio/${ruItem}/versions`);
    const ruNote = ruPage.getByLabel(msg("ru", "studio.versions.rollbackNote", { number: 1 }));
    await ruNote.fill("   ");
    await ruPage
      .getByTestId("version-row")
      .filter({ has: ruNote })
      .getByRole("button", { name: msg("ru", "studio.versions.rollback") })
      .click();
    await expectFieldError(
      ruPage.getByLabel(msg("ru", "studio.versions.rollbackNote", { number: 1 })),
      msg("ru", "studio.versions.noteRequired"),
    );
    expect(listVersions(ruItem)).toHaveLength(2);

    await loginAs(["content_lead"], { locale: "en" });
    const itemId = await twoVersions("en");
    await page.goto(`/studio/${itemId}/versions`);
    const row = page.getByTestId("version-row").filter({ has: page.getByRole("rowheader", { name: "1", exact: true }) });
    await row.getByRole("button", { name: "Publish again" }).click();
    await expectFieldError(row.getByLabel("Why roll back to version 1"), "Say why you roll back.");
    await row.getByLabel("Why roll back to version 1").fill("Back to the first wording");
    await row.getByRole("button", { name: "Publish again" }).click();
    await expectToastOnce(page, "Version 1 was published again as version 3.");
    expect(listVersions(itemId).map((v) => v.number)).toEqual([3, 2, 1]);
  });

  test("an upload that is not .mdx is refused beside the file field in Russian, the kind chosen kept; a publish without a note beside the note in English", async ({
    page,
    createUser,
    loginAs,
    pageOf,
  }) => {
    const ruPage = await pageOf(await createUser({ roles: ["content_lead"], locale: "ru" }));
    await ruPage.goto("/studio/import");
    await ruPage.getByLabel(msg("ru", "studio.kind"), { exact: true }).selectOption("quiz");
    await ruPage
      .getByLabel(msg("ru", "studio.import.file"))
      .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("just text") });
    await ruPage.getByRole("button", { name: msg("ru", "studio.import.uploadSubmit") }).click();
    await expectFieldError(ruPage.getByLabel(msg("ru", "studio.import.file")), msg("ru", "studio.import.notMdx"));
    await expect(ruPage.getByLabel(msg("ru", "studio.kind"), { exact: true })).toHaveValue("quiz");

    await loginAs(["content_lead"], { locale: "en" });
    const itemId = await twoVersions("en");
    await page.goto(`/studio/${itemId}`);
    await expect(page.locator(".cm-content")).toBeVisible();
    // spaces pass the browser's required check but are no note
    await page.getByLabel(msg("en", "studio.editor.changeNote")).fill("   ");
    await page.getByRole("button", { name: msg("en", "studio.editor.publish") }).click();
    await expectFieldError(page.getByLabel(msg("en", "studio.editor.changeNote")), msg("en", "studio.editor.changeNoteRequired"));
  });

  test("the editor refuses an empty note beside the note and a text with errors beside the editor, in Russian and English", async ({
    createUser,
    pageOf,
  }) => {
    for (const locale of ["ru", "en"] as const) {
      const page = await pageOf(await createUser({ roles: ["content_lead"], locale }));
      const { itemId, source } = await publishedTemplate(locale);
      await page.goto(`/studio/${itemId}`);
      await editorReady(page);
      const note = page.getByLabel(msg(locale, "studio.editor.changeNote"));
      const editor = page.getByRole("textbox", { name: msg(locale, "studio.editor.source") });
      const publish = page.getByRole("button", { name: msg(locale, "studio.editor.publish") });

      // An empty note: the server says so beside it (no browser bubble), and the text is kept as revision 1.
      await replaceText(page, source.replace("Hi Sam", "Hello Sam"));
      await publish.click();
      await expectFieldError(note, msg(locale, "studio.editor.changeNoteRequired"));
      await expect(page.getByTestId("kept-as-draft")).toHaveText(msg(locale, "studio.editor.keptAsDraft", { revision: 1 }));
      await expect(editor).not.toHaveAttribute("aria-invalid", "true");

      // A text that does not check: refused beside the editor itself, the note kept.
      await replaceText(page, source.replace('to="discovery"', 'to="nowhere"'));
      await note.fill(locale === "ru" ? "Сломано нарочно" : "Broken on purpose");
      await publish.click();
      await expectFieldError(editor, msg(locale, "studio.editor.invalid"));
      await expect(note).toHaveValue(locale === "ru" ? "Сломано нарочно" : "Broken on purpose");
      await expect(note).not.toHaveAttribute("aria-invalid", "true");

      // Fixed and saved: the refusal is gone from the editor.
      await replaceText(page, source);
      await page.getByRole("button", { name: msg(locale, "studio.editor.save") }).click();
      await expect(page.getByTestId("editor-status")).toHaveText(msg(locale, "studio.editor.saved", { revision: 3 }));
      await expect(editor).not.toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("[data-field-error]")).toHaveCount(0);
    }
  });
});

test.describe("studio conflict panel", () => {
  test("keeping an emptied text is refused beside it; a save that came while merging is said beside it; kept, it saves — in Russian and English", async ({
    createUser,
    pageOf,
  }) => {
    for (const locale of ["ru", "en"] as const) {
      const ann = await pageOf(await createUser({ roles: ["content_lead"], locale, name: `Ann ${locale}` }));
      const bobName = `Bob ${locale}`;
      const bob = await pageOf(await createUser({ roles: ["content_lead"], locale, name: bobName }));
      const { itemId, source } = await publishedTemplate(locale);
      await ann.goto(`/studio/${itemId}`);
      await bob.goto(`/studio/${itemId}`);
      await editorReady(ann);
      await editorReady(bob);
      const save = (page: typeof ann) => page.getByRole("button", { name: msg(locale, "studio.editor.save") }).click();
      const bobFirst = `${source}\nBob's first remark.\n`;
      const bobSecond = `${source}\nBob's second remark.\n`;
      const merged = `${source}\nAnn's remark, and Bob's.\n`;

      await replaceText(bob, bobFirst);
      await save(bob);
      await expect(bob.getByTestId("editor-status")).toHaveText(msg(locale, "studio.editor.saved", { revision: 1 }));
      await replaceText(ann, `${source}\nAnn's remark.\n`);
      await save(ann);

      // The panel is a conform form: the text keeps its name and hint, and nothing is wrong yet.
      const panel = ann.getByTestId("conflict");
      const mine = panel.getByLabel(msg(locale, "studio.conflict.mine"), { exact: true });
      const keepMine = panel.getByRole("button", { name: msg(locale, "studio.conflict.keepMine") });
      await expect(mine).toHaveAttribute("name", "source");
      await expect(mine).toHaveAttribute("aria-describedby", "merge-hint");
      await expect(mine).not.toHaveAttribute("aria-invalid", "true");
      await expect(panel.getByTestId("conflict-theirs")).toHaveValue(bobFirst);

      // An emptied text would leave nothing of theirs: refused beside it, nothing saved.
      await mine.fill("");
      await keepMine.click();
      await expectFieldError(mine, msg(locale, "studio.conflict.emptyMine"));
      await expect(ann.getByTestId("draft-meta")).toContainText(msg(locale, "studio.meta.revision", { revision: 1 }));

      // Bob saves again while Ann merges: her "keep mine" is stopped, her merged text kept, his new text shown.
      await mine.fill(merged);
      await replaceText(bob, bobSecond);
      await save(bob);
      await expect(bob.getByTestId("editor-status")).toHaveText(msg(locale, "studio.editor.saved", { revision: 2 }));
      await keepMine.click();
      await expect(panel.getByTestId("conflict-theirs")).toHaveValue(bobSecond);
      await expectFieldError(mine, msg(locale, "studio.conflict.again", { name: bobName, revision: 2 }));
      await expect(mine).toHaveValue(merged);

      // Kept knowingly over revision 2: saved as revision 3.
      await keepMine.click();
      await expect(ann.getByTestId("editor-status")).toHaveText(msg(locale, "studio.editor.saved", { revision: 3 }));
      await expect(ann.getByTestId("conflict")).toHaveCount(0);
      await expect(ann.locator("[data-field-error]")).toHaveCount(0);
    }
  });
});
