import type { Db } from "../../app/db.server";

/**
 * What every test database starts with beyond migrations (which bring the reference data).
 * Tests never rely on seed rows: each creates the users and teams it needs through the factories.
 * Features that need shared content (the script library) add it here.
 */
export async function prepareTemplate(_db: Db): Promise<void> {}
