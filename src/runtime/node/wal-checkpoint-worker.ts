import { setTimeout as sleep } from "node:timers/promises";
import { parentPort, workerData } from "node:worker_threads";
import { checkpointWal, openCheckpointConnection } from "../../db/wal.js";
import type { CheckpointJob } from "./wal-checkpointer.js";

/**
 * The thread of `startWalCheckpointer`: a passive checkpoint every `everyMs`, until it is
 * terminated. A failure ends the thread, and the main connection checkpoints for itself again.
 */
const job = workerData as CheckpointJob;
const client = await openCheckpointConnection(job.url);
parentPort?.postMessage("ready");
for (;;) {
  await checkpointWal(client);
  await sleep(job.everyMs);
}
