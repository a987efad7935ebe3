/**
 * `npx tsx tests/bench/page-weight.ts` (after `npx remix build`): bytes of HTML for a document
 * request and of the single-fetch `.data` answer for a client-side navigation, for a few pages in
 * both languages, raw and gzipped (the Express server does not compress; a proxy in front may).
 * It runs the built server on a throwaway database, like the browser tests. Prints a table and a
 * JSON object as its last line.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { startServer } from "../e2e/server";

const dir = path.resolve("tests/.tmp", `weight-${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const dbFile = path.join(dir, "weight.db");
process.env.DATABASE_URL = dbFile;

const { getDb, schema } = await import("../../app/db.server");
const { prepareTemplate } = await import("../e2e/template");
const { ensureUser } = await import("../../db/factories");
const { createSessionCookie } = await import("../../app/auth/session.server");
const { createAttempt } = await import("../../app/models/rehearsal/attempt.server");
const { eq } = await import("drizzle-orm");

getDb();
await prepareTemplate();
const slug = "objection-drill-en";
const item = getDb().select().from(schema.contentItems).where(eq(schema.contentItems.slug, slug)).get();
if (!item?.publishedVersionId) throw new Error(`${slug} is not published`);

const figures: Record<string, number> = {};
const server = await startServer(4090 + (process.pid % 9), dbFile);
try {
  for (const locale of ["en", "ru"] as const) {
    const userId = await ensureUser({
      email: `weight-${locale}@test.callcraft`,
      name: `Weight ${locale}`,
      roles: ["manager", "supervisor", "content_lead", "admin"],
      password: null,
      locale,
    });
    const cookie = (await createSessionCookie(userId)).split(";")[0] ?? "";
    const attemptId = createAttempt({
      userId,
      itemId: item.id,
      versionId: item.publishedVersionId,
      mode: "practice",
      answerMode: "choice",
      assignmentId: null,
    });
    const pages: Record<string, string> = {
      home: "/",
      catalogue: "/rehearse",
      brief: `/rehearse/${slug}`,
      call: `/attempts/${attemptId}`,
      supervise: "/supervise",
      studio: "/studio",
      lessons: "/lessons",
    };
    for (const [name, url] of Object.entries(pages)) {
      for (const kind of ["html", "data"] as const) {
        const target = kind === "html" ? url : `${url === "/" ? "/_root" : url}.data`;
        const res = await fetch(server.baseURL + target, { headers: { Cookie: cookie } });
        const body = Buffer.from(await res.arrayBuffer());
        if (res.status !== 200) throw new Error(`${target}: ${res.status}`);
        figures[`${locale}.${name}.${kind}`] = body.length;
        figures[`${locale}.${name}.${kind}.gz`] = zlib.gzipSync(body, { level: 9 }).length;
      }
    }
  }
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}

const rows = new Map<string, string[]>();
for (const [key, bytes] of Object.entries(figures)) {
  const [locale, page, kind, gz] = key.split(".");
  const row = `${locale} ${page}`.padEnd(16);
  rows.set(row, [...(rows.get(row) ?? []), `${kind}${gz ? " gz" : ""} ${(bytes / 1024).toFixed(1)} KB`]);
}
for (const [row, cells] of rows) console.log(row, cells.map((c) => c.padEnd(16)).join(""));
console.log(JSON.stringify(figures));
