import { parentPort, workerData } from "node:worker_threads";
import { openDatabase } from "../../db/client.js";
import { factDocumentPages } from "../../db/repositories/member-facts.js";
import type { ReaderMessage, ReadFactsJob } from "./read-facts-protocol.js";

/**
 * The reader of `evaluateInParallel`: reads the pages of fact documents with its own connection and
 * posts them, never more than `pagesAhead` pages before the evaluating thread has asked for them.
 */
const job = workerData as ReadFactsJob;
const port = parentPort!;
const post = (message: ReaderMessage) => port.postMessage(message);

let credit = job.pagesAhead;
let resume: (() => void) | undefined;
port.on("message", () => {
  credit++;
  resume?.();
});
const untilAskedForMore = () =>
  new Promise<void>((resolve) => {
    resume = resolve;
  });

const handle = await openDatabase({ url: job.url, authToken: job.authToken });
try {
  for await (const documents of factDocumentPages(handle.db, { batchSize: job.batchSize })) {
    post({ kind: "page", documents });
    credit--;
    while (credit <= 0) await untilAskedForMore();
  }
  post({ kind: "done" });
} catch (error) {
  post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
} finally {
  // The port stays open: the evaluating thread ends this worker once it has read "done".
  handle.close();
}
