import type { Database } from "../db/client.js";
import type { Platform } from "../domain/vocabularies.js";
import { type Logger, silentLogger } from "../logging/logger.js";
import { type Post, postSchema } from "../messages/model.js";
import { RELAY_KIND, type RelayDelivery } from "../relay/model.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelayMs } from "./backoff.js";
import { claimDueRows, type OutboxRow } from "./claim.js";
import { createLimiter, sleep as realSleep } from "./clock.js";
import { ChannelPacer } from "./pacer.js";
import { type Outcome, OutcomeRecorder, type PermanentFailureHook } from "./record.js";
import { prepareRelayDelivery, RELAY_REFERENCE_WAIT_MS, readRelayPayload } from "./relay.js";
import type { ChannelSender, Senders, SendResult } from "./sender.js";

export interface DeliveryOptions {
  /** Names this worker in logs. */
  workerId: string;
  /** Injected so tests run hours of backoff and pacing without waiting. */
  now?: () => Date;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Jitter source, in [0, 1). */
  random?: () => number;
  /** How long a claim is ours: must cover the pacing wait plus the platform call (default 60 s). */
  leaseMs?: number;
  /** Rows claimed at once (a pass, or in flight in the loop); at most one per channel (default 500). */
  batchSize?: number;
  /** Platform calls in flight at once, across channels (default 16). */
  concurrency?: number;
  /** A channel that may not be sent to sooner than this is postponed rather than waited for (default 2 s). */
  maxPacingWaitMs?: number;
  retry?: Partial<RetryPolicy>;
  /**
   * Outcomes gather this long before one commit (default 50 ms): fewer commits, at the price of a
   * crash re-sending the messages of at most that window.
   */
  commitIntervalMs?: number;
  /** Share one across `deliverDue` calls so channel pacing carries over from pass to pass. */
  pacer?: ChannelPacer;
  onPermanentFailure?: PermanentFailureHook;
  logger?: Logger;
}

export interface DeliveryReport {
  claimed: number;
  /** Messages the platform accepted (even if the outcome could not be recorded). */
  sent: number;
  /** Transient failures scheduled for another attempt. */
  retrying: number;
  /** Rate-limited or paced rows moved to later, without counting an attempt. */
  postponed: number;
  failed: number;
  /** Relayed copies with nothing left to send (the copy to edit was never made, the channel was unlinked). */
  cancelled: number;
  /** Rows whose lease expired before the outcome was written: another worker owns them now. */
  leaseLost: number;
}

export const DELIVERY_DEFAULTS = { leaseMs: 60_000, batchSize: 500, concurrency: 16, maxPacingWaitMs: 2_000 };

/**
 * One worker's delivery machinery: claims rows, delivers each on its own (paced per channel, sends
 * bounded across channels) and group-commits the outcomes. Its own database work (claims and
 * commits) runs one piece at a time: a local libSQL call is synchronous, so a claim waiting on the
 * write lock of this process's own open transaction would stall the event loop that must finish it.
 */
export class Dispatcher {
  readonly report: DeliveryReport = {
    claimed: 0,
    sent: 0,
    retrying: 0,
    postponed: 0,
    failed: 0,
    cancelled: 0,
    leaseLost: 0,
  };
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly leaseMs: number;
  private readonly maxPacingWaitMs: number;
  private readonly policy: RetryPolicy;
  private readonly pacer: ChannelPacer;
  private readonly logger: Logger;
  private readonly limitSends: <T>(work: () => Promise<T>) => Promise<T>;
  private readonly exclusive = createLimiter(1);
  private readonly recorder: OutcomeRecorder;
  private readonly platforms: Platform[];

  constructor(
    private readonly db: Database,
    private readonly senders: Senders,
    readonly options: DeliveryOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.leaseMs = options.leaseMs ?? DELIVERY_DEFAULTS.leaseMs;
    this.maxPacingWaitMs = options.maxPacingWaitMs ?? DELIVERY_DEFAULTS.maxPacingWaitMs;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.pacer = options.pacer ?? new ChannelPacer();
    this.logger = options.logger ?? silentLogger;
    this.limitSends = createLimiter(options.concurrency ?? DELIVERY_DEFAULTS.concurrency);
    this.platforms = (Object.keys(senders) as Platform[]).filter((platform) => senders[platform]);
    this.recorder = new OutcomeRecorder(db, {
      onPermanentFailure: options.onPermanentFailure,
      logger: this.logger,
      exclusive: this.exclusive,
      onLeaseLost: (count) => {
        this.report.leaseLost += count;
      },
      commitIntervalMs: options.commitIntervalMs,
    });
  }

  /** Claims up to `limit` due rows (one per channel not already in flight) for this worker. */
  async claim(limit: number): Promise<OutboxRow[]> {
    const now = this.now();
    this.pacer.forgetBefore(now.getTime());
    const rows = await this.exclusive(() =>
      claimDueRows(this.db, {
        now,
        leaseUntil: new Date(now.getTime() + this.leaseMs),
        limit,
        platforms: this.platforms,
      }),
    );
    this.report.claimed += rows.length;
    return rows;
  }

