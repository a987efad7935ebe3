/** A content:check worker thread: checks script files taken from the back of the shared list. */
import { parentPort, workerData } from "node:worker_threads";
import { checkScriptFile } from "./check";
import { claim, type WorkerJob, type WorkerMessage } from "./checkParallel";

const job = workerData as WorkerJob;
const state = new Int32Array(job.shared);
const port = parentPort;
if (!port) throw new Error("checkWorker.ts runs as a worker thread only");
for (let index = claim(state, true); index >= 0; index = claim(state, true)) {
  const file = job.files[index];
  if (file === undefined) continue;
  const message: WorkerMessage = { index, result: await checkScriptFile(file, job.cwd, job.exportDir) };
  port.postMessage(message);
}
const done: WorkerMessage = { done: true };
port.postMessage(done);
