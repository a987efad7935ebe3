/**
 * `npm run bench:turn`: 50 simulated managers rehearse whole calls at once over HTTP against the
 * built server, and, in the same run on a fresh server process, the same number of clients go
 * through the same pages but post to an empty authenticated action (/ping): the baseline. Prints latency percentiles, throughput,
 * errors and peak server memory for both, and their ratio; the last line is one JSON object.
 * Target: turn p95 within 1.5× the baseline's, zero errors. Needs `npm run build` first.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer, type RunningServer } from "../e2e/server";

const MANAGERS = Number(process.env.BENCH_MANAGERS ?? 50);
const SCRIPT = process.env.BENCH_SCRIPT ?? "warm-inbound-en";
const PORT = 4390;
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

function summarise(latencies: number[], errors: number, elapsedMs: number, server: RunningServer): PhaseResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
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
  const { importScriptLibrary } = await import("../../app/models/library.server");
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
  return cookies;
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
  const started = performance.now();
  await Promise.all(
    cookies.map(async (cookie, client) => {
      await stagger(client);
      const location = await startCall(server, cookie);
      if (!location) {
        errors += 1;
        return;
      }
      for (let i = 0; i < requestsPerClient * CALLS_PER_CLIENT; i += 1) {
        await (await fetch(`${server.baseURL}${location}`, { headers: { Cookie: cookie } })).arrayBuffer();
        const res = await timed(() => fetch(`${server.baseURL}/ping`, { method: "POST", headers: { Cookie: cookie }, redirect: "manual" }), latencies);
        if (res.status !== 204) errors += 1;
        await res.arrayBuffer();
      }
    }),
  );
  return summarise(latencies, errors, performance.now() - started, server);
}

async function startCall(server: RunningServer, cookie: string): Promise<string | null> {
  const headers = { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" };
  const res = await fetch(`${server.baseURL}/rehearse/${SCRIPT}`, { method: "POST", headers, body: "mode=practice&answerMode=choice", redirect: "manual" });
  const location = res.headers.get("location");
  return res.status === 302 && location ? location : null;
}

async function callPhase(server: RunningServer, cookies: string[]): Promise<PhaseResult & { calls: number; turnsPerCall: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let turns = 0;
  const started = performance.now();
  await Promise.all(
    cookies.map(async (cookie, client) => {
      const headers = { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" };
      await stagger(client);
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
          const res = await timed(() => fetch(`${server.baseURL}${location}`, { method: "POST", headers, body, redirect: "manual" }), latencies);
          if (res.status !== 302) errors += 1;
          await res.arrayBuffer();
          turns += 1;
        }
        const finish = await fetch(`${server.baseURL}${location}`, { method: "POST", headers, body: "intent=finish&fit=yes", redirect: "manual" });
        if (finish.status !== 302) errors += 1;
      }
    }),
  );
  const result = summarise(latencies, errors, performance.now() - started, server);
  const calls = cookies.length * CALLS_PER_CLIENT;
  return { ...result, calls, turnsPerCall: Math.round((turns / calls) * 10) / 10 };
}

async function main() {
  if (!fs.existsSync("build/index.js")) throw new Error("run `npm run build` first");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "callcraft-bench-"));
  const file = path.join(dir, "bench.db");
  const cookies = await prepareDatabase(file);

  // The call phase runs first so the baseline can make as many requests per client as a call had turns.
  const turnServer = await startServer(PORT, file);
  const turn = await callPhase(turnServer, cookies);
  await turnServer.stop();

  const baselineServer = await startServer(PORT, file);
  const baseline = await baselinePhase(baselineServer, cookies, Math.max(1, Math.round(turn.turnsPerCall)));
  await baselineServer.stop();
  fs.rmSync(dir, { recursive: true, force: true });

  const ratio = baseline.p95 > 0 ? Math.round((turn.p95 / baseline.p95) * 100) / 100 : null;
  console.log(`baseline (empty action): p50 ${baseline.p50} ms, p95 ${baseline.p95} ms, p99 ${baseline.p99} ms, ${baseline.throughputPerSec}/s, ${baseline.errors} errors, peak RSS ${baseline.peakRssMb} MB`);
  console.log(`rehearsal turn:          p50 ${turn.p50} ms, p95 ${turn.p95} ms, p99 ${turn.p99} ms, ${turn.throughputPerSec}/s, ${turn.errors} errors, peak RSS ${turn.peakRssMb} MB (${turn.calls} calls, ${turn.turnsPerCall} turns each)`);
  console.log(`p95 ratio turn/baseline: ${ratio} (target ≤ 1.5)`);
  console.log(JSON.stringify({ managers: MANAGERS, baseline, turn, p95Ratio: ratio, target: 1.5 }));
}

await main();