  /** Delivers one claimed row and queues its outcome for the next commit. */
  async deliver(row: OutboxRow): Promise<void> {
    const outcome = await this.attempt(row);
    if (!outcome) {
      this.report.leaseLost += 1;
      return;
    }
    this.recorder.add(outcome);
    if (outcome.kind === "sent") this.report.sent += 1;
    else if (outcome.kind === "retry") this.report.retrying += 1;
    else if (outcome.kind === "postponed") this.report.postponed += 1;
    else if (outcome.kind === "cancelled") {
      this.report.cancelled += 1;
      this.logger.info("outbox row cancelled", { id: row.id, kind: row.kind, reason: outcome.reason });
    } else {
      this.report.failed += 1;
      this.logger.warn("outbox alert failed", { id: row.id, kind: row.kind, reason: outcome.reason });
    }
  }

  /** Waits until every queued outcome is committed; rethrows a database error met meanwhile. */
  drain(): Promise<void> {
    return this.recorder.drain();
  }

  /** What became of the row; null when its lease ran out before it could be sent. */
  private async attempt(row: OutboxRow): Promise<Outcome | null> {
    if (row.attempts > this.policy.maxAttempts) {
      const reason = `gave up: claimed ${row.attempts - 1} times without an outcome (its workers stopped mid-delivery)`;
      return { kind: "failed", row, at: this.now(), reason };
    }
    const post = postSchema.safeParse(row.payload);
    if (!post.success) {
      return { kind: "failed", row, at: this.now(), reason: `invalid payload: ${post.error.message}` };
    }
    let relay: RelayDelivery | undefined;
    if (row.kind === RELAY_KIND) {
      const payload = readRelayPayload(row.payload);
      if (!payload.ok)
        return { kind: "failed", row, at: this.now(), reason: `invalid relay payload: ${payload.error}` };
      const readiness = await this.exclusive(() => prepareRelayDelivery(this.db, row, payload.relay));
      if (readiness.kind === "cancel") return { kind: "cancelled", row, reason: readiness.reason };
      if (readiness.kind === "wait") {
        const until = new Date(this.now().getTime() + RELAY_REFERENCE_WAIT_MS);
        // Only this row waits: the copy it waits for is a row of the same channel, which must go first.
        return { kind: "postponed", row, until, reason: readiness.reason, rowOnly: true };
      }
      relay = readiness.relay;
    }
    const earliest = this.pacer.earliest(row);
    if (earliest - this.now().getTime() > this.maxPacingWaitMs) {
      return {
        kind: "postponed",
        row,
        until: new Date(earliest),
        reason: "paced: waiting for the channel's rate limit",
      };
    }
    // Timers may fire a little early (Node measures them from a cached loop time): check again.
    for (let left = earliest - this.now().getTime(); left > 0; left = earliest - this.now().getTime()) {
      await this.sleep(left);
    }
    const sender = this.senders[row.platform as Platform]!;
    const result = await this.limitSends(() => this.send(row, sender, post.data, relay));
    if (!result) return null;
    return this.outcomeOf(row, sender, result);
  }

  private async send(
    row: OutboxRow,
    sender: ChannelSender,
    post: Post,
    relay: RelayDelivery | undefined,
  ): Promise<SendResult | null> {
    // Sending after the lease ran out could race the worker that has reclaimed the row.
    if (!row.leaseUntil || this.now() >= row.leaseUntil) return null;
    try {
      return await sender.send({
        id: row.id,
        dedupeKey: row.dedupeKey,
        kind: row.kind,
        platform: row.platform as Platform,
        workspaceId: row.workspaceId,
        target: row.target,
        isDirectMessage: row.isDirectMessage,
        post,
        ...(relay ? { relay } : {}),
      });
    } catch (error) {
      return { kind: "transient", error: `sender threw: ${String(error)}` };
    }
  }

  private outcomeOf(row: OutboxRow, sender: ChannelSender, result: SendResult): Outcome {
    const at = this.now();
    // Paced from the answer, not the request: the platform saw this message no later than that.
    this.pacer.hold(row, "channel", at.getTime() + sender.minIntervalMs);
    switch (result.kind) {
      case "sent":
        if (result.pauseMs) this.pacer.hold(row, "channel", at.getTime() + result.pauseMs);
        return { kind: "sent", row, at, platformMessageId: result.platformMessageId };
      case "rate_limited": {
        const until = new Date(at.getTime() + result.retryAfterMs);
        this.pacer.hold(row, result.scope, until.getTime());
        return {
          kind: "postponed",
          row,
          until,
          reason: `rate limited (${result.scope}) until ${until.toISOString()}`,
        };
      }
      case "transient":
        if (row.attempts >= this.policy.maxAttempts) {
          return {
            kind: "failed",
            row,
            at,
            reason: `gave up after ${row.attempts} attempts: ${result.error}`,
          };
        }
        return {
          kind: "retry",
          row,
          at: new Date(at.getTime() + retryDelayMs(row.attempts, this.policy, this.random)),
          error: result.error,
        };
      case "permanent":
        return { kind: "failed", row, at, reason: result.reason };
    }
  }
}
