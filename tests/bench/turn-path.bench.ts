/**
 * `npx tsx tests/bench/turn-path.bench.ts`: the rehearsal turn's server path in one process, without
 * HTTP, so the figures are the code's and not the queue of a loaded machine's CPU. MANAGERS calls of
 * BENCH_SCRIPT are played round-robin, a turn each in turn, as the call page does it: the action
 * (`submitTurn`) and then the page's loader work (the row, the view, the last turn). A baseline in
 * the same run: the same attempt row written back unchanged in its own transaction (one commit, one
 * fsync — the floor any durable turn pays). Each variant runs BENCH_RUNS times on a fresh copy of
 * the database; figures are medians over the runs. Also counts the WAL checkpoints that ran inside
 * a turn (the WAL header's salt changes when a checkpointed WAL is restarted) and the time spent in
 * garbage collection. Variants (BENCH_DURABILITY): `full`, submitTurn committing with FULL, and
 * `deferred`, submitTurnDurably (ADR 0009): "held" is how long the turn keeps the process from
 * serving anyone else, "acknowledged" until the turn is on the disk. BENCH_AUTOCHECKPOINT sets
 * wal_autocheckpoint (SQLite's default 1000 pages).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PerformanceObserver } from "node:perf_hooks";

const MANAGERS = Number(process.env.BENCH_MANAGERS ?? 20);
const CALLS = Number(process.env.BENCH_CALLS ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SCRIPT = process.env.BENCH_SCRIPT ?? "warm-inbound-en";
const AUTOCHECKPOINT = Number(process.env.BENCH_AUTOCHECKPOINT ?? 1000);
/** full: submitTurn, the commit waits for the disk; deferred: submitTurnDurably (ADR 0009) */
const VARIANTS = (process.env.BENCH_DURABILITY ?? "full,deferred").split(",").map((v) => v.trim());

const dir = path.resolve("data/bench-path");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const pristine = path.join(dir, "pristine.db");
process.env.DATABASE_URL = pristine;

const { getDb, openDatabase } = await import("../../app/db.server");
const { importScriptLibrary } = await import("../../app/models/content/library.server");
const { ensureUser } = await import("../../db/factories");
const { getItemBySlug } = await import("../../app/models/content/content.server");
const attempts = await import("../../app/models/rehearsal/attempt.server");

await importScriptLibrary();
const users: string[] = [];
for (let i = 0; i < MANAGERS; i += 1)
  users.push(await ensureUser({ email: `path${i}@bench.callcraft`, name: `Path ${i}`, roles: ["manager"], password: null }));
const item = getItemBySlug("script", SCRIPT);
const itemId = item?.id ?? "";
const versionId = item?.publishedVersionId ?? "";
if (!itemId || !versionId) throw new Error(`${SCRIPT} is not in the library, or not published`);
getDb().$client.pragma("wal_checkpoint(TRUNCATE)");
getDb().$client.close();
globalThis.__callcraftDb = undefined;

function walSalt(file: string): string {
  try {
    const fd = fs.openSync(`${file}-wal`, "r");
    const buf = Buffer.alloc(32);
    fs.readSync(fd, buf, 0, 32, 0);
    fs.closeSync(fd);
    return buf.subarray(16, 24).toString("hex");
  } catch {
    return "";
  }
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
const r2 = (x: number) => Math.round(x * 100) / 100;
function stats(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, p50: r2(pct(s, 50)), p95: r2(pct(s, 95)), p99: r2(pct(s, 99)), max: r2(s[s.length - 1] ?? 0) };
}

