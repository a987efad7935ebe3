/**
 * The real MDX bundler's verdict on a file, for content:check. Bundling (mdx-bundler: remark in
 * this thread, esbuild in its own process) takes about a third of a library check and needs nothing
 * the engine's checks find, so with a second core it runs on a worker thread of its own while this
 * thread parses and plays the scripts: every file is handed over at the start, each verdict is
 * awaited when its file's report is put together. On one core it runs here, file by file.
 */
import { Worker } from "node:worker_threads";
import type { Position } from "../engine/index";
import { buildChecker } from "./checkBuild.mjs";
import { compileMdx, MdxCompileError } from "./compile.server";

/** What the bundler said of one file: nothing, or why it refused the file and where. */
export type BundleVerdict = { ok: true } | { ok: false; message: string; position: Position };

/** Bundle `source` (with the components allowed in its kind; scripts: undefined) and say how it went. */
export type Bundle = (source: string, components: ReadonlySet<string> | undefined) => Promise<BundleVerdict>;

export async function bundleHere(source: string, components: ReadonlySet<string> | undefined): Promise<BundleVerdict> {
  try {
    await compileMdx(source, components ? { components } : {});
    return { ok: true };
  } catch (error) {
    const position = error instanceof MdxCompileError ? error.position : { line: 1, column: 1 };
    return { ok: false, message: error instanceof Error ? error.message : String(error), position };
  }
}

/** A request to the bundling thread, and its answer. */
export interface BundleRequest {
  id: number;
  source: string;
  components?: string[];
}
export interface BundleAnswer {
  id: number;
  verdict: BundleVerdict;
}

export interface BundlerThread {
  bundle: Bundle;
  /** ends the thread once every verdict asked for has come back */
  close: () => Promise<void>;
}

async function workerEntry(): Promise<URL> {
  if (!import.meta.url.endsWith(".ts")) return new URL("./bundleWorker.mjs", import.meta.url);
  return (await buildChecker()).bundleWorker;
}

/**
 * A worker thread that bundles the files it is sent, one after another; started before the first
 * file is sent, so a request is posted at once even while this thread is busy playing a script. If
 * the thread cannot start or dies, the files it had not answered for are bundled here instead: the
 * report stays the same.
 */
export async function startBundlerThread(): Promise<BundlerThread> {
  const waiting = new Map<number, { request: BundleRequest; resolve: (verdict: BundleVerdict) => void }>();
  let nextId = 0;
  let thread: Worker | undefined;
  const fallBack = () => {
    thread = undefined;
    for (const [id, { request, resolve }] of waiting) {
      waiting.delete(id);
      void bundleHere(request.source, request.components && new Set(request.components)).then(resolve);
    }
  };
  try {
    thread = new Worker(await workerEntry(), { execArgv: [] });
    thread.on("message", ({ id, verdict }: BundleAnswer) => {
      waiting.get(id)?.resolve(verdict);
      waiting.delete(id);
    });
    thread.on("error", fallBack);
    thread.on("exit", fallBack);
  } catch {
    thread = undefined;
  }
  const bundle: Bundle = (source, components) => {
    if (!thread) return bundleHere(source, components);
    const request: BundleRequest = { id: nextId++, source, ...(components && { components: [...components] }) };
    const running = thread;
    return new Promise((resolve) => {
      waiting.set(request.id, { request, resolve });
      running.postMessage(request);
    });
  };
  const close = async () => {
    const running = thread;
    thread = undefined;
    if (!running) return;
    running.removeAllListeners("exit");
    await running.terminate();
  };
  return { bundle, close };
}
