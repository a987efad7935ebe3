/**
 * `npm run bench:turn`: 50 simulated managers rehearse whole calls at once over HTTP against the
 * built server, and, in the same run on a fresh server process, the same number of clients go
 * through the same pages but post to an empty authenticated action (/ping): the baseline. Prints
 * latency percentiles, throughput, errors and peak server memory for both, and their ratio.
 *
 * One run swings on a shared 2-core machine, so it makes BENCH_RUNS (3) runs, each on a fresh
 * copy of the prepared database and fresh server processes, and reports the median of each figure.
 * BENCH_SYNCHRONOUS=full,normal measures each durability setting in turn (ADR 0008); by default
 * the configured one (DB_SYNCHRONOUS, full). The database lives under ./data/bench, on the same
 * disk as the real one: the cost of waiting for the disk is the point of the comparison.
 * Targets: turn p95 ≤ 1.3× the baseline's, turn p99 ≤ 3× its p50, peak RSS ≤ 250 MB, zero
 * errors. The baseline's own p99/p50 is printed next to the turn's: when a request that does
 * nothing has as long a tail, the tail is the machine's. tests/bench/turn-path.bench.ts measures the
 * turn's server path in-process, where the code's own cost shows without the HTTP queue. The last line is one JSON object. Needs `npm run build` first.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer, type RunningServer } from "../e2e/server";
import { freePort } from "../e2e/proxy-helpers";

const MANAGERS = Number(process.env.BENCH_MANAGERS ?? 50);
const SCRIPT = process.env.BENCH_SCRIPT ?? "warm-inbound-en";
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET = { p95Ratio: 1.3, p99OverP50: 3, peakRssMb: 250 };
/** Calls each client makes one after another: more turns per run, so the cold start weighs less. */
const CALLS_PER_CLIENT = Number(process.env.BENCH_CALLS ?? 3);
/**
 * Clients start 40 ms apart (50 over two seconds), in both phases: managers are on calls at the
 * same time, not clicking in the same millisecond. A synchronised burst on a cold server made the
 * p95 swing between 145 ms and 2.2 s from one run to the next.
 */
const STAGGER_MS = 40;
const stagger = (client: number) => new Promise((resolve) => setTimeout(resolve, client * STAGGER_MS));

interface PhaseResult {
  requests: number;
  /** the server process's CPU time (user + system) over the phase, per timed request: load-independent */
  cpuMsPerRequest: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  throughputPerSec: number;
  peakRssMb: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 100) / 100;
}

function peakRssMb(pid: number | undefined): number {
  if (!pid) return 0;
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** CPU milliseconds the process has used so far (utime + stime from /proc, in clock ticks of 10 ms). */
function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  const fields = fs
    .readFileSync(`/proc/${pid}/stat`, "utf8")
    .replace(/^.*\) /, "")
    .split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function summarise(latencies: number[], errors: number, elapsedMs: number, server: RunningServer, cpuAtStart: number): PhaseResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    cpuMsPerRequest: latencies.length > 0 ? Math.round(((cpuMs(server.pid()) - cpuAtStart) / latencies.length) * 100) / 100 : 0,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    throughputPerSec: Math.round((latencies.length / elapsedMs) * 1000 * 10) / 10,
    peakRssMb: peakRssMb(server.pid()),
  };
}

async function prepareDatabase(file: string): Promise<string[]> {
  process.env.DATABASE_URL = file;
  const { getDb } = await import("../../app/db.server");
  const { importScriptLibrary } = await import("../../app/models/content/library.server");
  const { ensureUser } = await import("../../db/factories");
  const { createSessionCookie } = await import("../../app/auth/session.server");
  const db = getDb();
  await importScriptLibrary();
  const cookies: string[] = [];
  for (let i = 0; i < MANAGERS; i += 1) {
    const id = await ensureUser({ email: `bench${i}@bench.callcraft`, name: `Bench ${i}`, roles: ["manager"], password: null });
    cookies.push((await createSessionCookie(id)).split(";")[0] ?? "");
  }
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  globalThis.__callcraftDb = undefined;
  return cookies;
}

