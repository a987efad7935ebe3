import fs from "node:fs";
import path from "node:path";
import { TEMPLATE_DB, TMP_DIR } from "./paths";

/** A migrated template database, copied by every worker; the build must already exist. */
export default async function globalSetup() {
  if (!fs.existsSync(path.resolve("build/index.js"))) {
    throw new Error("No build found: run `npm run build` before the browser tests (npm test does).");
  }
  fs.rmSync(TMP_DIR, { recursive: true, force: true });
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const { openDatabase } = await import("../../app/db.server");
  const { prepareTemplate } = await import("./template");
  const db = openDatabase(TEMPLATE_DB);
  await prepareTemplate(db);
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
}
