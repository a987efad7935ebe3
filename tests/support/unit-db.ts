/**
 * vitest setupFiles: every test file gets its own copy of the run's migrated template database
 * (tests/support/unit-db.global.ts) as DATABASE_URL, opened by getDb() on first use and closed and
 * removed after the file. A file sees only its own rows, whichever worker runs it and whatever ran
 * there before; test files set nothing up themselves.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";

function closeDb() {
  globalThis.__callcraftDb?.$client.close();
  globalThis.__callcraftDb = undefined;
}

// A handle left open by an earlier file in this worker would point at that file's database.
closeDb();
const template = inject("unitTemplateDb");
const dir = fs.mkdtempSync(path.join(path.dirname(template), `worker-${process.env.VITEST_POOL_ID ?? "0"}-`));
const file = path.join(dir, "test.db");
fs.copyFileSync(template, file);
process.env.DATABASE_URL = file;

afterAll(() => {
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});
