import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../app/db.server";
import { backupFileName, backupInto, backupToTemp } from "../app/models/organisation/backup.server";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "callcraft-backup-test-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function countTeams(file: string): number {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    return (copy.prepare("select count(*) as n from teams").get() as { n: number }).n;
  } finally {
    copy.close();
  }
}

describe("database backup", () => {
  it("names copies callcraft-YYYYMMDD-HHMMSS.db in UTC", () => {
    expect(backupFileName(new Date(Date.UTC(2025, 0, 2, 3, 4, 5)))).toBe("callcraft-20250102-030405.db");
  });

  it("copies committed rows while another connection holds an open write transaction", async () => {
    const live = path.join(dir, "live.db");
    const db = openDatabase(live);
    const insert = db.$client.prepare("insert into teams (id, name) values (?, ?)");
    for (let i = 0; i < 200; i += 1) insert.run(`team-${i}`, `Team ${i}`);

    // A second process-like connection starts writing and has not committed yet.
    const writer = new Database(live);
    writer.pragma("busy_timeout = 5000");
    writer.exec("begin immediate");
    writer.prepare("insert into teams (id, name) values (?, ?)").run("uncommitted", "Not yet");

    const file = await backupInto(db.$client, path.join(dir, "backups"), new Date(Date.UTC(2025, 5, 1, 12, 0, 0)));
    writer.exec("commit");
    writer.close();

    expect(path.basename(file)).toBe("callcraft-20250601-120000.db");
    expect(fs.readFileSync(file).subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");
    expect(countTeams(file)).toBe(200);
    // The live database went on working and now has the committed row too.
    expect((db.$client.prepare("select count(*) as n from teams").get() as { n: number }).n).toBe(201);

    // A second copy in the same second gets its own name instead of overwriting the first.
    const second = await backupInto(db.$client, path.join(dir, "backups"), new Date(Date.UTC(2025, 5, 1, 12, 0, 0)));
    expect(path.basename(second)).toBe("callcraft-20250601-120000-2.db");
    expect(countTeams(second)).toBe(201);
    db.$client.close();
  });

  it("a temporary copy is removed by dispose", async () => {
    const db = openDatabase(path.join(dir, "live.db"));
    const { file, dispose } = await backupToTemp(db.$client);
    expect(fs.existsSync(file)).toBe(true);
    dispose();
    expect(fs.existsSync(path.dirname(file))).toBe(false);
    db.$client.close();
  });
});
