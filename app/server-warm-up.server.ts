/**
 * The request path warmed at boot, before the server listens: a throwaway manager starts a call in
 * each language, answers a few turns by click and by typing, finishes it and opens the result,
 * through the same Remix handler real requests use. A fresh process pays for its first renders
 * (lazily compiled code, first-use caches) with tens of milliseconds each; fifty managers arriving
 * together used to pay it at once, which made the first seconds' turns wait up to seconds behind
 * each other (bench:turn's p99). Everything runs inside one transaction rolled back at the end, and
 * before the mail sender and the hourly jobs start, so nothing it writes is ever kept.
 */
import crypto from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { authenticate, createSessionCookie } from "~/auth/session.server";
import { getDb, schema } from "~/db.server";
import { createUser } from "~/models/organisation/user.server";

export type HandleRequest = (request: Request, context: AppLoadContext) => Promise<Response>;

const ORIGIN = "http://warm-up.invalid";
const TURNS = 4;

/** One published script per language, the first by slug, or none when the library is empty. */
function scriptsToWarm(): string[] {
  const slugs: string[] = [];
  for (const lang of ["ru", "en"] as const) {
    const row = getDb()
      .select({ slug: schema.contentItems.slug })
      .from(schema.contentItems)
      .where(
        and(
          eq(schema.contentItems.kind, "script"),
          eq(schema.contentItems.lang, lang),
          isNotNull(schema.contentItems.publishedVersionId),
          isNull(schema.contentItems.archivedAt),
        ),
      )
      .orderBy(asc(schema.contentItems.slug))
      .get();
    if (row) slugs.push(row.slug);
  }
  return slugs;
}

async function playCall(handle: HandleRequest, context: AppLoadContext, cookie: string, slug: string, answerMode: string) {
  const post = (path: string, body: Record<string, string>) =>
    handle(
      new Request(`${ORIGIN}${path}`, {
        method: "POST",
        headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(body).toString(),
      }),
      context,
    );
  const get = (path: string) => handle(new Request(`${ORIGIN}${path}`, { headers: { Cookie: cookie } }), context);
  const started = await post(`/rehearse/${slug}`, { mode: "practice", answerMode });
  const call = started.headers.get("location");
  if (started.status !== 302 || !call) return;
  for (let turn = 0; turn < TURNS; turn += 1) {
    const page = await (await get(call)).text();
    const seq = /name="seq" value="(\d+)"/.exec(page)?.[1];
    if (!seq) break;
    const optionId = /name="optionId" value="([^"]+)"/.exec(page)?.[1];
    const text = turn % 2 === 0 ? "Добрый день! Удобно сейчас говорить?" : "Good afternoon, is now a good time?";
    const reply: Record<string, string> =
      answerMode === "choice" && optionId ? { intent: "reply", seq, optionId } : { intent: "reply", seq, text };
    await (await post(call, reply)).arrayBuffer();
  }
  await (await post(call, { intent: "finish", fit: "yes" })).arrayBuffer();
  await (await get(`${call}/result`)).arrayBuffer();
}

/**
 * Plays `rounds` calls per language and answer mode and rolls everything back. Returns how many
 * calls were played; a failure is logged and the server starts anyway (its first requests are
 * merely slower).
 */
export async function warmUpPages(handle: HandleRequest, rounds = 2): Promise<number> {
  const db = getDb().$client;
  if (db.inTransaction) return 0;
  db.exec("BEGIN IMMEDIATE");
  let played = 0;
  try {
    const slugs = scriptsToWarm();
    if (slugs.length === 0) return 0;
    const userId = await createUser({
      email: `warm-up-${crypto.randomUUID()}@warm-up.invalid`,
      name: "Warm-up",
      roles: ["manager"],
    });
    const cookie = (await createSessionCookie(userId)).split(";")[0] ?? "";
    const auth = await authenticate(cookie);
    const context: AppLoadContext = { auth: auth.value, cspNonce: "warm-up", clientAddress: "127.0.0.1" };
    await (await handle(new Request(`${ORIGIN}/`, { headers: { Cookie: cookie } }), context)).arrayBuffer();
    for (let round = 0; round < rounds; round += 1) {
      for (const slug of slugs) {
        for (const answerMode of ["choice", "free"]) {
          await playCall(handle, context, cookie, slug, answerMode);
          played += 1;
        }
      }
    }
  } catch (error) {
    console.error("Page warm-up skipped:", error instanceof Error ? error.message : error);
  } finally {
    db.exec("ROLLBACK");
  }
  return played;
}
