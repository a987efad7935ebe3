/**
 * What the server answers to requests no page of ours would send: bodies that are not forms,
 * bodies and fields over their limits, methods and pages without an action, hostile redirect
 * targets. Never a 500, never a stack trace in the log, and the connection stays usable.
 */
import net from "node:net";
import { eq } from "drizzle-orm";
import { getDb, schema } from "../../app/db.server";
import { createSessionCookie } from "../../app/auth/session.server";
import { expect, test } from "./fixtures";

const STACK = /\n\s+at /;

async function cookieFor(userId: string): Promise<string> {
  return (await createSessionCookie(userId)).split(";")[0] ?? "";
}

/** Sends raw HTTP/1.1 requests over one connection and returns each response's status line. */
function overOneConnection(port: number, requests: string[], expected: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    // a response body does not end with a line break: the next status line follows on the same line
    const statuses = () => received.match(/HTTP\/1\.1 \d{3} [^\r]*/g) ?? [];
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      if (statuses().length >= expected && /\r\n0\r\n\r\n$|ok$/.test(received)) {
        socket.destroy();
        resolve(statuses());
      }
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(statuses()));
    for (const request of requests) socket.write(request);
  });
}

test.describe("bodies that are not forms", () => {
  test("JSON, text, XML, malformed multipart and empty bodies get 415 or 400 with a short message", async ({
    request,
    baseURL,
    createUser,
    server,
  }) => {
    const user = await createUser({ roles: ["manager"] });
    const cookie = await cookieFor(user.id);
    const cases: { path: string; type?: string; body: string; status: number }[] = [
      { path: "/login", type: "application/json", body: '{"email":"a@b.c","password":"x"}', status: 415 },
      { path: "/login", type: "text/plain", body: "email=a@b.c", status: 415 },
      { path: "/login", type: "application/xml", body: "<a/>", status: 415 },
      { path: "/login", body: "email=a", status: 415 },
      { path: "/login", type: "multipart/form-data; boundary=zz", body: "--zz\r\nbroken", status: 400 },
      { path: "/login", type: "multipart/form-data", body: "no boundary", status: 400 },
      { path: "/account", type: "application/json", body: "{}", status: 415 },
      { path: "/set-language", type: "application/json", body: "[1,2", status: 415 },
    ];
    for (const c of cases) {
      const res = await request.post(c.path, {
        headers: { Origin: baseURL!, Cookie: cookie, ...(c.type ? { "Content-Type": c.type } : {}) },
        data: c.body,
        maxRedirects: 0,
      });
      expect(res.status(), `${c.path} ${c.type}`).toBe(c.status);
      const text = await res.text();
      expect(text.length).toBeLessThan(200);
      expect(text).not.toMatch(STACK);
    }
    // an empty POST is an empty form: the sign-in page asks for the fields
    const empty = await request.post("/login", { headers: { Origin: baseURL! }, maxRedirects: 0 });
    expect(empty.status()).toBe(400);
    expect(server.output()).not.toMatch(STACK);
  });

  test("a POST to a page without an action, or another method, answers 405 and logs nothing", async ({
    request,
    baseURL,
    loginAs,
    page,
    server,
  }) => {
    const before = server.output().length;
    for (const path of ["/", "/progress", "/rehearse", "/verify/no-such-code"]) {
      const res = await request.post(path, { headers: { Origin: baseURL! }, form: { a: "b" }, maxRedirects: 0 });
      expect([302, 405], path).toContain(res.status());
    }
    const user = await loginAs(["manager"]);
    const cookie = await cookieFor(user.id);
    const signedIn = await request.post("/progress", { headers: { Origin: baseURL!, Cookie: cookie }, form: { a: "b" } });
    expect(signedIn.status()).toBe(405);
    for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const res = await request.fetch("/login", { method, headers: { Origin: baseURL! } });
      expect(res.status(), method).toBe(405);
    }
    expect(server.output().slice(before)).toBe("");
    // in the browser the 405 page speaks the interface language, not Remix's developer English
    await page.goto("/");
    const response = await page.request.post("/progress", { headers: { Origin: baseURL! }, form: {} });
    expect(response.status()).toBe(405);
    const alert = /<div role="alert"[^>]*>(.*?)<\/div>/s.exec(await response.text())?.[1] ?? "";
    expect(alert).toMatch(/This page takes no form|Эта страница не принимает форм/);
  });
});

