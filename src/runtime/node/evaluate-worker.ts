import { parentPort, workerData } from "node:worker_threads";
import { openDatabase } from "../../db/client.js";
import { evaluateMembers } from "../../scheduler/evaluate.js";
import type { EvaluationJob, WorkerMessage } from "./evaluate-in-parallel.js";

/** One partition of `evaluateInParallel`: evaluates its id range and streams the batches back. */
const job = workerData as EvaluationJob;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

const handle = await openDatabase({ url: job.url, authToken: job.authToken });
try {
  for await (const batch of evaluateMembers(handle.db, job.at, {
    idRange: job.idRange,
    batchSize: job.batchSize,
  })) {
    post({ kind: "batch", batch });
  }
  post({ kind: "done" });
} catch (error) {
  post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
} finally {
  handle.close();
}
