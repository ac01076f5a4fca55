import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Database } from "../../db/client.js";
import { type FactsQuery, partitionMemberIds } from "../../db/repositories/member-facts.js";
import { countMembers } from "../../db/repositories/members.js";
import { type EvaluatedMember, evaluateMembers } from "../../scheduler/evaluate.js";

export interface EvaluationJob {
  entry: string;
  url: string;
  authToken: string | undefined;
  at: string;
  idRange: NonNullable<FactsQuery["idRange"]>;
  batchSize: number | undefined;
}

export type WorkerMessage =
  | { kind: "batch"; batch: EvaluatedMember[] }
  | { kind: "done" }
  | { kind: "failed"; message: string };

export interface ParallelOptions {
  url: string;
  authToken?: string | undefined;
  /** Worker threads to use; default: the machine's available parallelism. */
  workers?: number;
  /** Below this many members the work stays on this thread (default 5,000): a worker's start-up (~0.3 s to load the code) costs more than it saves. */
  minMembersForWorkers?: number;
  batchSize?: number;
}

/** Each thread holds a batch's facts and JSON at once; smaller batches keep the threads' heaps in step. */
const WORKER_BATCH_SIZE = 250;

/**
 * Evaluates all members using every core: the member ids are split into contiguous ranges, each
 * evaluated by a worker thread with its own database connection (the libSQL driver is synchronous,
 * so one thread cannot overlap queries with evaluation). Batches come out as workers finish them,
 * not in id order. In-memory and small databases are evaluated on this thread by `evaluateMembers`.
 */
export async function* evaluateInParallel(
  db: Database,
  at: string,
  options: ParallelOptions,
): AsyncGenerator<EvaluatedMember[]> {
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const inMemory = options.url.includes(":memory:");
  if (workers === 1 || inMemory || (await countMembers(db)) < (options.minMembersForWorkers ?? 5_000)) {
    yield* evaluateMembers(db, at, { batchSize: options.batchSize });
    return;
  }
  const ranges = await partitionMemberIds(db, workers);
  const inbox = new Inbox();
  const threads = ranges.map((idRange) => {
    const job: EvaluationJob = {
      entry: new URL("./evaluate-worker.ts", import.meta.url).href,
      url: options.url,
      authToken: options.authToken,
      at,
      idRange,
      batchSize: options.batchSize ?? WORKER_BATCH_SIZE,
    };
    const worker = new Worker(new URL("./evaluate-worker-entry.mjs", import.meta.url), { workerData: job });
    worker.on("message", (message: WorkerMessage) => inbox.push(message));
    worker.on("error", (error) => inbox.push({ kind: "failed", message: error.message }));
    worker.on("exit", (code) => {
      if (code !== 0) inbox.push({ kind: "failed", message: `evaluation worker exited with code ${code}` });
    });
    return worker;
  });
  try {
    let running = threads.length;
    while (running > 0) {
      const message = await inbox.next();
      if (message.kind === "batch") yield message.batch;
      else if (message.kind === "done") running--;
      else throw new Error(`Parallel evaluation failed: ${message.message}`);
    }
  } finally {
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
}

/** Messages from all workers in arrival order: nothing is held back, so memory stays bounded. */
class Inbox {
  private readonly queue: WorkerMessage[] = [];
  private waiting: ((message: WorkerMessage) => void) | undefined;

  push(message: WorkerMessage): void {
    if (this.waiting) {
      const deliver = this.waiting;
      this.waiting = undefined;
      deliver(message);
    } else {
      this.queue.push(message);
    }
  }

  next(): Promise<WorkerMessage> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }
}
