/**
 * content:check on several cores. The first worker thread bundles every file (mdx-bundler: remark
 * on that thread, esbuild in its own process) as this thread hands them over, then joins in
 * checking scripts; script files are shared between this thread and the workers, each taking the
 * next unchecked file until none is left. A file's result is plain data and is merged back in the
 * files' order, so the report is the same whatever the split and however many threads took part;
 * only the wall-clock time changes.
 *
 * This thread takes files from the front of the list and the workers from the back, and the list is
 * ordered by language: the threads mostly keep to one language each, so the Russian dictionaries
 * (a large load) are usually read by one thread only. The bundling worker answers in the order
 * it is asked: the scripts from the front first, which is the order this thread needs them in.
 */
import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { ScriptFileResult } from "./check";
import { buildChecker } from "./checkBuild.mjs";
import { bundleHere, type Bundle, type BundleVerdict } from "./checkBundler";

export interface ParallelOptions {
  cwd: string;
  exportDir: string | undefined;
  workers: number;
  /** false: this thread only waits and the workers check every file (for tests); default true */
  checkHere?: boolean;
  /** work for this thread before its share of the scripts (quizzes, lessons), with the bundler to use */
  meanwhile?: (bundle: Bundle) => Promise<void>;
}

export type CheckOne = (file: string, cwd: string, exportDir: string | undefined, bundle: Bundle) => Promise<ScriptFileResult>;

/** What a worker is given (workerData). */
export interface WorkerJob {
  files: string[];
  cwd: string;
  exportDir: string | undefined;
  /** [lock, next from the front, one past the next from the back] */
  shared: SharedArrayBuffer;
  /** this worker bundles what it is sent (BundleRequest) until `last`, then checks scripts */
  bundles: boolean;
}

/** A file to bundle, sent to the bundling worker; `file` names a script of the shared list. */
export type BundleRequest = { id: number; source: string; components?: string[]; file?: string } | { last: true };

/** What a worker sends back: a verdict asked for, a checked file, then `done`. */
export type WorkerMessage = { id: number; verdict: BundleVerdict } | { index: number; result: ScriptFileResult } | { done: true };

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
  const threads = Math.max(1, Math.floor(options.workers));
  if (threads <= 1) {
    await options.meanwhile?.(bundleHere);
    const results: ScriptFileResult[] = [];
    for (const file of files) results.push(await checkOne(file, options.cwd, options.exportDir, bundleHere));
    return results;
  }
  const queue = byLanguage(files);
  const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
  const state = new Int32Array(shared);
  state[2] = queue.length;
  const found = new Map<string, ScriptFileResult>();
  const onResult = (index: number, result: ScriptFileResult) => {
    const file = queue[index];
    if (file !== undefined) found.set(file, result);
  };
  const entry = await workerEntry();
  const job = (bundles: boolean): WorkerJob => ({ files: queue, cwd: options.cwd, exportDir: options.exportDir, shared, bundles });
  const bundler = startBundlingWorker(entry, job(true), onResult);
  const others = Array.from({ length: Math.min(threads, queue.length + 1) - 2 }, () => runWorker(entry, job(false), onResult));
  // A worker that fails to start or dies must not leave an unhandled rejection while this thread works.
  const settled = Promise.allSettled([bundler.finished, ...others]);
  // Every script goes to the bundler first, in the order this thread will want the verdicts.
  const verdicts = new Map(queue.map((file) => [file, bundler.bundle(readFileSync(file, "utf8"), undefined, file)]));
  await options.meanwhile?.(bundler.bundle);
  bundler.last();
  for (let index = options.checkHere === false ? -1 : claim(state, false); index >= 0; index = claim(state, false)) {
    const file = queue[index];
    if (file === undefined) continue;
    const verdict = verdicts.get(file);
    found.set(file, await checkOne(file, options.cwd, options.exportDir, verdict ? () => verdict : bundleHere));
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

function listen(worker: Worker, onMessage: (message: WorkerMessage) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.on("message", (message: WorkerMessage) => {
      if (!("done" in message)) return onMessage(message);
      // its work is over: whatever it still holds (esbuild's service, a port) must not keep us here
      worker.removeAllListeners("exit");
      void worker.terminate();
      resolve();
    });
    worker.on("error", reject);
    worker.on("exit", (code) => reject(new Error(`content:check worker stopped (exit code ${code}) before it finished`)));
  });
}

function runWorker(entry: URL, job: WorkerJob, onResult: (index: number, result: ScriptFileResult) => void): Promise<void> {
  const worker = new Worker(entry, { workerData: job, execArgv: [] });
  return listen(worker, (message) => {
    if ("index" in message) onResult(message.index, message.result);
  });
}

/**
 * The first worker: bundles each file it is sent, then checks scripts. Should it fail, the
 * verdicts it still owes are worked out here, so no file waits for ever.
 */
function startBundlingWorker(entry: URL, job: WorkerJob, onResult: (index: number, result: ScriptFileResult) => void) {
  const worker = new Worker(entry, { workerData: job, execArgv: [] });
  const owed = new Map<
    number,
    { source: string; components: ReadonlySet<string> | undefined; resolve: (verdict: BundleVerdict) => void }
  >();
  let alive = true;
  let nextId = 0;
  const finished = listen(worker, (message) => {
    if ("index" in message) onResult(message.index, message.result);
    else if ("verdict" in message) {
      owed.get(message.id)?.resolve(message.verdict);
      owed.delete(message.id);
    }
  });
  void finished.catch(() => {
    alive = false;
    for (const [id, { source, components, resolve }] of owed) {
      owed.delete(id);
      void bundleHere(source, components).then(resolve);
    }
  });
  const bundle = (source: string, components: ReadonlySet<string> | undefined, file?: string): Promise<BundleVerdict> => {
    if (!alive) return bundleHere(source, components);
    const id = nextId++;
    const request: BundleRequest = { id, source, ...(components && { components: [...components] }), ...(file !== undefined && { file }) };
    return new Promise((resolve) => {
      owed.set(id, { source, components, resolve });
      worker.postMessage(request);
    });
  };
  const last = () => {
    const request: BundleRequest = { last: true };
    if (alive) worker.postMessage(request);
  };
  return { bundle, last, finished };
}
