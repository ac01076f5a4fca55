import type { Platform } from "../../domain/vocabularies.js";
import type { Logger } from "../../logging/logger.js";
import { type RequestPressure, webhookPressure } from "./pressure.js";

/**
 * Work acknowledged to a platform and still to do: the command's work after Slack's or Discord's
 * 3-second acknowledgement. It is recorded with the delivery's claim (one write), so a crash after
 * the acknowledgement never loses it, and run here, in process, a few at a time. The Workers runtime
 * runs the same work under `waitUntil`.
 */

export interface JobKey {
  platform: Platform;
  deliveryId: string;
}

export interface QueuedJob extends JobKey {
  receivedAt: Date;
  payload: unknown;
  /** Attempts already started. */
  attempts: number;
}

/** A delivery's first claim; with `work`, the delivery's work is recorded to run after the answer. */
export interface InboundClaim extends JobKey {
  receivedAt: Date;
  work?: { payload: unknown; leaseUntil: Date } | undefined;
}

/** Where deliveries are claimed and their work is tracked (the database, in production). */
export interface InboundLedger {
  /** True only for the first claim of a delivery id on a platform. */
  claim(claim: InboundClaim): Promise<boolean>;
  /**
   * Takes the job under a lease; true if the caller now owns it. `takeOver`: a job found by `due`,
   * taken only once its lease has run out; otherwise the receiver starts its own pending job.
   */
  start(job: JobKey, now: Date, leaseUntil: Date, takeOver: boolean): Promise<boolean>;
  finish(job: JobKey, now: Date): Promise<void>;
  /** Another attempt at `retryAt`, or none (null): the job is given up. */
  fail(job: JobKey, error: string, now: Date, retryAt: Date | null): Promise<void>;
  /** The platform's unfinished jobs whose lease has run out (their process died, or a retry is due). */
  due(platform: Platform, now: Date, limit: number): Promise<QueuedJob[]>;
}

/**
 * How long the process that received a delivery has to start its work before another process may
 * (after a crash, the restarted process picks it up this long after receipt at the latest).
 */
export const RECEIVER_LEASE_MS = 3_000;

/**
 * While webhook requests wait to be answered, work starts at most this often: acknowledgements get
 * the event loop first, and work still moves (50 starts a second) under sustained load.
 */
const MIN_START_INTERVAL_UNDER_LOAD_MS = 20;

/** Jobs read back per scan: a bounded read, short enough not to hold the event loop. */
const RECOVERED_PER_SCAN = 200;

export interface JobRunnerOptions {
  logger: Logger;
  now: () => Date;
  /** Jobs running at once. Most of a job's time is waiting for Slack or Discord to take its reply. */
  concurrency?: number;
  /** Jobs held in memory; past it, jobs wait in the ledger and are picked up when there is room. */
  maxQueued?: number;
  /** Lease of a running job: past it, another process considers the run crashed and takes it over. */
  runLeaseMs?: number;
  /** How often the ledger is asked for jobs left behind, once `start` is called. */
  recoverEveryMs?: number;
  maxAttempts?: number;
  /** Requests waiting for an answer, which work yields to; the process's webhooks by default. */
  pressure?: RequestPressure;
  /** Past this age a reply can no longer reach the person (Slack's response URL, Discord's token). */
  expiresAfterMs: number;
}

const keyOf = (job: JobKey) => `${job.platform}:${job.deliveryId}`;

const yieldToRequests = (): Promise<void> =>
  new Promise((resolve) =>
    typeof setImmediate === "function" ? setImmediate(resolve) : setTimeout(resolve, 0),
  );

/**
 * Runs one platform's acknowledged work. Jobs start after the requests waiting on the event loop
 * (each start yields first, and while requests are in flight starts are spaced out), so
 * acknowledgements keep their deadline while work queues behind them. A failed attempt is retried with backoff up to `maxAttempts`; a job older than its reply window
 * is given up without running.
 */
