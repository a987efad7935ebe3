/**
 * content:check on several cores: script files are shared between this thread and worker threads
 * (worker_threads), each taking the next unchecked file until none is left. A file's result is
 * plain data and is merged back in the files' order, so the report is the same whatever the split
 * and however many threads took part; only the wall-clock time changes.
 *
 * This thread takes files from the front of the list and the workers from the back, and the list is
 * ordered by language: the threads mostly keep to one language each, so the Russian dictionaries
 * (a large load) are usually read by one thread only.
 */
import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { ScriptFileResult } from "./check";
import { buildChecker } from "./checkBuild.mjs";

export interface ParallelOptions {
  cwd: string;
  exportDir: string | undefined;
  workers: number;
  /** false: this thread only waits and the workers check every file (for tests); default true */
  checkHere?: boolean;
  /** work for this thread before its share of the scripts, done while the workers start */
  meanwhile?: () => Promise<void>;
}

export type CheckOne = (file: string, cwd: string, exportDir: string | undefined) => Promise<ScriptFileResult>;

/** What a worker is given (workerData). */
export interface WorkerJob {
  files: string[];
  cwd: string;
  exportDir: string | undefined;
  /** [lock, next from the front, one past the next from the back] */
  shared: SharedArrayBuffer;
}

/** What a worker sends back, one message per file, then `done`. */
export type WorkerMessage = { index: number; result: ScriptFileResult } | { done: true };

/** The next file to check, from the front or the back; -1 when every file is taken. */
export function claim(shared: Int32Array, fromBack: boolean): number {
  // A spin lock: the critical section is three reads and a write.
  while (Atomics.compareExchange(shared, 0, 0, 1) !== 0) {
    // wait for the other thread to leave it
  }
  const front = shared[1] ?? 0;
  const back = shared[2] ?? 0;
  let index = -1;
  if (front < back) {
    index = fromBack ? back - 1 : front;
    if (fromBack) shared[2] = back - 1;
    else shared[1] = front + 1;
  }
  Atomics.store(shared, 0, 0);
  return index;
}

/** Scripts in the library's languages, one language after another (an unknown one last). */
function byLanguage(files: string[]): string[] {
  const lang = (file: string) => /^lang:\s*["']?([a-z]+)/m.exec(readFileSync(file, "utf8"))?.[1] ?? "~";
  const langs = new Map(files.map((file) => [file, lang(file)]));
  return [...files].sort((a, b) => (langs.get(a) ?? "").localeCompare(langs.get(b) ?? ""));
}

export async function checkScriptFiles(files: string[], options: ParallelOptions, checkOne: CheckOne): Promise<ScriptFileResult[]> {
  const workers = Math.min(Math.max(1, Math.floor(options.workers)), files.length);
  if (workers <= 1) {
    await options.meanwhile?.();
    const results: ScriptFileResult[] = [];
    for (const file of files) results.push(await checkOne(file, options.cwd, options.exportDir));
    return results;
  }
  const queue = byLanguage(files);
  const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
  const state = new Int32Array(shared);
  state[2] = queue.length;
  const found = new Map<string, ScriptFileResult>();
  const job: WorkerJob = { files: queue, cwd: options.cwd, exportDir: options.exportDir, shared };
  const running = Array.from({ length: workers - 1 }, () =>
    runWorker(job, (index, result) => {
      const file = queue[index];
      if (file !== undefined) found.set(file, result);
    }),
  );
  // A worker that fails to start or dies must not leave an unhandled rejection while this thread works.
  const settled = Promise.allSettled(running);
  await options.meanwhile?.();
  for (let index = options.checkHere === false ? -1 : claim(state, false); index >= 0; index = claim(state, false)) {
    const file = queue[index];
    if (file !== undefined) found.set(file, await checkOne(file, options.cwd, options.exportDir));
  }
  for (const outcome of await settled) if (outcome.status === "rejected") throw outcome.reason;
  return files.map((file) => {
    const result = found.get(file);
    if (!result) throw new Error(`content:check: no result for ${file}`);
    return result;
  });
}

/**
 * The worker's code as plain JavaScript (checkBuild.mjs): beside this module when it runs from the
 * bundle (`npm run content:check`), built now when it runs from TypeScript (tsx, vitest). A worker
 * that registered tsx instead would transpile and import every engine file again through a loader
 * thread of its own: about 2 s of CPU per worker before it checked anything.
 */
async function workerEntry(): Promise<URL> {
  if (!import.meta.url.endsWith(".ts")) return new URL("./checkWorker.mjs", import.meta.url);
  return (await buildChecker()).worker;
}

async function runWorker(job: WorkerJob, onResult: (index: number, result: ScriptFileResult) => void): Promise<void> {
  const entry = await workerEntry();
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: job, execArgv: [] });
    worker.on("message", (message: WorkerMessage) => {
      if ("done" in message) resolve();
      else onResult(message.index, message.result);
    });
    worker.on("error", reject);
    worker.on("exit", (code) => reject(new Error(`content:check worker stopped (exit code ${code}) before it finished`)));
  });
}
