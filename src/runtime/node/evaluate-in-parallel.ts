import type { Database } from "../../db/client.js";
import { eachMemberFacts } from "../../db/repositories/member-facts.js";
import { countMembers } from "../../db/repositories/members.js";
import { type RulesConfig, SPEC_RULES_CONFIG } from "../../domain/rules/index.js";
import type { Moment } from "../../domain/time/zone.js";
import { type EvaluatedMember, evaluateFacts, evaluateMembers } from "../../scheduler/evaluate.js";
import type { ReaderMessage, ReadFactsJob } from "./read-facts-protocol.js";
import { startThread } from "./threads.js";

export interface ParallelOptions {
  url: string;
  authToken?: string | undefined;
  /** Below this many members everything stays on this thread (default 5,000): a worker's start-up (~0.3 s to load the code) costs more than it saves. */
  minMembersForWorkers?: number;
  batchSize?: number;
  config?: RulesConfig;
}

/**
 * Small pages keep what this thread holds at once small (garbage collection of a page's tuples is
 * most of the cost otherwise); a few pages in hand keep the reader busy while this thread evaluates.
 */
const READER_PAGE_SIZE = 100;
const PAGES_AHEAD = 4;

/**
 * Evaluates all members, in id order, on two threads: a worker reads the pages of fact documents
 * (SQLite, through a driver that blocks its thread) while this thread assembles and evaluates the
 * pages already read. Only the documents' strings cross threads: an evaluation is several KB of
 * objects, and cloning those back from workers that evaluated cost more than the second thread
 * saved (docs/performance.md). In-memory and small databases are evaluated on this thread.
 */
export async function* evaluateInParallel(
  db: Database,
  at: Moment,
  options: ParallelOptions,
): AsyncGenerator<EvaluatedMember[]> {
  const config = options.config ?? SPEC_RULES_CONFIG;
  const inMemory = options.url.includes(":memory:");
  if (inMemory || (await countMembers(db)) < (options.minMembersForWorkers ?? 5_000)) {
    yield* evaluateMembers(db, at, { batchSize: options.batchSize }, config);
    return;
  }
  const job: ReadFactsJob = {
    url: options.url,
    authToken: options.authToken,
    batchSize: options.batchSize ?? READER_PAGE_SIZE,
    pagesAhead: PAGES_AHEAD,
  };
  const inbox = new Inbox();
  const reader = startThread("read-facts-worker", job);
  reader.on("message", (message: ReaderMessage) => inbox.push(message));
  reader.on("error", (error) => inbox.push({ kind: "failed", message: error.message }));
  reader.on("exit", (code) => {
    if (code !== 0) inbox.push({ kind: "failed", message: `fact reader exited with code ${code}` });
  });
  try {
    for (;;) {
      const message = await inbox.next();
      if (message.kind === "done") return;
      if (message.kind === "failed") throw new Error(`Parallel evaluation failed: ${message.message}`);
      reader.postMessage("next");
      yield evaluateFacts(eachMemberFacts(message.documents), at, config);
    }
  } finally {
    await reader.terminate();
  }
}

/** The reader's messages in arrival order. */
class Inbox {
  private readonly queue: ReaderMessage[] = [];
  private waiting: ((message: ReaderMessage) => void) | undefined;

  push(message: ReaderMessage): void {
    if (this.waiting) {
      const deliver = this.waiting;
      this.waiting = undefined;
      deliver(message);
    } else {
      this.queue.push(message);
    }
  }

  next(): Promise<ReaderMessage> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }
}
