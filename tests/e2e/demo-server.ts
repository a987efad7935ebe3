/**
 * A server on a database with the full demo seed (`npm run db:seed`): people in both languages,
 * weeks of calls, assignments, a certificate, disputes. The accessibility walk needs pages with
 * real content on them, and the demo accounts themselves are under test there.
 */
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { TEMPLATE_DB, TMP_DIR } from "./paths";
import { startServer, type RunningServer } from "./server";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface DemoServer {
  server: RunningServer;
  /** read-only access to the seeded database, for sample ids of pages no link leads to */
  db: Database.Database;
  stop(): Promise<void>;
}

/** Seeds a copy of the template database in a child process, then serves it on a free port. */
export async function startDemoServer(name: string): Promise<DemoServer> {
  const file = path.join(TMP_DIR, `demo-${name}-${process.pid}.db`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(TEMPLATE_DB, file);
  const seeded = spawnSync(path.resolve("node_modules/.bin/tsx"), ["db/seed.ts"], {
    env: { ...process.env, DATABASE_URL: file },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`demo seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
  const server = await startServer(await freePort(), file);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  return {
    server,
    db,
    stop: async () => {
      db.close();
      await server.stop();
    },
  };
}
