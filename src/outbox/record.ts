import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Database, Executor } from "../db/client.js";
import { alertsOutbox } from "../db/schema/index.js";
import type { Logger } from "../logging/logger.js";
import type { OutboxRow } from "./claim.js";

/** What became of one claimed row; written back only while the claim's lease is still ours. */
export type Outcome =
  | { kind: "sent"; row: OutboxRow; at: Date; platformMessageId: string }
  /** A transient failure: the attempt counts, the row is tried again at `at`. */
  | { kind: "retry"; row: OutboxRow; at: Date; error: string }
  /**
   * Not attempted, or refused for rate: the attempt does not count; nothing goes to the channel
   * before `until`, unless `rowOnly` (the row waits for another row of its channel, which must not).
   */
  | { kind: "postponed"; row: OutboxRow; until: Date; reason: string; rowOnly?: boolean }
  | { kind: "failed"; row: OutboxRow; at: Date; reason: string }
  /** Nothing left to send (a relayed edit of a copy that was never made): not a failure to report. */
  | { kind: "cancelled"; row: OutboxRow; reason: string };

/**
 * Called once for each row that reaches `failed` (a permanent error, or retries exhausted), inside
 * the transaction that records it: an alert written here with `enqueueAlerts(tx, …)` (say, to the
 * Support Unit channel) exists exactly when the failure does, crash or not. It runs in a savepoint,
 * so a throw undoes only its own writes, never the delivery records around it. It must only write
 * to the database, and must not alert about failed alerts of its own kind (that would loop).
 */
export type PermanentFailureHook = (row: OutboxRow, tx: Executor) => Promise<void> | void;

export interface RecordedOutcomes {
  recorded: number;
  /** Outcomes dropped because the lease had expired and the row was reclaimed meanwhile. */
  leaseLost: number;
}

const failedChanges = (reason: string) => ({ state: "failed", lastError: reason, leaseUntil: null });

function changesFor(outcome: Outcome) {
  switch (outcome.kind) {
    case "sent":
      return {
        state: "sent",
        sentAt: outcome.at,
        platformMessageId: outcome.platformMessageId,
        lastError: null,
        leaseUntil: null,
      };
    case "retry":
      return { state: "pending", nextAttemptAt: outcome.at, lastError: outcome.error, leaseUntil: null };
    case "postponed":
      return {
        state: "pending",
        nextAttemptAt: outcome.until,
        lastError: outcome.reason,
        attempts: sql`${alertsOutbox.attempts} - 1`,
        leaseUntil: null,
      };
    case "failed":
      return failedChanges(outcome.reason);
    case "cancelled":
      return { state: "cancelled", lastError: outcome.reason, leaseUntil: null };
  }
}

/**
 * Writes a batch of outcomes in one transaction (one commit for many rows: single writes cost ~1 ms
 * each). Each update is fenced by the exact lease it was claimed with, so a worker that outlived its
 * lease cannot overwrite the work of the worker that reclaimed the row.
 */
export async function recordOutcomes(
  db: Database,
  outcomes: readonly Outcome[],
  onPermanentFailure: PermanentFailureHook | undefined,
  logger: Logger,
): Promise<RecordedOutcomes> {
  return db.transaction(async (tx) => {
    const result: RecordedOutcomes = { recorded: 0, leaseLost: 0 };
    // Read before any write: a batched transaction (D1) would not see its own writes.
    const claimed = await rowsStillClaimed(tx, outcomes);
    for (const outcome of outcomes) {
      const { row } = outcome;
      if (!row.leaseUntil) throw new Error(`outbox row ${row.id} was recorded without a claim`);
      const current = claimed.get(row.id);
      if (!current || current.leaseUntil?.getTime() !== row.leaseUntil.getTime()) {
        result.leaseLost += 1;
        continue;
      }
      // Recorded once: a second outcome for the row finds it no longer sending, as it would in SQL.
      claimed.delete(row.id);
      const changes = changesFor(outcome);
      await tx
        .update(alertsOutbox)
        .set(changes)
        .where(
          and(
            eq(alertsOutbox.id, row.id),
            eq(alertsOutbox.state, "sending"),
            eq(alertsOutbox.leaseUntil, row.leaseUntil),
          ),
        );
      result.recorded += 1;
      if (outcome.kind === "postponed" && !outcome.rowOnly) {
        // The channel's later rows wait too, so no worker claims them only to postpone them again.
        await tx
          .update(alertsOutbox)
          .set({ nextAttemptAt: outcome.until })
          .where(
            and(
              eq(alertsOutbox.state, "pending"),
              eq(alertsOutbox.platform, row.platform),
              eq(alertsOutbox.workspaceId, row.workspaceId),
              eq(alertsOutbox.target, row.target),
              lt(alertsOutbox.nextAttemptAt, outcome.until),
            ),
          );
      }
      if (outcome.kind === "failed" && onPermanentFailure) {
        try {
          const failed = { ...current, ...failedChanges(outcome.reason) };
          await tx.transaction(async (savepoint) => onPermanentFailure(failed, savepoint));
        } catch (error) {
          logger.error("outbox failure hook threw", { id: row.id, error: String(error) });
        }
      }
    }
    return result;
  });
}