/**
 * A request the server never answered (connection reset on an overloaded machine) is an error of
 * the run, counted like a wrong status; that client stops, and the run goes on without it.
 */
async function countFailure(work: () => Promise<void>, onFailure: () => void): Promise<void> {
  try {
    await work();
  } catch (error) {
    onFailure();
    console.error(
      `  a client stopped: ${error instanceof Error ? `${error.message} (${String((error.cause as Error | undefined)?.message ?? "")})` : String(error)}`,
    );
  }
}

async function timed(fn: () => Promise<Response>, latencies: number[]): Promise<Response> {
  const started = performance.now();
  const res = await fn();
  latencies.push(performance.now() - started);
  return res;
}

function optionsAndSeq(html: string): { options: string[]; seq: string | null } {
  const options = [...html.matchAll(/name="optionId" value="([^"]+)"/g)].map((m) => m[1] ?? "");
  const seq = /name="seq" value="(\d+)"/.exec(html)?.[1] ?? null;
  return { options, seq };
}

/**
 * The baseline client behaves like a manager in a call — it loads its call page between requests,
 * so the server renders the same pages — but posts to the empty action instead of a reply.
 */
async function baselinePhase(server: RunningServer, cookies: string[], requestsPerClient: number): Promise<PhaseResult> {
  const latencies: number[] = [];
  let errors = 0;
  const cpuAtStart = cpuMs(server.pid());
  const started = performance.now();
  await Promise.all(
    cookies.map(async (cookie, client) => {
      await stagger(client);
      await countFailure(
        async () => {
          const location = await startCall(server, cookie);
          if (!location) {
            errors += 1;
            return;
          }
          for (let i = 0; i < requestsPerClient * CALLS_PER_CLIENT; i += 1) {
            await (await fetch(`${server.baseURL}${location}`, { headers: { Cookie: cookie } })).arrayBuffer();
            const res = await timed(
              () => fetch(`${server.baseURL}/ping`, { method: "POST", headers: { Cookie: cookie }, redirect: "manual" }),
              latencies,
            );
            if (res.status !== 204) errors += 1;
            await res.arrayBuffer();
          }
        },
        () => (errors += 1),
      );
    }),
  );
  return summarise(latencies, errors, performance.now() - started, server, cpuAtStart);
}

