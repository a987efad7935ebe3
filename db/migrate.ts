/** `npm run db:migrate`: apply pending migrations to DATABASE_URL (default ./data/callcraft.db). */
import { databasePath, openDatabase } from "../app/db.server";

const file = databasePath();
const db = openDatabase(file);
db.$client.close();
console.log(`Database ready: ${file}`);
