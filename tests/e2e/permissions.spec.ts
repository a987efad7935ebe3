import fs from "node:fs";
import path from "node:path";
import { permissionsOf, ROLES, type Role } from "../../app/auth/permissions";
import { expect, test, type TestUser } from "./fixtures";
import { ROUTE_MATRIX, type MatrixRoute } from "./route-matrix";

/** What remix.config.js ignores in app/routes. */
const ignored = (name: string) => name.startsWith(".") || /\.test\./.test(name);

test("every file in app/routes is in the route matrix, and every matrix row has its file", () => {
  const files = fs.readdirSync(path.resolve("app/routes")).filter((name) => !ignored(name));
  const listed = new Set(ROUTE_MATRIX.map((r) => r.file));
  const missing = files.filter((f) => !listed.has(f));
  expect(missing, "add these routes to tests/e2e/route-matrix.ts with the permission they require").toEqual([]);
  const stale = [...listed].filter((f) => !files.includes(f));
  expect(stale, "these matrix rows name files that no longer exist").toEqual([]);
});

async function samples(createUser: (spec?: { roles?: Role[] }) => Promise<TestUser>, caller: TestUser | null) {
  const { ensureTeam } = await import("../../db/factories");
  const other = await createUser({ roles: ["manager"] });
  const teamId = `matrix-${other.id}`;
  ensureTeam({ id: teamId, name: `Matrix team ${teamId}`, supervisorIds: caller ? [caller.id] : [], memberIds: [other.id] });
  return (route: MatrixRoute) => route.url.replace("{team}", teamId).replace("{user}", other.id);
}

test("anonymous visitors get only the public routes; the rest send them to sign-in", async ({ page, baseURL, createUser }) => {
  const urlFor = await samples(createUser, null);
  for (const route of ROUTE_MATRIX) {
    const url = urlFor(route);
    const res = await page.request.get(url, { maxRedirects: 0 });
    if (route.access === "public") {
      expect(res.status(), `GET ${url}`).toBe(route.anonymousStatus ?? 200);
      continue;
    }
    if (route.getStatus) {
      expect(res.status(), `GET ${url}`).toBe(route.getStatus);
    } else {
      expect(res.status(), `GET ${url}`).toBe(302);
      expect(res.headers()["location"], `GET ${url}`).toBe(`/login?redirectTo=${encodeURIComponent(url)}`);
    }
    if (route.post) {
      const posted = await page.request.post(url, { form: route.post, headers: { Origin: baseURL! }, maxRedirects: 0 });
      expect(posted.status(), `POST ${url}`).toBe(302);
      expect(posted.headers()["location"], `POST ${url}`).toMatch(/^\/login\?redirectTo=/);
    }
  }
});

for (const role of ROLES) {
  test(`signed in as ${role}: exactly the routes the role's permissions allow`, async ({ page, baseURL, loginAs, createUser }) => {
    const user = await loginAs([role]);
    const urlFor = await samples(createUser, user);
    const granted = permissionsOf([role]);
    for (const route of ROUTE_MATRIX) {
      const url = urlFor(route);
      const res = await page.request.get(url, { maxRedirects: 0 });
      if (route.access === "public") {
        expect(res.status(), `GET ${url}`).toBe(route.signedInStatus ?? route.anonymousStatus ?? 200);
        continue;
      }
      const allowed = route.access === "signed-in" || granted.has(route.access);
      expect(res.status(), `GET ${url} as ${role}`).toBe(route.getStatus ?? (allowed ? (route.allowedStatus ?? 200) : 403));
      if (route.post && !allowed) {
        const posted = await page.request.post(url, { form: route.post, headers: { Origin: baseURL! }, maxRedirects: 0 });
        expect(posted.status(), `POST ${url} as ${role}`).toBe(403);
      }
    }
  });
}

test.describe("supervisor scope", () => {
  test("a supervisor sees their own teams only and cannot open another supervisor's team", async ({ page, loginAs, createUser }) => {
    const { ensureTeam } = await import("../../db/factories");
    const me = await loginAs(["supervisor"]);
    const rival = await createUser({ roles: ["supervisor"] });
    const mine = await createUser({ roles: ["manager"], name: `Mine ${Date.now()}` });
    const theirs = await createUser({ roles: ["manager"], name: `Theirs ${Date.now()}` });
    const myTeam = ensureTeam({ id: `own-${me.id}`, name: `Own team ${me.id.slice(0, 6)}`, supervisorIds: [me.id], memberIds: [mine.id] });
    const rivalTeam = ensureTeam({
      id: `rival-${rival.id}`,
      name: `Rival team ${rival.id.slice(0, 6)}`,
      supervisorIds: [rival.id],
      memberIds: [theirs.id],
    });

    await page.goto("/supervise");
    const list = page.getByRole("table", { name: "Teams you supervise" });
    await expect(list.getByRole("link", { name: `Own team ${me.id.slice(0, 6)}` })).toBeVisible();
    await expect(page.getByText(`Rival team ${rival.id.slice(0, 6)}`)).toHaveCount(0);

    await list.getByRole("link", { name: `Own team ${me.id.slice(0, 6)}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Own team ${me.id.slice(0, 6)}`);
    await expect(page.getByRole("rowheader", { name: mine.name })).toBeVisible();

    const res = await page.request.get(`/supervise/teams/${rivalTeam}`, { maxRedirects: 0 });
    expect(res.status()).toBe(404);
    expect(await res.text()).not.toContain(theirs.name);
    expect((await page.request.get(`/supervise/teams/${myTeam}`)).status()).toBe(200);
  });
});