async function startCall(server: RunningServer, cookie: string): Promise<string | null> {
  const headers = { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" };
  const res = await fetch(`${server.baseURL}/rehearse/${SCRIPT}`, {
    method: "POST",
    headers,
    body: "mode=practice&answerMode=choice",
    redirect: "manual",
  });
  const location = res.headers.get("location");
  return res.status === 302 && location ? location : null;
}

async function callPhase(server: RunningServer, cookies: string[]): Promise<PhaseResult & { calls: number; turnsPerCall: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let turns = 0;
  const cpuAtStart = cpuMs(server.pid());
  const started = performance.now();
  await Promise.all(
    cookies.map(async (cookie, client) => {
      const headers = { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" };
      await stagger(client);
      await countFailure(
        async () => {
          let pick = client * 7919;
          for (let call = 0; call < CALLS_PER_CLIENT; call += 1) {
            const location = await startCall(server, cookie);
            if (!location) {
              errors += 1;
              return;
            }
            for (let turn = 0; turn < 40; turn += 1) {
              const page = await fetch(`${server.baseURL}${location}`, { headers: { Cookie: cookie } });
              const { options, seq } = optionsAndSeq(await page.text());
              if (options.length === 0 || !seq) break;
              pick = (pick * 1103515245 + 12345) % 2147483648;
              // mostly good replies, so calls run their full length rather than ending at a hang-up
              const optionId = pick % 6 === 0 ? options[options.length - 1] : options[0];
              const body = new URLSearchParams({ intent: "reply", seq, optionId: optionId ?? "" }).toString();
              const res = await timed(
                () => fetch(`${server.baseURL}${location}`, { method: "POST", headers, body, redirect: "manual" }),
                latencies,
              );
              if (res.status !== 302) errors += 1;
              await res.arrayBuffer();
              turns += 1;
            }
            const finish = await fetch(`${server.baseURL}${location}`, {
              method: "POST",
              headers,
              body: "intent=finish&fit=yes",
              redirect: "manual",
            });
            if (finish.status !== 302) errors += 1;
          }
        },
        () => (errors += 1),
      );
    }),
  );
  const result = summarise(latencies, errors, performance.now() - started, server, cpuAtStart);
  const calls = cookies.length * CALLS_PER_CLIENT;
  return { ...result, calls, turnsPerCall: Math.round((turns / calls) * 10) / 10 };
}

interface RunResult {
  baseline: PhaseResult;
  turn: PhaseResult & { calls: number; turnsPerCall: number };
  p95Ratio: number;
  p99OverP50: number;
  /** the empty action's own tail in the same run: what the machine does to a request that does nothing */
  baselineP99OverP50: number;
  /** the same calls again on the same process once it has served the first phase (ADR 0011) */
  warmTurn: PhaseResult;
  warmP99OverP50: number;
}

async function oneRun(pristine: string, cookies: string[], run: number, synchronous: string): Promise<RunResult> {
  const file = path.join(path.dirname(pristine), `run-${run}.db`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(pristine, file);
  const env = { DB_SYNCHRONOUS: synchronous };
  // The call phase runs first so the baseline can make as many requests per client as a call had turns.
  const turnServer = await startServer(await freePort(), file, env);
  const turn = await callPhase(turnServer, cookies);
  // The tail of the first phase is a fresh process warming up under the 50 clients' ramp: the same
  // calls again on the same process show what the turn costs once it is warm (reported, not a target).
  const warmTurn = await callPhase(turnServer, cookies);
  await turnServer.stop();
  const baselineServer = await startServer(await freePort(), file, env);
  const baseline = await baselinePhase(baselineServer, cookies, Math.max(1, Math.round(turn.turnsPerCall)));
  await baselineServer.stop();
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    baseline,
    turn,
    p95Ratio: baseline.p95 > 0 ? round(turn.p95 / baseline.p95) : 0,
    p99OverP50: turn.p50 > 0 ? round(turn.p99 / turn.p50) : 0,
    baselineP99OverP50: baseline.p50 > 0 ? round(baseline.p99 / baseline.p50) : 0,
    warmTurn,
    warmP99OverP50: warmTurn.p50 > 0 ? round(warmTurn.p99 / warmTurn.p50) : 0,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function phaseLine(label: string, p: PhaseResult): string {
  return `${label} p50 ${p.p50} ms, p95 ${p.p95} ms, p99 ${p.p99} ms, ${p.throughputPerSec}/s, ${p.errors} errors, peak RSS ${p.peakRssMb} MB, server CPU ${p.cpuMsPerRequest} ms per request`;
}

async function measure(synchronous: string, pristine: string, cookies: string[]) {
  const runs: RunResult[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const r = await oneRun(pristine, cookies, run, synchronous);
    runs.push(r);
    // the machine is shared: the 1-minute load average says how much the figures can be trusted
    console.log(
      `[synchronous=${synchronous}, DB_TURN_SYNC=${process.env.DB_TURN_SYNC ?? "inline"}] run ${run} (load ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores): turn p95/baseline p95 ${r.p95Ratio}, turn p99/p50 ${r.p99OverP50} (the empty action's ${r.baselineP99OverP50})`,
    );
    console.log(`  ${phaseLine("baseline (empty action):", r.baseline)}`);
    console.log(`  ${phaseLine("rehearsal turn:         ", r.turn)} (${r.turn.calls} calls, ${r.turn.turnsPerCall} turns each)`);
    console.log(`  ${phaseLine("the same, warm process: ", r.warmTurn)}; p99/p50 ${r.warmP99OverP50}`);
  }
  const pick = (f: (r: RunResult) => number) => median(runs.map(f));
  const result = {
    synchronous,
    runs: RUNS,
    baseline: {
      p50: pick((r) => r.baseline.p50),
      p95: pick((r) => r.baseline.p95),
      p99: pick((r) => r.baseline.p99),
      peakRssMb: pick((r) => r.baseline.peakRssMb),
      errors: pick((r) => r.baseline.errors),
      cpuMsPerRequest: pick((r) => r.baseline.cpuMsPerRequest),
    },
    turn: {
      p50: pick((r) => r.turn.p50),
      p95: pick((r) => r.turn.p95),
      p99: pick((r) => r.turn.p99),
      throughputPerSec: pick((r) => r.turn.throughputPerSec),
      peakRssMb: pick((r) => r.turn.peakRssMb),
      errors: pick((r) => r.turn.errors),
      cpuMsPerRequest: pick((r) => r.turn.cpuMsPerRequest),
    },
    p95Ratio: pick((r) => r.p95Ratio),
    p99OverP50: pick((r) => r.p99OverP50),
    baselineP99OverP50: pick((r) => r.baselineP99OverP50),
    warmTurn: { p50: pick((r) => r.warmTurn.p50), p95: pick((r) => r.warmTurn.p95), p99: pick((r) => r.warmTurn.p99) },
    warmP99OverP50: pick((r) => r.warmP99OverP50),
    // the warm phase runs on the turn's process, so its high-water mark includes both phases
    peakRssMb: pick((r) => Math.max(r.turn.peakRssMb, r.warmTurn.peakRssMb, r.baseline.peakRssMb)),
  };
  const ok = (value: number, target: number) => `${value} (target ≤ ${target}: ${value <= target ? "met" : "MISSED"})`;
  console.log(`median of ${RUNS} runs, synchronous=${synchronous}:`);
  console.log(
    `  baseline p50 ${result.baseline.p50} ms, p95 ${result.baseline.p95} ms; turn p50 ${result.turn.p50} ms, p95 ${result.turn.p95} ms, p99 ${result.turn.p99} ms`,
  );
  console.log(`  p95 ratio turn/baseline: ${ok(result.p95Ratio, TARGET.p95Ratio)}`);
  console.log(
    `  turn p99/p50: ${ok(result.p99OverP50, TARGET.p99OverP50)}; the empty action's p99/p50 in the same runs: ${result.baselineP99OverP50}`,
  );
  console.log(
    `  the same calls again on the warm process: p50 ${result.warmTurn.p50} ms, p99 ${result.warmTurn.p99} ms, p99/p50 ${result.warmP99OverP50} (not the target's figure: a fresh process is what a restart gets)`,
  );
  // When the request that does nothing has the same or a worse tail, the tail is the machine's queue, not the turn.
  if (result.p99OverP50 > TARGET.p99OverP50 && result.baselineP99OverP50 >= result.p99OverP50) {
    console.log("  (the empty action's tail is as long: at this load the p99 measures waiting for a CPU, not the turn)");
  }
  console.log(`  peak server RSS: ${ok(result.peakRssMb, TARGET.peakRssMb)} MB`);
  // CPU per request counts the pages rendered between the timed requests too; it does not swing with the load as latencies do
  console.log(
    `  server CPU per timed request (its page included): turn ${result.turn.cpuMsPerRequest} ms, baseline ${result.baseline.cpuMsPerRequest} ms`,
  );
  return result;
}

async function main() {
  if (!fs.existsSync("build/index.js")) throw new Error("run `npm run build` first");
  const modes = (process.env.BENCH_SYNCHRONOUS ?? process.env.DB_SYNCHRONOUS ?? "full").split(",").map((m) => m.trim());
  const dir = path.resolve("data/bench");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const pristine = path.join(dir, "bench.db");
  const cookies = await prepareDatabase(pristine);
  const results = [];
  for (const mode of modes) results.push(await measure(mode, pristine, cookies));
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ managers: MANAGERS, target: TARGET, results }));
}

await main();
