import fs from "node:fs";
import path from "node:path";
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it, vi } from "vitest";

const { parseScript } = await import("~/engine");
const { getDb } = await import("~/db.server");
const { publishVersion } = await import("~/models/content/content.server");
const { createAttempt } = await import("~/models/rehearsal/attempt.server");
const { warmUpPages } = await import("./server-warm-up.server");

const published: Record<string, { itemId: string; versionId: string }> = {};

beforeAll(() => {
  for (const file of ["qualify-lead.ru.mdx", "warm-inbound.en.mdx"]) {
    const source = fs.readFileSync(path.resolve(__dirname, "../scripts-content/scripts", file), "utf8");
    const definition = parseScript(source).definition;
    if (!definition) throw new Error(`${file} does not parse`);
    published[definition.meta.id] = publishVersion({
      kind: "script",
      slug: definition.meta.id,
      lang: definition.meta.lang,
      title: definition.meta.title,
      source,
      compiledCode: "",
      definition,
      contentHash: file,
      compilerVersion: "x",
    });
  }
});

const count = (table: string) => (getDb().$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

/**
 * A stand-in for the Remix handler that does what the real routes do to the database: starting a
 * call writes an attempt for the signed-in user; the call page offers one option.
 */
function recordingHandler() {
  const seen: { method: string; path: string; body: string; roles: readonly string[] }[] = [];
  const handle = async (request: Request, context: AppLoadContext): Promise<Response> => {
    const url = new URL(request.url);
    const body = request.method === "POST" ? await request.text() : "";
    seen.push({ method: request.method, path: url.pathname, body, roles: context.auth?.roles ?? [] });
    const slug = /^\/rehearse\/(.+)$/.exec(url.pathname)?.[1];
    if (request.method === "POST" && slug) {
      const script = published[slug];
      if (!script || !context.auth) return new Response(null, { status: 404 });
      const id = createAttempt({ userId: context.auth.user.id, ...script, mode: "practice", answerMode: "choice" });
      return new Response(null, { status: 302, headers: { location: `/attempts/${id}` } });
    }
    if (request.method === "GET" && url.pathname.startsWith("/attempts/") && !url.pathname.endsWith("/result"))
      return new Response('<input name="seq" value="1"><button name="optionId" value="opt-1">', { status: 200 });
    return new Response(null, { status: request.method === "POST" ? 302 : 200 });
  };
  return { seen, handle };
}

describe("warmUpPages", () => {
  it("plays calls in both languages and answer modes as a signed-in manager, and keeps nothing", async () => {
    const before = { users: count("users"), sessions: count("sessions"), attempts: count("attempts") };
    const { seen, handle } = recordingHandler();
    expect(await warmUpPages(handle, 1)).toBe(4);
    const starts = seen.filter((r) => r.method === "POST" && r.path.startsWith("/rehearse/"));
    expect(starts.map((r) => `${r.path} ${r.body}`)).toEqual([
      "/rehearse/qualify-lead-ru mode=practice&answerMode=choice",
      "/rehearse/qualify-lead-ru mode=practice&answerMode=free",
      "/rehearse/warm-inbound-en mode=practice&answerMode=choice",
      "/rehearse/warm-inbound-en mode=practice&answerMode=free",
    ]);
    expect(seen.every((r) => r.roles.includes("manager"))).toBe(true);
    // a click in choice mode, typed words in free mode, then the card and the result page
    expect(seen.some((r) => r.body.includes("optionId=opt-1"))).toBe(true);
    expect(seen.some((r) => r.body.includes("text="))).toBe(true);
    expect(seen.filter((r) => r.body.startsWith("intent=finish"))).toHaveLength(4);
    expect(seen.filter((r) => r.path.endsWith("/result"))).toHaveLength(4);
    // the attempts the handler wrote, the manager and the session were all rolled back
    expect({ users: count("users"), sessions: count("sessions"), attempts: count("attempts") }).toEqual(before);
    expect(getDb().$client.inTransaction).toBe(false);
  });

  it("a handler that fails is logged, rolled back, and the server starts anyway", async () => {
    const before = count("users");
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const played = await warmUpPages(async () => {
      throw new Error("render failed");
    });
    expect(played).toBe(0);
    expect(error).toHaveBeenCalledWith("Page warm-up skipped:", "render failed");
    error.mockRestore();
    expect(count("users")).toBe(before);
    expect(getDb().$client.inTransaction).toBe(false);
  });

  it("does nothing inside someone else's transaction, which it could not roll back alone", async () => {
    const db = getDb().$client;
    db.exec("BEGIN");
    try {
      const { seen, handle } = recordingHandler();
      expect(await warmUpPages(handle)).toBe(0);
      expect(seen).toHaveLength(0);
    } finally {
      db.exec("ROLLBACK");
    }
  });
});
