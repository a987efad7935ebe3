import { getDb } from "~/db.server";

/** Runs once when the server starts: opening the database applies pending migrations. */
export async function onServerStart(): Promise<void> {
  getDb();
}
