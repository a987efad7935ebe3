/**
 * E-mail end to end: a real SMTP server (smtp-server) runs in this test process; a second app
 * server on the worker's database is configured to send through it. What arrives is parsed and
 * followed in the browser.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Browser } from "@playwright/test";
import { getDb, schema } from "../../app/db.server";
import { SmtpSink } from "../support/smtp-sink";
import { expect, test, type TestUser } from "./fixtures";
import { PORT_BASE } from "./paths";
import { startServer, type RunningServer } from "./server";
import { makeTeam, practiceCall } from "./supervision-helpers";

let sink: SmtpSink;
let mail: RunningServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ dbFile }, workerInfo) => {
  sink = await SmtpSink.start(0, { user: "callcraft", pass: "s3cret" });
  const port = PORT_BASE + 2 + workerInfo.parallelIndex;
  mail = await startServer(port, dbFile, {
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(sink.port),
    SMTP_TLS: "none",
    SMTP_USER: "callcraft",
    SMTP_PASSWORD: "s3cret",
    MAIL_FROM: "Callcraft <noreply@callcraft.test>",
    APP_ORIGIN: `http://localhost:${port}`,
    MAIL_POLL_MS: "200",
    MAIL_RETRY_BASE_MS: "300",
    MAIL_MAX_ATTEMPTS: "40",
  });
});

test.afterAll(async () => {
  await mail?.stop();
  await sink?.stop();
});

const linkIn = (text: string) => /(http:\/\/localhost:\d+\/\S+)/.exec(text)?.[1] ?? "";

async function contextAs(
  browser: Browser,
  signIn: (c: import("@playwright/test").BrowserContext, u: TestUser) => Promise<void>,
  user: TestUser,
) {
  const context = await browser.newContext({ baseURL: mail.baseURL, locale: "en-US" });
  await signIn(context, user);
  return context;
}

test("an invitation arrives in Russian with a link that sets a password and signs in", async ({ browser, createUser, signInContext }) => {
  const admin = await createUser({ roles: ["admin"] });
  const context = await contextAs(browser, signInContext, admin);
  const page = await context.newPage();
  const email = `invited-${Date.now()}@test.callcraft`;
  await page.goto("/admin/users");
  await page.getByLabel("Full name").fill("Ольга Приглашённая");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Manager", { exact: true }).check();
  await page.getByRole("button", { name: "Create and get the link" }).click();
  await expect(page.getByText("Ольга Приглашённая")).toBeVisible();

  const [letter] = (await sink.waitFor(() => sink.to(email).length > 0)).filter((m) => m.rcpt.includes(email));
  expect(letter?.subject).toBe("Ваша учётная запись в Callcraft готова");
  expect(letter?.lang).toBe("ru");
  expect(letter?.user).toBe("callcraft");
  expect(letter?.from).toContain("noreply@callcraft.test");
  const link = linkIn(letter?.text ?? "");
  expect(link).toMatch(new RegExp(`^${mail.baseURL}/welcome/`));
  expect(letter?.html).toContain(`href="${link}"`);

  // Followed in a browser that never signed in: set a password, and you are in.
  const stranger = await browser.newContext({ locale: "en-US" });
  const welcome = await stranger.newPage();
  await welcome.goto(link, { waitUntil: "networkidle" });
  await welcome.getByLabel("New password", { exact: true }).fill("a-long-new-password-1");
  await welcome.getByLabel("Repeat the new password").fill("a-long-new-password-1");
  await welcome.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(welcome.getByRole("button", { name: "Sign out" })).toBeVisible();
  // The stored copy no longer holds the token.
  const row = getDb().select().from(schema.outbox).where(eq(schema.outbox.toAddress, email)).get();
  expect(row?.status).toBe("sent");
  expect(row?.payload).not.toContain(link.split("/welcome/")[1] ?? "none");
  await stranger.close();
  await context.close();
});

test("a comment e-mail reaches the manager in their language and opens the comment under its turn", async ({
  browser,
  createUser,
  signInContext,
}) => {
  const supervisor = await createUser({ roles: ["supervisor"], name: `Coach ${Date.now()}` });
  const manager = await createUser({ roles: ["manager"], name: `Learner ${Date.now()}`, locale: "en" });
  await makeTeam(supervisor.id, [manager.id], "mail-comment");
  const m = await contextAs(browser, signInContext, manager);
  const managerPage = await m.newPage();
  const attemptId = await practiceCall(managerPage);
  const s = await contextAs(browser, signInContext, supervisor);
  const review = await s.newPage();
  await review.goto(`/review/${attemptId}`);
  const second = review.getByTestId("review-turn").nth(1);
  await second.getByLabel("Comment on this turn").fill("Ask what the budget is before you name a price.");
  await second.getByRole("button", { name: "Add comment" }).click();
  await expect(review.getByText("Saved.")).toBeVisible();

  const letters = await sink.waitFor(() => sink.to(manager.email).some((l) => l.subject.startsWith("Your supervisor reviewed")));
  const letter = letters.find((l) => l.rcpt.includes(manager.email) && l.subject.startsWith("Your supervisor reviewed"));
  expect(letter?.text).toContain("Ask what the budget is before you name a price.");
  const link = linkIn(letter?.text ?? "");
  expect(link).toMatch(new RegExp(`/attempts/${attemptId}/result#comment-\\d+$`));
  // opened from the e-mail in a new tab, as a reader would (the same page would only scroll)
  const opened = await m.newPage();
  await opened.goto(link);
  const managerPageForLink = opened;
  const anchor = managerPageForLink.locator(`#${link.split("#")[1]}`);
  await expect(anchor).toBeVisible();
  await expect(anchor).toContainText("Ask what the budget is");
  // It sits under the second turn, where the supervisor wrote it.
  await expect(managerPageForLink.getByTestId("result-turn").nth(1).getByTestId("result-comment")).toContainText("Ask what the budget is");
  // The bell's notification links to the same place.
  await managerPage.goto("/notifications");
  await expect(managerPage.getByRole("link", { name: "Open" }).first()).toHaveAttribute("href", new RegExp(`#comment-\\d+$`));
  await m.close();
  await s.close();
});

test("assignment and reminder e-mails follow each person's language and choices", async ({ browser, createUser, signInContext }) => {
  const supervisor = await createUser({ roles: ["supervisor"] });
  const ru = await createUser({ roles: ["manager"], locale: "ru", name: `Иван ${Date.now()}` });
  const en = await createUser({ roles: ["manager"], locale: "en", name: `Jane ${Date.now()}` });
  const teamId = await makeTeam(supervisor.id, [ru.id, en.id], "mail-assign");
  // Jane turns off due-soon reminders on her account page.
  const context = await contextAs(browser, signInContext, en);
  const page = await context.newPage();
  await page.goto("/account#mail");
  await page.getByLabel("An assignment due soon").uncheck();
  await page.getByRole("button", { name: "Save e-mail settings" }).click();
  await expect(page.getByText("E-mail settings saved.")).toBeVisible();
  await expect(page.getByLabel("An assignment due soon")).not.toBeChecked();

  const { createAssignment } = await import("../../app/models/assignments/assignment.server");
  const { getItemBySlug } = await import("../../app/models/content/content.server");
  const title = `Mail test ${Date.now()}`;
  const id = createAssignment({
    kind: "training",
    title,
    target: { teamId },
    itemIds: [getItemBySlug("script", "warm-inbound-en")?.id ?? ""],
    dueAt: Date.now() + 86_400_000,
    createdBy: supervisor.id,
  });
  await sink.waitFor(() => sink.to(ru.email).length >= 2 && sink.to(en.email).length >= 1);
  expect(
    sink
      .to(ru.email)
      .map((l) => l.subject)
      .sort(),
  ).toEqual([`Новое задание: ${title}`, `Скоро срок: ${title}`]);
  expect(sink.to(en.email).map((l) => l.subject)).toEqual([`New assignment: ${title}`]);
  expect(
    getDb()
      .select()
      .from(schema.outbox)
      .where(and(eq(schema.outbox.userId, en.id), eq(schema.outbox.kind, "assignment_due_soon")))
      .all(),
  ).toHaveLength(0);
  // Jane's link opens her assignment.
  const link = linkIn(sink.to(en.email)[0]?.text ?? "");
  expect(link).toBe(`${mail.baseURL}/assignments/${id}`);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await context.close();
});

test("the SMTP server stops mid-run: after it returns, every message has arrived exactly once", async ({
  browser,
  createUser,
  signInContext,
}) => {
  const supervisor = await createUser({ roles: ["supervisor"] });
  const people = await Promise.all([1, 2, 3, 4].map((i) => createUser({ roles: ["manager"], locale: i % 2 ? "ru" : "en" })));
  const teamId = await makeTeam(
    supervisor.id,
    people.map((p) => p.id),
    "mail-outage",
  );
  const addresses = people.map((p) => p.email);
  const mine = () => sink.received.filter((l) => l.rcpt.some((r) => addresses.includes(r)));
  let stopped: Promise<void> | null = null;
  sink.onMessage(() => {
    if (!stopped && mine().length === 3) stopped = sink.stop();
  });
  const { createAssignment } = await import("../../app/models/assignments/assignment.server");
  const { getItemBySlug } = await import("../../app/models/content/content.server");
  const itemIds = [getItemBySlug("script", "warm-inbound-en")?.id ?? ""];
  for (let n = 0; n < 3; n++)
    createAssignment({ kind: "training", title: `Outage ${n} ${Date.now()}`, target: { teamId }, itemIds, createdBy: supervisor.id });
  const rows = () =>
    getDb()
      .select()
      .from(schema.outbox)
      .where(
        inArray(
          schema.outbox.userId,
          people.map((p) => p.id),
        ),
      )
      .all();
  expect(rows()).toHaveLength(12);
  // The server went away after three: the rest wait, with the error recorded and a later try.
  await expect
    .poll(() => stopped !== null && rows().filter((r) => r.status === "pending" && r.attempts >= 2 && r.lastError).length, {
      timeout: 20_000,
    })
    .toBeGreaterThan(0);
  await stopped;
  expect(mine().length).toBeLessThan(12);
  // The admin sees what is waiting and why.
  const admin = await createUser({ roles: ["admin"] });
  const context = await contextAs(browser, signInContext, admin);
  const page = await context.newPage();
  await page.goto("/admin/mail");
  await expect(page.getByTestId("outbox").getByText("ECONNREFUSED").first()).toBeVisible();
  await sink.restart();
  await expect.poll(() => rows().filter((r) => r.status === "sent").length, { timeout: 30_000 }).toBe(12);
  const ids = mine().map((l) => l.messageId);
  expect(ids).toHaveLength(12);
  expect(new Set(ids)).toEqual(new Set(rows().map((r) => r.messageId)));
  await context.close();
});
