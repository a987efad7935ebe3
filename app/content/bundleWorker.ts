/** content:check's bundling thread (checkBundler.ts): bundles each file it is sent, in order. */
import { parentPort } from "node:worker_threads";
import { bundleHere, type BundleAnswer, type BundleRequest } from "./checkBundler";

const port = parentPort;
if (!port) throw new Error("bundleWorker.ts runs as a worker thread only");
let queue = Promise.resolve();
port.on("message", (request: BundleRequest) => {
  queue = queue.then(async () => {
    const verdict = await bundleHere(request.source, request.components && new Set(request.components));
    const answer: BundleAnswer = { id: request.id, verdict };
    port.postMessage(answer);
  });
});