async function oneRun(run: number, variant: string) {
  const autocheckpoint = AUTOCHECKPOINT;
  const file = path.join(dir, `run-${variant}-${run}.db`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(pristine, file);
  globalThis.__callcraftDb = openDatabase(file);
  const db = getDb();
  db.$client.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gc.observe({ entryTypes: ["gc"] });
  const action: number[] = [];
  const blocked: number[] = [];
  const page: number[] = [];
  const baseline: number[] = [];
  const checkpointed: number[] = [];
  let snapshotBytes = 0;
  // a real one-page write (SQLite skips writing a row whose bytes did not change)
  const rewrite = db.$client.prepare("update attempts set updated_at = updated_at + 1 where id = ?");
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let call = 0; call < CALLS; call += 1) {
    const open = users.map((userId) => ({
      userId,
      id: attempts.createAttempt({ userId, itemId, versionId, mode: "practice", answerMode: "choice" }),
      seq: 1,
    }));
    while (open.length > 0) {
      for (let i = open.length - 1; i >= 0; i -= 1) {
        const a = open[i]!;
        const row = attempts.getOwnAttempt(a.id, a.userId)!;
        const option = attempts.attemptView(row).options[0];
        if (!option || row.status !== "open" || attempts.parseSnapshot(row).machine.status === "done") {
          open.splice(i, 1);
          continue;
        }
        let t = performance.now();
        db.transaction(() => rewrite.run(a.id));
        baseline.push(performance.now() - t);
        const salt = walSalt(file);
        t = performance.now();
        const input = { attemptId: a.id, userId: a.userId, seq: a.seq, reply: { kind: "option" as const, optionId: option.id } };
        const acknowledged =
          variant === "deferred" ? attempts.submitTurnDurably(input, "deferred") : Promise.resolve(attempts.submitTurn(input));
        blocked.push(performance.now() - t);
        await acknowledged;
        action.push(performance.now() - t);
        if (walSalt(file) !== salt) checkpointed.push(action[action.length - 1]!);
        t = performance.now();
        const after = attempts.getOwnAttempt(a.id, a.userId)!;
        attempts.attemptView(after);
        attempts.attemptSpeakers(after);
        const turns = attempts.attemptTurns(a.id);
        const last = turns[turns.length - 1];
        if (last) attempts.parseTurnRecord(last);
        page.push(performance.now() - t);
        snapshotBytes = Math.max(snapshotBytes, JSON.stringify(after.snapshot).length);
        a.seq += 1;
      }
    }
  }
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  gc.disconnect();
  db.$client.close();
  globalThis.__callcraftDb = undefined;
  return {
    action: stats(action),
    blocked: stats(blocked),
    page: stats(page),
    baseline: stats(baseline),
    checkpointsInTurn: checkpointed.length,
    checkpointTurnMs: stats(checkpointed),
    gcMs: Math.round(gcMs),
    cpuMs: Math.round((used.user + used.system) / 1000),
    wallMs: Math.round(wallMs),
    maxSnapshotBytes: snapshotBytes,
    rssMb: Math.round(process.memoryUsage().rss / 1048576),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const results = [];
for (const variant of VARIANTS) {
  const runs: Awaited<ReturnType<typeof oneRun>>[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const r = await oneRun(run, variant);
    runs.push(r);
    console.log(
      `[${variant}] run ${run} (load ${os.loadavg()[0]?.toFixed(1)}): acknowledged ${JSON.stringify(r.action)}; process held ${JSON.stringify(r.blocked)}; page ${JSON.stringify(r.page)}; baseline commit ${JSON.stringify(r.baseline)}; checkpoints in a turn ${r.checkpointsInTurn} ${JSON.stringify(r.checkpointTurnMs)}; gc ${r.gcMs} ms; cpu ${r.cpuMs} ms / wall ${r.wallMs} ms; snapshot ≤ ${r.maxSnapshotBytes} B`,
    );
  }
  const m = (f: (r: (typeof runs)[number]) => number) => r2(median(runs.map(f)));
  const summary = {
    variant,
    blocked: { p50: m((r) => r.blocked.p50), p95: m((r) => r.blocked.p95), p99: m((r) => r.blocked.p99), max: m((r) => r.blocked.max) },
    action: { p50: m((r) => r.action.p50), p95: m((r) => r.action.p95), p99: m((r) => r.action.p99), max: m((r) => r.action.max) },
    page: { p50: m((r) => r.page.p50), p99: m((r) => r.page.p99) },
    baseline: { p50: m((r) => r.baseline.p50), p99: m((r) => r.baseline.p99) },
    p99OverP50: m((r) => r2(r.action.p99 / r.action.p50)),
    baselineP99OverP50: m((r) => r2(r.baseline.p99 / r.baseline.p50)),
    checkpointsInTurn: m((r) => r.checkpointsInTurn),
  };
  console.log(`median of ${RUNS}, ${variant} (wal_autocheckpoint=${AUTOCHECKPOINT}): ${JSON.stringify(summary)}`);
  results.push(summary);
}
fs.rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ managers: MANAGERS, calls: CALLS, script: SCRIPT, results }));
