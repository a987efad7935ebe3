/**
 * vitest globalSetup: one migrated template database per run, in a folder of its own under the
 * system's temporary directory; tests/support/unit-db.ts copies it for every test file. Migrating
 * once (not once per file) is the point: a copy is a file copy, a migration is every SQL file.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../app/db.server";

declare module "vitest" {
  export interface ProvidedContext {
    /** the migrated template database that tests/support/unit-db.ts copies */
    unitTemplateDb: string;
  }
}

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "callcraft-unit-"));
  const template = path.join(dir, "template.db");
  const db = openDatabase(template, { synchronous: "normal" });
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  project.provide("unitTemplateDb", template);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
