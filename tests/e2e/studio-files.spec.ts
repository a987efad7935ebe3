import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getItem, listVersions } from "../../app/models/content/content.server";
import { libraryCandidates, readLibraryFile } from "../../app/models/studio/studio-files.server";
import { scriptTemplate } from "../../app/content/templates.server";
import { expect, test } from "./fixtures";
import { expectFieldError } from "./form-helpers";
import { editorReady } from "./studio-helpers";

test.describe("studio files and versions", () => {
  test("upload an .mdx as a draft, publish it, export it, roll back; oversize uploads are refused", async ({ page, loginAs }) => {
    await loginAs(["content_lead"]);
    const { slug, source } = scriptTemplate("en");
    await page.goto("/studio/import");
    await page
      .getByLabel("File (.mdx, up to 256 KB)")
      .setInputFiles({ name: "big.mdx", mimeType: "text/markdown", buffer: Buffer.alloc(300 * 1024, "a") });
    await page.getByRole("button", { name: "Upload as draft" }).click();
    // refused beside the file field, through the shared FieldError
    await expectFieldError(page.getByLabel("File (.mdx, up to 256 KB)"), "The file is larger than 256 KB.");

    await page
      .getByLabel("File (.mdx, up to 256 KB)")
      .setInputFiles({ name: `${slug}.mdx`, mimeType: "text/markdown", buffer: Buffer.from(source) });
    await page.getByRole("button", { name: "Upload as draft" }).click();
    await expect(page.getByTestId("draft-meta")).toContainText("Draft revision 1");
    await expect(page.getByTestId("status")).toHaveText("Draft, never published");
    const itemId = page.url().split("/").pop() ?? "";
    await editorReady(page);
    await page.getByLabel("Change note").fill("First version");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("editor-status")).toHaveText("Published version 1.");
    expect(getItem(itemId)?.slug).toBe(slug);

    const [version] = listVersions(itemId);
    const mdx = await page.request.get(`/studio/${itemId}/export?version=${version?.id}&format=mdx`);
    expect(mdx.headers()["content-disposition"]).toBe(`attachment; filename="${slug}.v1.mdx"`);
    expect(await mdx.text()).toBe(source);
    const machine = await page.request.get(`/studio/${itemId}/export?version=${version?.id}&format=xstate`);
    expect(machine.headers()["content-disposition"]).toContain(".xstate.json");
    expect(JSON.stringify(await machine.json())).toContain("discovery");

    await page.goto(`/studio/${itemId}`);
    await editorReady(page);
    await page.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText("\nA closing remark for the coaching panel.\n");
    await page.getByLabel("Change note").fill("Closing remark");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("editor-status")).toHaveText("Published version 2.");

    await page.getByRole("link", { name: "Versions and diff" }).click();
    const first = page.getByTestId("version-row").filter({ has: page.getByRole("rowheader", { name: "1", exact: true }) });
    await first.getByRole("button", { name: "Publish again" }).click();
    // no note: the server refuses it beside the note's field (the shared FieldError)
    await expectFieldError(first.getByLabel("Why roll back to version 1"), "Say why you roll back.");
    expect(listVersions(itemId).map((v) => v.number)).toEqual([2, 1]);
    await first.getByLabel("Why roll back to version 1").fill("The remark confused people");
    await first.getByRole("button", { name: "Publish again" }).click();
    await expect(page.getByRole("status")).toHaveText("Version 1 was published again as version 3.");
    expect(listVersions(itemId).map((v) => v.number)).toEqual([3, 2, 1]);
    await page.goto(`/studio/${itemId}`);
    await expect(page.getByTestId("status")).toHaveText("Published");
  });

  test("the library list offers files that are new or changed, and reads only listed files", async ({ page, loginAs }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "studio-lib-"));
    fs.mkdirSync(path.join(dir, "scripts"));
    const { slug, source } = scriptTemplate("ru");
    fs.writeFileSync(path.join(dir, "scripts", "fresh.mdx"), source);
    fs.writeFileSync(path.join(dir, "scripts", "no-header.mdx"), "just text");
    expect(libraryCandidates(dir)).toEqual([
      { file: "scripts/fresh.mdx", kind: "script", id: slug, title: "Новый скрипт", lang: "ru", status: "new" },
    ]);
    expect(readLibraryFile("scripts/../../etc/passwd", dir)).toBeNull();
    expect(readLibraryFile("scripts/fresh.mdx", dir)?.source).toBe(source);

    // The shipped library is imported unchanged in the test database: nothing to offer.
    await loginAs(["content_lead"]);
    await page.goto("/studio/import");
    await expect(page.getByText("Every file in scripts-content/ is in the studio and unchanged.")).toBeVisible();
  });
});
