import fs from "node:fs";
import path from "node:path";
import { TEMPLATE_DB, TMP_DIR } from "./paths";

/**
 * A template database — migrated, with the script library imported as version 1 — that every
 * worker copies. The build must already exist (npm test builds first).
 */
export default async function globalSetup() {
  if (!fs.existsSync(path.resolve("build/index.js"))) {
    throw new Error("No build found: run `npm run build` before the browser tests (npm test does).");
  }
  fs.rmSync(TMP_DIR, { recursive: true, force: true });
  removeStaleRuns();
  fs.mkdirSync(TMP_DIR, { recursive: true });
  process.env.DATABASE_URL = TEMPLATE_DB;
  const { getDb } = await import("../../app/db.server");
  const { prepareTemplate } = await import("./template");
  const db = getDb();
  await prepareTemplate();
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  globalThis.__callcraftDb = undefined;
}

/** Folders of earlier runs whose process is gone. */
function removeStaleRuns() {
  const root = path.dirname(TMP_DIR);
  if (!fs.existsSync(root)) return;
  for (const name of fs.readdirSync(root)) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      fs.rmSync(path.join(root, name), { recursive: true, force: true });
    }
  }
}
