/**
 * Issue 13.1 for the rehearsal and studio form families: a refused field says why beside itself,
 * through the shared FieldError (aria-invalid, aria-describedby), in Russian and in English.
 */
import { expect, test } from "./fixtures";
import { expectFieldError, msg } from "./form-helpers";
import { turnCount } from "./rehearsal-helpers";

test.describe("rehearsal forms", () => {
  test("an empty typed reply is refused beside the reply box, in Russian without JavaScript and in English", async ({ page, browser, baseURL, createUser, signInContext, loginAs }) => {
    for (const locale of ["ru", "en"] as const) {
      const context = locale === "ru" ? await browser.newContext({ baseURL, javaScriptEnabled: false }) : page.context();
      if (locale === "ru") await signInContext(context, await createUser({ roles: ["manager"], locale: "ru" }));
      else await loginAs(["manager"], { locale: "en" });
      const tab = locale === "ru" ? await context.newPage() : page;
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
      if (locale === "ru") await context.close();
    }
  });
});
