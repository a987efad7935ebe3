import { and, eq, inArray, notInArray } from "drizzle-orm";
import fs from "node:fs";
import http from "node:http";
import { getDb, schema } from "../../app/db.server";
import { expect, test, type TestUser } from "./fixtures";
import type { Browser, Page, Route } from "@playwright/test";
import { isolated } from "./text";

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** Opens a one-time link in a browser that has never signed in and sets a password there. */
async function redeem(browser: Browser, baseURL: string, link: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  const page = await context.newPage();
  // wait for hydration: typing before it would be lost when React takes over the form
  await page.goto(link, { waitUntil: "networkidle" });
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the new password").fill(password);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  return page;
}

async function openUser(page: Page, user: Pick<TestUser, "name">) {
  await page.goto(`/admin/users?q=${encodeURIComponent(user.name)}`);
  await page.getByRole("link", { name: `Manage ${user.name}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(user.name);
}

/** Deactivates every active admin of the worker's database but `keep`; returns what undoes it. */
function onlyActiveAdmins(keep: string[]): () => void {
  const others = getDb()
    .select({ id: schema.users.id })
    .from(schema.users)
    .innerJoin(schema.userRoles, eq(schema.userRoles.userId, schema.users.id))
    .where(and(eq(schema.userRoles.roleId, "admin"), eq(schema.users.active, true), notInArray(schema.users.id, keep)))
    .all()
    .map((u) => u.id);
  const setActive = (active: boolean) => {
    if (others.length) getDb().update(schema.users).set({ active }).where(inArray(schema.users.id, others)).run();
  };
  setActive(false);
  return () => setActive(true);
}

/**
 * Sends the browser's request to the server itself but holds its body back: the server checks the
 * session as soon as the headers arrive, and the action runs only once `release` is called. This
 * is how one admin's click lands after another's while already past its session check.
 */
function holdBody(route: Route, baseURL: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let onWire = () => {};
  /** the headers and the body's first byte have been handed to the socket */
  const wired = new Promise<void>((resolve) => (onWire = resolve));
  const sent = (async () => {
    const request = route.request();
    const body = request.postData() ?? "";
    const headers = { ...(await request.allHeaders()), "content-length": String(Buffer.byteLength(body)) };
    const target = new URL(request.url(), baseURL);
    const response = await new Promise<{ status: number; type: string; body: Buffer }>((resolve, reject) => {
      const req = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: "POST", headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"] ?? "", body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      const bytes = Buffer.from(body);
      req.write(bytes.subarray(0, 1), () => onWire());
      void released.then(() => req.end(bytes.subarray(1)));
    });
    await route.fulfill({ status: response.status, contentType: response.type, body: response.body });
  })();
  return { release, sent, wired };
}

test.describe("admin: users", () => {
  test("an invited user with two roles sets a password through the link, once", async ({ page, browser, baseURL, loginAs }) => {
    await loginAs(["admin"]);
    const id = unique();
    const name = `Invited Person ${id}`;
    const email = `invited-${id}@test.callcraft`;
    await page.goto("/admin/users");
    await page.getByLabel("Full name").fill(name);
    await page.getByLabel("E-mail", { exact: true }).fill(email.toUpperCase());
    await page.getByRole("checkbox", { name: "Manager" }).check();
    await page.getByRole("checkbox", { name: "Content lead" }).check();
    await page.getByRole("button", { name: "Create and get the link" }).click();

    const linkBox = page.getByLabel("One-time link");
    await expect(linkBox).toHaveValue(new RegExp(`^${baseURL}/welcome/[A-Za-z0-9_-]{20,}$`));
    const link = await linkBox.inputValue();
    await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row).toContainText(email);
    await expect(row).toContainText("Manager, Content lead");
    await expect(row).toContainText("Invitation pending");

    // search narrows the list by name or e-mail
    await page.getByLabel("Find by name or e-mail").fill(`invited-${id}`);
    await page.getByRole("button", { name: "Find" }).click();
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);

    const invited = await redeem(browser, baseURL!, link, "invited-password-1");
    await expect(invited.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();
    const nav = invited.getByRole("navigation", { name: "Main navigation" });
    await expect(nav.getByRole("link", { name: "Rehearse" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Studio" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);

    await invited.goto(link);
    await expect(invited.getByRole("alert")).toHaveText("This link is invalid, used or expired. Ask your admin for a new one.");
    await invited.context().close();

    await page.goto(`/admin/users?q=${id}`);
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Set");
  });

  test("the create form reports errors next to the fields and keeps the input", async ({ page, baseURL, loginAs, createUser }) => {
    await loginAs(["admin"]);
    const existing = await createUser();
    await page.goto("/admin/users");
    await page.getByRole("button", { name: "Create and get the link" }).click();
    await expect(page.getByText("Enter the person's name.")).toBeVisible();
    await expect(page.getByText("Enter an e-mail.")).toBeVisible();
    await expect(page.getByText("Choose at least one role.")).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Full name").fill("Kept Name");
    await page.getByLabel("E-mail", { exact: true }).fill("not-an-email");
    await page.getByRole("checkbox", { name: "Supervisor" }).check();
    await page.getByRole("button", { name: "Create and get the link" }).click();
    await expect(page.getByText("This does not look like an e-mail address.")).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveValue("Kept Name");
    await expect(page.getByRole("checkbox", { name: "Supervisor" })).toBeChecked();

    await page.getByLabel("E-mail", { exact: true }).fill(existing.email);
    await page.getByRole("button", { name: "Create and get the link" }).click();
    await expect(page.getByText("A user with this e-mail already exists.")).toBeVisible();
    await expect(page.getByLabel("E-mail", { exact: true })).toHaveValue(existing.email);

    const res = await page.request.post("/admin/users", {
      form: { intent: "create", name: "X", email: existing.email, roles: "manager" },
      headers: { Origin: baseURL! },
    });
    expect(res.status()).toBe(400);
  });

  test("deactivation ends the user's sessions and blocks sign-in; reactivation lets them back", async ({
    page,
    loginAs,
    createUser,
    pageOf,
  }) => {
    await loginAs(["admin"]);
    const user = await createUser({ roles: ["manager"], name: `Leaving ${unique()}` });
    const theirPage = await pageOf(user, { locale: "en-US" });
    await theirPage.goto("/account");
    await expect(theirPage.getByRole("heading", { name: "Your account" })).toBeVisible();

    await openUser(page, user);
    await page.getByRole("button", { name: "Deactivate" }).click();
    await expect(page.getByRole("status")).toHaveText("Account deactivated; its sessions were ended.");
    await expect(page.getByRole("table")).toContainText("Deactivated");

    await theirPage.goto("/account");
    await expect(theirPage).toHaveURL(/\/login\?redirectTo=%2Faccount/);
    await theirPage.getByLabel("E-mail").fill(user.email);
    await theirPage.getByLabel("Password").fill(user.password);
    await theirPage.getByRole("button", { name: "Sign in" }).click();
    await expect(theirPage.getByRole("alert")).toHaveText("This account is deactivated. Ask your admin.");

    await page.getByRole("button", { name: "Reactivate" }).click();
    await expect(page.getByRole("status")).toHaveText("Account reactivated.");
    await theirPage.getByRole("button", { name: "Sign in" }).click();
    await expect(theirPage.getByRole("heading", { name: "Your account" })).toBeVisible();
  });

  test("an admin cannot deactivate themself or drop their own admin role; role changes are audited", async ({
    page,
    baseURL,
    loginAs,
    createUser,
  }) => {
    const me = await loginAs(["admin"], { name: `Self Admin ${unique()}` });
    await openUser(page, me);
    await expect(page.getByRole("button", { name: "Deactivate" })).toHaveCount(0);
    const res = await page.request.post(`/admin/users/${me.id}`, { form: { intent: "deactivate" }, headers: { Origin: baseURL! } });
    expect(res.status()).toBe(400);

    await page.getByRole("checkbox", { name: "Admin" }).uncheck();
    await page.getByRole("checkbox", { name: "Supervisor" }).check();
    await page.getByRole("button", { name: "Save roles" }).click();
    await expect(page.getByText("You cannot remove your own admin role: ask another admin.")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Supervisor" })).toBeChecked();
    await page.goto("/admin/users");
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Users" })).toBeVisible();

    const other = await createUser({ roles: ["manager"], name: `Promoted ${unique()}` });
    await openUser(page, other);
    await page.getByRole("checkbox", { name: "Supervisor" }).check();
    await page.getByRole("button", { name: "Save roles" }).click();
    await expect(page.getByRole("status")).toHaveText("Roles saved.");
    await expect(page.getByRole("table")).toContainText("Roles changed: Manager → Manager, Supervisor");
    await expect(page.getByRole("table")).toContainText(me.name);
  });

  test("of two admins deactivating each other at the same moment, the second is told one must remain", async ({
    page,
    baseURL,
    loginAs,
    createUser,
    pageOf,
  }) => {
    const anna = await loginAs(["admin"], { name: `Anna Last ${unique()}` });
    const boris = await createUser({ roles: ["admin"], name: `Boris Last ${unique()}` });
    const restore = onlyActiveAdmins([anna.id, boris.id]);
    // Boris's browser submits the form without JavaScript, as a plain page request
    try {
      const borisPage = await pageOf(boris, { locale: "en-US", javaScriptEnabled: false });
      await borisPage.goto(`/admin/users/${anna.id}`);
      await expect(borisPage.getByRole("heading", { level: 1 })).toHaveText(anna.name);

      let held: ReturnType<typeof holdBody> | undefined;
      const routed = new Promise<void>((resolve) =>
        borisPage.route(`**/admin/users/${anna.id}`, async (route) => {
          if (route.request().method() !== "POST") return route.continue();
          held = holdBody(route, baseURL!);
          resolve();
        }),
      );
      const borisClick = borisPage.getByRole("button", { name: "Deactivate" }).click();
      await routed;
      // Boris's headers are on the wire. The server checks his session on the headers alone,
      // without waiting on any I/O, so every response it gives to a request made after this point
      // comes after that check: Anna opening the page is the wait.
      await held?.wired;
      await openUser(page, boris);

      await page.getByRole("button", { name: "Deactivate" }).click();
      await expect(page.getByRole("status")).toHaveText("Account deactivated; its sessions were ended.");
      held?.release();
      await held?.sent;
      await borisClick;

      await expect(borisPage.getByRole("alert")).toHaveText(
        "Not saved: at least one active admin must remain, and this change would leave none.",
      );
      await expect(borisPage.getByText("The account is active.")).toBeVisible();
      // Anna is still an admin and still signed in; her history has no deactivation
      await page.goto(`/admin/users/${anna.id}`);
      await expect(page.getByText("The account is active.")).toBeVisible();
      await expect(page.getByText("No changes recorded yet.")).toBeVisible();
      expect(getDb().select({ active: schema.users.active }).from(schema.users).where(eq(schema.users.id, anna.id)).get()).toEqual({
        active: true,
      });
    } finally {
      restore();
    }
  });

  test("a password reset link works once and the new password signs in", async ({ page, browser, baseURL, loginAs, createUser }) => {
    await loginAs(["admin"]);
    const user = await createUser({ roles: ["supervisor"], name: `Forgetful ${unique()}` });
    await openUser(page, user);
    await page.getByRole("button", { name: "Make a password reset link" }).click();
    await expect(page.getByRole("status")).toContainText(`One-time password reset link for ${isolated(user.name)}`);
    const link = await page.getByLabel("One-time link").inputValue();
    expect(link.startsWith(`${baseURL}/welcome/`)).toBe(true);
    await expect(page.getByRole("table")).toContainText("Password reset link made");

    const theirs = await redeem(browser, baseURL!, link, "a-fresh-password");
    await expect(theirs.getByRole("heading", { name: `Hello, ${user.name}` })).toBeVisible();
    await theirs.goto(link);
    await expect(theirs.getByRole("alert")).toContainText("This link is invalid, used or expired.");

    const signIn = await page.request.post("/login", {
      form: { email: user.email, password: "a-fresh-password", redirectTo: "/" },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    expect(signIn.status()).toBe(302);
    await theirs.context().close();
  });
});

test.describe("admin: teams", () => {
  test("an admin creates a team, chooses its supervisor and adds and removes members", async ({ page, loginAs, createUser, pageOf }) => {
    await loginAs(["admin"]);
    const id = unique();
    const supervisor = await createUser({ roles: ["supervisor"], name: `Team Lead ${id}` });
    const first = await createUser({ roles: ["manager"], name: `First Rep ${id}` });
    const second = await createUser({ roles: ["manager"], name: `Second Rep ${id}` });
    const teamName = `North ${id}`;

    await page.goto("/admin/teams");
    await page.getByRole("button", { name: "Create team" }).click();
    await expect(page.getByText("Enter the team's name.")).toBeVisible();
    await page.getByLabel("Team name").fill(teamName);
    await page.getByRole("button", { name: "Create team" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(teamName);

    await page.getByRole("checkbox", { name: new RegExp(supervisor.name) }).check();
    await page.getByRole("button", { name: "Save supervisors" }).click();
    await expect(page.getByRole("status")).toHaveText("Supervisors saved.");
    await expect(page.getByRole("checkbox", { name: new RegExp(supervisor.name) })).toBeChecked();
    // only supervisors are offered as supervisors, only managers as members
    await expect(page.getByRole("checkbox", { name: new RegExp(first.name) })).toHaveCount(0);

    for (const member of [first, second]) {
      await page.getByLabel("Manager", { exact: true }).selectOption(member.id);
      await page.getByRole("button", { name: "Add to team" }).click();
      await expect(page.getByRole("status")).toHaveText(`${isolated(member.name)} was added to the team.`);
    }
    const members = page.getByRole("table", { name: `Members of ${teamName}` });
    await expect(members.getByRole("rowheader")).toHaveText([first.name, second.name]);
    await page.getByRole("button", { name: `Remove ${first.name} from the team` }).click();
    await expect(page.getByRole("status")).toHaveText(`${isolated(first.name)} was removed from the team.`);
    await expect(members.getByRole("rowheader")).toHaveText([second.name]);

    await page.getByRole("link", { name: "All teams" }).click();
    const row = page.getByRole("row", { name: new RegExp(teamName) });
    await expect(row).toContainText(supervisor.name);
    await expect(row.getByRole("cell").last()).toHaveText("1");

    // the supervisor now finds the team under their own teams
    const theirPage = await pageOf(supervisor, { locale: "en-US" });
    await theirPage.goto("/supervise");
    await theirPage.getByRole("link", { name: teamName }).click();
    await expect(theirPage.getByRole("rowheader", { name: second.name })).toBeVisible();
  });
});

test.describe("admin: backup", () => {
  test("an admin downloads a valid SQLite copy; a manager is refused", async ({ page, loginAs, createUser, pageOf }) => {
    await loginAs(["admin"], { name: `Backup Admin ${unique()}` });
    const res = await page.request.get("/admin/backup/download");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="callcraft-\d{8}-\d{6}\.db"$/);
    const body = await res.body();
    expect(body.subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");

    await page.goto("/admin/backup");
    await expect(page.getByText(/Last backup downloaded here: .*, by Backup Admin/)).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download a backup" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^callcraft-\d{8}-\d{6}\.db$/);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");

    const manager = await createUser({ roles: ["manager"] });
    const theirs = await pageOf(manager);
    const refused = await theirs.request.get("/admin/backup/download");
    expect(refused.status()).toBe(403);
    expect((await refused.body()).subarray(0, 6).toString()).not.toBe("SQLite");
  });
});
