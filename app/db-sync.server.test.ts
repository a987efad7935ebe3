import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "~/db.server";
import { commitThenSync, walSyncCount } from "~/db-sync.server";

function freshDb(synchronous: "full" | "normal") {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "callcraft-dbsync-")), "test.db");
  const db = openDatabase(file, { migrate: false, synchronous });
  db.$client.exec("create table t (n integer)");
  return { db, file };
}

describe("commitThenSync", () => {
  it("commits without the disk wait, syncs the WAL before resolving, and puts FULL back", async () => {
    const { db, file } = freshDb("full");
    const before = walSyncCount(file);
    const { result, synced } = commitThenSync(db, () => {
      // inside the work the commit runs at NORMAL: SQLite does not sync in COMMIT
      expect(db.$client.pragma("synchronous", { simple: true })).toBe(1);
      return db.$client.transaction(() => db.$client.prepare("insert into t values (1)").run().changes)();
    });
    expect(result).toBe(1);
    expect(db.$client.pragma("synchronous", { simple: true })).toBe(2);
    await synced;
    expect(walSyncCount(file)).toBe(before + 1);
    expect(db.$client.prepare("select count(*) as n from t").get()).toEqual({ n: 1 });
  });

  it("turns committed while a sync is under way share the next one (group commit)", async () => {
    const { db, file } = freshDb("full");
    const insert = db.$client.prepare("insert into t values (?)");
    const pending = Array.from({ length: 20 }, (_, n) => commitThenSync(db, () => insert.run(n)).synced);
    await Promise.all(pending);
    // the first starts a sync; the 19 that committed while it ran all wait for one more
    expect(walSyncCount(file)).toBe(2);
    expect(db.$client.prepare("select count(*) as n from t").get()).toEqual({ n: 20 });
  });

  it("keeps syncing after SQLite made the WAL anew (the database closed and opened again)", async () => {
    const { db, file } = freshDb("full");
    await commitThenSync(db, () => db.$client.prepare("insert into t values (1)").run()).synced;
    db.$client.close(); // the last connection: SQLite checkpoints and deletes the WAL
    const again = openDatabase(file, { migrate: false, synchronous: "full" });
    await commitThenSync(again, () => again.$client.prepare("insert into t values (2)").run()).synced;
    expect(walSyncCount(file)).toBe(2);
    expect(again.$client.prepare("select count(*) as n from t").get()).toEqual({ n: 2 });
  });

  it("puts the setting back when the work throws, and waits for nothing at NORMAL", async () => {
    const full = freshDb("full").db;
    expect(() =>
      commitThenSync(full, () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(full.$client.pragma("synchronous", { simple: true })).toBe(2);
    const { db, file } = freshDb("normal");
    await commitThenSync(db, () => db.$client.prepare("insert into t values (1)").run()).synced;
    expect(walSyncCount(file)).toBe(0);
    expect(db.$client.pragma("synchronous", { simple: true })).toBe(1);
  });
});
