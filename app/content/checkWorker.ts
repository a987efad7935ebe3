/**
 * A content:check worker thread (checkParallel.ts). The bundling one first bundles every file it is
 * sent, in order, answering each verdict at once, until told that none is left; then every worker
 * checks script files taken from the back of the shared list (a script this thread bundled keeps
 * its verdict, the others are bundled here as they are checked).
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkScriptFile } from "./check";
import { bundleHere, type BundleVerdict } from "./checkBundler";
import { claim, type BundleRequest, type WorkerJob, type WorkerMessage } from "./checkParallel";

const job = workerData as WorkerJob;
const state = new Int32Array(job.shared);
function mainPort() {
  if (!parentPort) throw new Error("checkWorker.ts runs as a worker thread only");
  return parentPort;
}
const port = mainPort();

const post = (message: WorkerMessage) => port.postMessage(message);
const bundled = new Map<string, BundleVerdict>();

/** Resolves once the last file to bundle has been answered for. */
function bundleWhatIsSent(): Promise<void> {
  return new Promise((resolve) => {
    let chain = Promise.resolve();
    port.on("message", (request: BundleRequest) => {
      chain = chain.then(async () => {
        if ("last" in request) {
          port.removeAllListeners("message");
          resolve();
          return;
        }
        const verdict = await bundleHere(request.source, request.components && new Set(request.components));
        if (request.file !== undefined) bundled.set(request.file, verdict);
        post({ id: request.id, verdict });
      });
    });
  });
}

if (job.bundles) await bundleWhatIsSent();
for (let index = claim(state, true); index >= 0; index = claim(state, true)) {
  const file = job.files[index];
  if (file === undefined) continue;
  const known = bundled.get(file);
  const result = await checkScriptFile(file, job.cwd, job.exportDir, known ? () => Promise.resolve(known) : bundleHere);
  post({ index, result });
}
post({ done: true });
