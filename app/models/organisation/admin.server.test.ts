import { spawn } from "node:child_process";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";

const { default: Database } = await import("better-sqlite3");
const { eq } = await import("drizzle-orm");
const { getDb, schema } = await import("~/db.server");
const { rolesOf } = await import("~/auth/session.server");
const { createUser, getUserById } = await import("./user.server");
const { auditFor, changeActive, changeRoles } = await import("./admin.server");

let counter = 0;
async function admin(name: string): Promise<string> {
  counter += 1;
  return createUser({ email: `admin-${counter}@test.callcraft`, name, roles: ["admin"] });
}

function isActive(userId: string): boolean | undefined {
  return getUserById(userId)?.active;
}

// A request that passed the session check before another admin's change committed still reaches
// the model: `anna` and `boris` below act on what their pages showed them a moment earlier.
let anna = "";
let boris = "";

beforeEach(async () => {
  // every test starts from exactly two active admins
  getDb().update(schema.users).set({ active: false }).run();
  anna = await admin("Anna");
  boris = await admin("Boris");
});

describe("at least one active admin remains", () => {
  it("of two admins deactivating each other, the second is refused and nothing of it is written", () => {
    const expiresAt = Math.floor(Date.now() / 1000) + 3600;
    getDb()
      .insert(schema.sessions)
      .values([
        { id: "anna-session", userId: anna, expiresAt },
        { id: "boris-session", userId: boris, expiresAt },
      ])
      .run();
    const sessionsOf = (userId: string) => getDb().select().from(schema.sessions).where(eq(schema.sessions.userId, userId)).all();
    expect(changeActive(anna, boris, false)).toEqual({ ok: true });
    expect(changeActive(boris, anna, false)).toEqual({ ok: false, error: "lastAdmin" });
    expect(isActive(anna)).toBe(true);
    expect(isActive(boris)).toBe(false);
    expect(sessionsOf(boris)).toEqual([]);
    // the refused deactivation neither ended Anna's session nor reached the audit log
    expect(sessionsOf(anna)).toHaveLength(1);
    expect(auditFor("user", anna)).toEqual([]);
  });

  it("of two admins removing each other's admin role, the second is refused", () => {
    expect(changeRoles(anna, boris, ["supervisor"])).toEqual({ ok: true });
    expect(changeRoles(boris, anna, ["manager"])).toEqual({ ok: false, error: "lastAdmin" });
    expect(rolesOf(anna)).toEqual(["admin"]);
    expect(rolesOf(boris)).toEqual(["supervisor"]);
    expect(auditFor("user", anna)).toEqual([]);
  });

  it("mixing the two paths is refused too: deactivated, then the role taken from the last admin", () => {
    expect(changeActive(anna, boris, false)).toEqual({ ok: true });
    expect(changeRoles(boris, anna, ["content_lead"])).toEqual({ ok: false, error: "lastAdmin" });
    expect(rolesOf(anna)).toEqual(["admin"]);
  });

  it("and the other way round: demoted, then the last admin deactivated", () => {
    expect(changeRoles(anna, boris, ["manager"])).toEqual({ ok: true });
    expect(changeActive(boris, anna, false)).toEqual({ ok: false, error: "lastAdmin" });
    expect(isActive(anna)).toBe(true);
  });

  it("allows changes that keep an active admin: other roles of the last admin, inactive admins, reactivation", () => {
    expect(changeActive(anna, boris, false)).toEqual({ ok: true });
    expect(changeRoles(boris, anna, ["admin", "supervisor"])).toEqual({ ok: true });
    expect(rolesOf(anna)).toEqual(["supervisor", "admin"]);
    expect(changeRoles(anna, boris, ["manager"])).toEqual({ ok: true });
    expect(changeActive(anna, boris, true)).toEqual({ ok: true });
    expect(isActive(boris)).toBe(true);
  });

  it("counts only active admins: a deactivated admin does not keep the last active one removable", async () => {
    const dormant = await admin("Dormant");
    expect(changeActive(anna, dormant, false)).toEqual({ ok: true });
    expect(changeActive(anna, boris, false)).toEqual({ ok: true });
    expect(changeActive(boris, anna, false)).toEqual({ ok: false, error: "lastAdmin" });
  });

  it("lets an admin go while a third one stays active", async () => {
    const third = await admin("Third");
    expect(changeActive(anna, boris, false)).toEqual({ ok: true });
    expect(changeActive(third, anna, false)).toEqual({ ok: true });
    expect(changeRoles(anna, third, ["manager"])).toEqual({ ok: false, error: "lastAdmin" });
    expect(isActive(third)).toBe(true);
  });

  it("still refuses an admin locking themself out, with its own reason", () => {
    expect(changeActive(anna, anna, false)).toEqual({ ok: false, error: "selfDeactivate" });
    expect(changeRoles(anna, anna, ["manager"])).toEqual({ ok: false, error: "selfAdmin" });
  });
});

/**
 * Runs changeActive in another process against the same database file; it starts only when
 * `go` is called, and the promise gives what it returned (or the error it died with).
 */
function changeActiveElsewhere(actorId: string, userId: string) {
  const script = `
    const { getDb } = await import("./app/db.server.ts");
    const { changeActive } = await import("./app/models/organisation/admin.server.ts");
    getDb();
    process.stdout.write("ready\\n");
    process.stdin.once("data", () => {
      process.stdout.write(JSON.stringify(changeActive(${JSON.stringify(actorId)}, ${JSON.stringify(userId)}, false)));
      process.exit(0);
    });`;
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["--input-type=module", "-e", script], { env: process.env });
  let output = "";
  let errors = "";
  const ready = new Promise<void>((resolve) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.startsWith("ready\n")) resolve();
    });
  });
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const result = new Promise<unknown>((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(output.slice("ready\n".length))) : reject(new Error(errors)))),
  );
  return { ready, go: () => child.stdin.write("go\n"), result };
}

describe("two processes at the same moment", () => {
  it("waits for the other admin's change to commit, then refuses instead of failing or passing on a stale count", async () => {
    const other = changeActiveElsewhere(boris, anna);
    await other.ready;
    // Anna's deactivation of Boris is in flight on another connection, holding the write lock…
    const annaConnection = new Database(process.env.DATABASE_URL ?? "");
    annaConnection.exec("BEGIN IMMEDIATE");
    annaConnection.prepare("UPDATE users SET active = 0 WHERE id = ?").run(boris);
    // …when Boris's request, already past its session check, deactivates Anna
    other.go();
    await new Promise((resolve) => setTimeout(resolve, 300));
    annaConnection.exec("COMMIT");
    annaConnection.close();
    await expect(other.result).resolves.toEqual({ ok: false, error: "lastAdmin" });
    expect(isActive(anna)).toBe(true);
    expect(isActive(boris)).toBe(false);
  });
});