/** The outcomes' rows still claimed (sending, under a lease): the others' leases ran out meanwhile. */
async function rowsStillClaimed(tx: Executor, outcomes: readonly Outcome[]): Promise<Map<string, OutboxRow>> {
  const claimed = new Map<string, OutboxRow>();
  const ids = outcomes.map((outcome) => outcome.row.id);
  for (let start = 0; start < ids.length; start += READ_BATCH) {
    const rows = await tx
      .select()
      .from(alertsOutbox)
      .where(
        and(
          inArray(alertsOutbox.id, ids.slice(start, start + READ_BATCH)),
          eq(alertsOutbox.state, "sending"),
        ),
      );
    for (const row of rows) claimed.set(row.id, row);
  }
  return claimed;
}

/** Ids per read, below SQLite's and D1's bound-variable limits. */
const READ_BATCH = 90;

export interface RecorderOptions {
  onPermanentFailure?: PermanentFailureHook | undefined;
  logger: Logger;
  /** Runs database work one piece at a time with the worker's claims (see `Dispatcher`). */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** Told how many outcomes each commit dropped because their lease had been lost. */
  onLeaseLost: (count: number) => void;
  /** Outcomes gather this long before a commit (default 50 ms). */
  commitIntervalMs?: number | undefined;
}

/**
 * Records outcomes in batches: whatever arrives within `commitIntervalMs` goes in one commit. A
 * local libSQL commit blocks the event loop while it syncs the file, so committing as soon as each
 * outcome arrives would spend most of the time committing one row at a time. Rows whose message went
 * out but whose outcome is not committed yet are the only ones a crash can send twice: the interval
 * bounds that window.
 */
export class OutcomeRecorder {
  private readonly queue: Outcome[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> | undefined;
  private failure: unknown = null;

  constructor(
    private readonly db: Database,
    private readonly options: RecorderOptions,
  ) {}

  add(outcome: Outcome): void {
    this.queue.push(outcome);
    this.schedule();
  }

  /** Commits everything added so far, now; rethrows (once) a database error met meanwhile. */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.flushing || this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      await (this.flushing ?? this.startFlush());
    }
    const failure = this.failure;
    this.failure = null;
    if (failure) throw failure;
  }

  private schedule(): void {
    if (this.flushing || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.startFlush();
    }, this.options.commitIntervalMs ?? 50);
  }

  private startFlush(): Promise<void> {
    this.flushing ??= this.flushQueued().finally(() => {
      this.flushing = undefined;
      if (this.queue.length > 0) this.schedule();
    });
    return this.flushing;
  }

  private async flushQueued(): Promise<void> {
    const batch = this.queue.splice(0);
    if (batch.length === 0) return;
    const { onPermanentFailure, logger, exclusive, onLeaseLost } = this.options;
    try {
      const done = await exclusive(() => recordOutcomes(this.db, batch, onPermanentFailure, logger));
      if (done.leaseLost > 0) onLeaseLost(done.leaseLost);
    } catch (error) {
      // Unrecorded rows keep their lease and are delivered again after it expires.
      logger.error("outbox outcomes not recorded", { rows: batch.length, error: String(error) });
      this.failure ??= error;
    }
  }
}
