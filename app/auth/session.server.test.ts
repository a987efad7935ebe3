import { describe, expect, it } from "vitest";

const { eq } = await import("drizzle-orm");
const { getDb, schema } = await import("~/db.server");
const { authenticate, createSessionCookie } = await import("./session.server");
const { createUser } = await import("~/models/organisation/user.server");

let counter = 0;
async function signedIn(roles: ("manager" | "supervisor")[] = ["manager"]) {
  counter += 1;
  const userId = await createUser({ email: `session-${counter}@test.callcraft`, name: `Session ${counter}`, roles });
  const cookie = (await createSessionCookie(userId)).split(";")[0] ?? "";
  const sessionId = cookie.split("=")[1] ?? "";
  return { userId, cookie, sessionId };
}

const storedExpiry = (sessionId: string) =>
  getDb().select({ expiresAt: schema.sessions.expiresAt }).from(schema.sessions).where(eq(schema.sessions.id, sessionId)).get()?.expiresAt;

const setExpiry = (sessionId: string, secondsFromNow: number) =>
  getDb()
    .update(schema.sessions)
    .set({ expiresAt: Math.floor(Date.now() / 1000) + secondsFromNow })
    .where(eq(schema.sessions.id, sessionId))
    .run();

describe("authenticate: the session check every request makes", () => {
  it("a valid session's cookie gives its user, roles and permissions, and no new cookie", async () => {
    const { userId, cookie, sessionId } = await signedIn(["manager"]);
    const auth = await authenticate(cookie);
    expect(auth.setCookie).toBeUndefined();
    expect(auth.value?.user).toEqual({ id: userId, email: `session-${counter}@test.callcraft`, name: `Session ${counter}`, locale: null });
    expect(auth.value?.sessionId).toBe(sessionId);
    expect(auth.value?.roles).toEqual(["manager"]);
    expect(auth.value?.permissions).toContain("rehearse:attempt:own");
  });

  it("an unknown session is refused with a blank cookie", async () => {
    const auth = await authenticate("callcraft_session=not-a-session");
    expect(auth.value).toBeNull();
    expect(auth.setCookie).toMatch(/^callcraft_session=;/);
  });

  it("an expired session is refused and deleted", async () => {
    const { cookie, sessionId } = await signedIn();
    setExpiry(sessionId, -60);
    expect((await authenticate(cookie)).value).toBeNull();
    expect(storedExpiry(sessionId)).toBeUndefined();
  });

  it("a session past half its life is extended, with a new cookie", async () => {
    const { cookie, sessionId } = await signedIn();
    setExpiry(sessionId, 24 * 3600);
    const auth = await authenticate(cookie);
    expect(auth.value?.sessionId).toBe(sessionId);
    expect(auth.setCookie).toMatch(new RegExp(`^callcraft_session=${sessionId};`));
    expect(storedExpiry(sessionId)).toBeGreaterThan(Math.floor(Date.now() / 1000) + 13 * 24 * 3600);
  });

  it("a deactivated user's session is refused and ended", async () => {
    const { userId, cookie, sessionId } = await signedIn();
    getDb().update(schema.users).set({ active: false }).where(eq(schema.users.id, userId)).run();
    const auth = await authenticate(cookie);
    expect(auth.value).toBeNull();
    expect(auth.setCookie).toMatch(/^callcraft_session=;/);
    expect(storedExpiry(sessionId)).toBeUndefined();
  });
});