test.describe("limits", () => {
  test("a body over the global limit gets 413 and the same connection answers the next request", async ({ server }) => {
    const body = `text=${"a".repeat(3 * 1024 * 1024)}`;
    const post = `POST /login HTTP/1.1\r\nHost: localhost:${server.port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const chunked = `POST /login HTTP/1.1\r\nHost: localhost:${server.port}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n${(3 * 1024 * 1024).toString(16)}\r\n${"b".repeat(3 * 1024 * 1024)}\r\n0\r\n\r\n`;
    const health = `GET /healthz HTTP/1.1\r\nHost: localhost:${server.port}\r\n\r\n`;
    const statuses = await overOneConnection(server.port, [post, chunked, health], 3);
    expect(statuses).toEqual(["HTTP/1.1 413 Payload Too Large", "HTTP/1.1 413 Payload Too Large", "HTTP/1.1 200 OK"]);
    expect(server.output()).not.toMatch(STACK);
  });

  test("a free-text reply over 4,000 characters is refused and stored nowhere; 4,000 is taken", async ({
    request,
    baseURL,
    createUser,
  }) => {
    const user = await createUser({ roles: ["manager"] });
    const headers = { Origin: baseURL!, Cookie: await cookieFor(user.id) };
    const start = await request.post("/rehearse/objection-drill-en", {
      headers,
      form: { mode: "practice", answerMode: "free" },
      maxRedirects: 0,
    });
    const location = start.headers().location ?? "";
    expect(location).toMatch(/^\/attempts\//);
    const attemptId = location.split("/")[2] ?? "";
    const turns = () => getDb().select().from(schema.attemptTurns).where(eq(schema.attemptTurns.attemptId, attemptId)).all();

    const huge = await request.post(location, {
      headers,
      form: { intent: "reply", seq: "1", text: "да ".repeat(700_000) },
      maxRedirects: 0,
    });
    expect(huge.status()).toBe(413);
    const long = await request.post(location, { headers, form: { intent: "reply", seq: "1", text: "a".repeat(4001) }, maxRedirects: 0 });
    expect(long.status()).toBe(400);
    expect(await long.text()).toContain("4,000");
    expect(turns()).toHaveLength(0);
    expect(getDb().select().from(schema.unmatchedReplies).where(eq(schema.unmatchedReplies.attemptId, attemptId)).all()).toHaveLength(0);

    const longest = "Understood, let me ask a couple of questions first. ".repeat(80).slice(0, 4000);
    const taken = await request.post(location, { headers, form: { intent: "reply", seq: "1", text: longest }, maxRedirects: 0 });
    expect(taken.status()).toBe(302);
    expect(turns()).toHaveLength(1);
  });

  test("every form field has a server-side limit, in the interface language", async ({ request, baseURL, createUser }) => {
    const admin = await createUser({ roles: ["admin"], locale: "ru" });
    const headers = { Origin: baseURL!, Cookie: await cookieFor(admin.id) };
    const cases: Record<string, number> = { name: 121, email: 255, password: 1025, body: 2001, anyOtherField: 1001 };
    for (const [field, length] of Object.entries(cases)) {
      const res = await request.post("/admin/users", { headers, form: { intent: "create", [field]: "x".repeat(length) } });
      expect(res.status(), field).toBe(400);
      expect(await res.text()).toContain(`«${field}»`);
    }
  });
});

test.describe("redirectTo", () => {
  test("a non-Latin target signs in and lands on that path; CR, LF and NUL go home", async ({ page, request, baseURL, createUser }) => {
    const user = await createUser();
    await page.goto("/login?redirectTo=/ё");
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/%D1%91$/);
    await expect(page.getByRole("alert")).toContainText("This page does not exist.");

    for (const target of ["/a\r\nSet-Cookie: evil=1", "/a\u0000b", "//evil.example", "/\\evil.example", "https://evil.example/"]) {
      const res = await request.post("/login", {
        headers: { Origin: baseURL! },
        form: { email: user.email, password: user.password, redirectTo: target },
        maxRedirects: 0,
      });
      expect(res.status(), JSON.stringify(target)).toBe(302);
      expect(res.headers().location).toBe("/");
    }
  });
});
