/**
 * `npm run db:backup`: a consistent copy of DATABASE_URL (default ./data/callcraft.db) into
 * BACKUP_DIR (default ./data/backups), taken with SQLite's online backup API, so it is safe while
 * the app is running. Prints the path of the copy.
 */
import fs from "node:fs";
import path from "node:path";
import { databasePath, openDatabase } from "../app/db.server";
import { serverEnv } from "../app/env.server";
import { backupInto } from "../app/models/organisation/backup.server";

const source = databasePath();
const dir = path.resolve(process.cwd(), serverEnv().BACKUP_DIR);
// No migrations: a backup must copy the database as it is, not change it first.
if (!fs.existsSync(source)) {
  console.error(`No database at ${source}: set DATABASE_URL to the file to back up.`);
  process.exit(1);
}
const db = openDatabase(source, { migrate: false });
try {
  const file = await backupInto(db.$client, dir);
  console.log(file);
} finally {
  db.$client.close();
}