export class JobRunner {
  private readonly queue: { job: QueuedJob; takeOver: boolean }[] = [];
  /** Jobs queued or running here, so the recovery scan does not queue them twice. */
  private readonly known = new Set<string>();
  private running = 0;
  private idle: (() => void)[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private pumpTimer: ReturnType<typeof setTimeout> | undefined;
  private lastStart = Number.NEGATIVE_INFINITY;
  private readonly pressure: RequestPressure;
  private recovering: Promise<void> | undefined;
  /** The last scan filled its page: more work is waiting in the ledger. */
  private backlog = false;
  private readonly concurrency: number;
  private readonly maxQueued: number;
  private readonly runLeaseMs: number;
  private readonly recoverEveryMs: number;
  private readonly maxAttempts: number;

  constructor(
    private readonly platform: Platform,
    private readonly ledger: InboundLedger,
    private readonly work: (payload: unknown) => Promise<void>,
    private readonly options: JobRunnerOptions,
  ) {
    this.concurrency = options.concurrency ?? 8;
    this.maxQueued = options.maxQueued ?? 1_000;
    this.runLeaseMs = options.runLeaseMs ?? 60_000;
    this.recoverEveryMs = options.recoverEveryMs ?? 1_000;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.pressure = options.pressure ?? webhookPressure;
  }

  /** A job just claimed by this process's ingress; when memory is full it waits in the ledger. */
  accept(job: QueuedJob): void {
    this.enqueue(job, false);
  }

  /** Jobs queued or running in this process. */
  get depth(): number {
    return this.queue.length + this.running;
  }

  /** Picks up work left in the ledger now, then every `recoverEveryMs`. */
  start(): Promise<void> {
    if (!this.timer) {
      this.timer = setInterval(() => void this.recover(), this.recoverEveryMs);
      this.timer.unref?.();
    }
    return this.recover();
  }

  /** Stops looking for left-behind work and waits for the jobs already here. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.recovering;
    await this.settled();
  }

  /** Resolves once nothing is queued or running here: tests, shutdown. */
  settled(): Promise<void> {
    if (this.depth === 0 && !this.recovering) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** One scan for left-behind work, run to the end: where no timer keeps scanning (a Worker's cron). */
  async catchUp(): Promise<void> {
    await this.recover();
    await this.settled();
  }

  /** Queues the platform's jobs whose lease has run out; one scan at a time. */
  recover(): Promise<void> {
    this.recovering ??= this.scan().finally(() => {
      this.recovering = undefined;
      this.wakeIfSettled();
    });
    return this.recovering;
  }

  private async scan(): Promise<void> {
    // Work queued here comes first: what the scan finds (work left by a stopped process, a retry,
    // work that overflowed the queue) waits until it has run. Scanning meanwhile would read back the
    // queued work itself, whose receiver lease runs out while it waits under load.
    if (this.queue.length > 0) return;
    try {
      const due = await this.ledger.due(this.platform, this.options.now(), RECOVERED_PER_SCAN);
      this.backlog = due.length === RECOVERED_PER_SCAN;
      for (const job of due) if (!this.known.has(keyOf(job))) this.enqueue(job, true);
    } catch (error) {
      this.backlog = false;
      this.options.logger.error("inbound jobs could not be read", { error: messageOf(error) });
    }
  }

  private enqueue(job: QueuedJob, takeOver: boolean): void {
    if (this.queue.length >= this.maxQueued) return;
    this.known.add(keyOf(job));
    this.queue.push({ job, takeOver });
    this.pump();
  }

  private pump(): void {
    while (this.running < this.concurrency && this.queue.length > 0) {
      if (this.pressure.busy) {
        const wait = this.lastStart + MIN_START_INTERVAL_UNDER_LOAD_MS - performance.now();
        if (wait > 0) {
          this.pumpTimer ??= setTimeout(() => {
            this.pumpTimer = undefined;
            this.pump();
          }, wait);
          return;
        }
      }
      this.lastStart = performance.now();
      const next = this.queue.shift()!;
      this.running += 1;
      void this.run(next.job, next.takeOver).finally(() => {
        this.running -= 1;
        this.known.delete(keyOf(next.job));
        this.pump();
        // A backlog (a burst past the queue's size) is read page after page as the queue empties;
        // waiting for the next periodic scan drained it at one page a second. Not once stopped.
        if (this.queue.length === 0 && this.backlog && this.timer) void this.recover();
        this.wakeIfSettled();
      });
    }
  }

  private wakeIfSettled(): void {
    if (this.depth === 0 && !this.recovering) for (const resolve of this.idle.splice(0)) resolve();
  }

  private async run(job: QueuedJob, takeOver: boolean): Promise<void> {
    const { logger, now } = this.options;
    try {
      await yieldToRequests();
      const startedAt = now();
      if (
        !(await this.ledger.start(job, startedAt, new Date(startedAt.getTime() + this.runLeaseMs), takeOver))
      )
        return;
      if (startedAt.getTime() - job.receivedAt.getTime() > this.options.expiresAfterMs) {
        logger.warn("inbound job expired before it could run", { platform: job.platform });
        await this.ledger.fail(job, "expired", startedAt, null);
        return;
      }
      try {
        await this.work(job.payload);
      } catch (error) {
        const attempts = job.attempts + 1;
        const failedAt = now();
        const retryAt =
          attempts < this.maxAttempts ? new Date(failedAt.getTime() + 1_000 * 4 ** (attempts - 1)) : null;
        logger.error("inbound job failed", { platform: job.platform, attempts, error: messageOf(error) });
        await this.ledger.fail(job, messageOf(error), failedAt, retryAt);
        return;
      }
      await this.ledger.finish(job, now());
    } catch (error) {
      // The ledger itself failed: the lease runs out and the job is taken over later.
      logger.error("inbound job bookkeeping failed", { platform: job.platform, error: messageOf(error) });
    }
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
