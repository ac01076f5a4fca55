import type { Database } from "../db/client.js";
import type { Platform } from "../domain/vocabularies.js";
import { type Logger, silentLogger } from "../logging/logger.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelayMs } from "./backoff.js";
import { claimDueRows, type OutboxRow } from "./claim.js";
import { createLimiter, sleep as realSleep } from "./clock.js";
import { outboxMessageSchema } from "./message.js";
import { ChannelPacer } from "./pacer.js";
import { type Outcome, OutcomeRecorder, type PermanentFailureHook } from "./record.js";
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
  /** Rows claimed per pass; at most one per channel (default 500). */
  batchSize?: number;
  /** Platform calls in flight at once, across channels (default 16). */
  concurrency?: number;
  /** A channel that may not be sent to sooner than this is postponed rather than waited for (default 2 s). */
  maxPacingWaitMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Keep one pacer across passes so channel pacing carries over; `runDeliveryLoop` does. */
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
  /** Rows whose lease expired before the outcome was written: another worker owns them now. */
  leaseLost: number;
}

const DEFAULTS = { leaseMs: 60_000, batchSize: 500, concurrency: 16, maxPacingWaitMs: 2_000 };

/**
 * One delivery pass: claims the due rows (one per channel), sends each once its channel may be sent
 * to, and records every outcome. Different channels go out in parallel, bounded by `concurrency`.
 * Safe to run from several processes on one database, and from a Workers cron (one pass per run,
 * with a `batchSize` that fits the plan's subrequest limit).
 */
export async function deliverDue(
  db: Database,
  senders: Senders,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const leaseMs = options.leaseMs ?? DEFAULTS.leaseMs;
  const maxPacingWaitMs = options.maxPacingWaitMs ?? DEFAULTS.maxPacingWaitMs;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const pacer = options.pacer ?? new ChannelPacer();
  const logger = options.logger ?? silentLogger;
  const limit = createLimiter(options.concurrency ?? DEFAULTS.concurrency);

  const claimedAt = now();
  pacer.forgetBefore(claimedAt.getTime());
  const rows = await claimDueRows(db, {
    now: claimedAt,
    leaseUntil: new Date(claimedAt.getTime() + leaseMs),
    limit: options.batchSize ?? DEFAULTS.batchSize,
    platforms: (Object.keys(senders) as Platform[]).filter((platform) => senders[platform]),
  });
  const report: DeliveryReport = {
    claimed: rows.length,
    sent: 0,
    retrying: 0,
    postponed: 0,
    failed: 0,
    leaseLost: 0,
  };
  if (rows.length === 0) return report;

  const recorder = new OutcomeRecorder(db, options.onPermanentFailure, logger);
  const finish = (outcome: Outcome) => {
    recorder.add(outcome);
    if (outcome.kind === "sent") report.sent += 1;
    else if (outcome.kind === "retry") report.retrying += 1;
    else if (outcome.kind === "postponed") report.postponed += 1;
    else {
      report.failed += 1;
      logger.warn("outbox alert failed", {
        id: outcome.row.id,
        kind: outcome.row.kind,
        reason: outcome.reason,
      });
    }
  };

  async function deliver(row: OutboxRow, sender: ChannelSender): Promise<void> {
    if (row.attempts > policy.maxAttempts) {
      return finish({
        kind: "failed",
        row,
        at: now(),
        reason: `gave up: claimed ${row.attempts - 1} times without an outcome (its workers stopped mid-delivery)`,
      });
    }
    const message = outboxMessageSchema.safeParse(row.payload);
    if (!message.success) {
      return finish({ kind: "failed", row, at: now(), reason: `invalid payload: ${message.error.message}` });
    }
    const earliest = pacer.earliest(row);
    const wait = earliest - now().getTime();
    if (wait > maxPacingWaitMs) {
      const until = new Date(earliest);
      return finish({ kind: "postponed", row, until, reason: "paced: waiting for the channel's rate limit" });
    }
    if (wait > 0) await sleep(wait);
    const result = await limit(async (): Promise<SendResult | null> => {
      // Sending after the lease ran out could race the worker that has reclaimed the row.
      if (!row.leaseUntil || now() >= row.leaseUntil) return null;
      try {
        return await sender.send({
          id: row.id,
          dedupeKey: row.dedupeKey,
          kind: row.kind,
          platform: row.platform as Platform,
          workspaceId: row.workspaceId,
          target: row.target,
          isDirectMessage: row.isDirectMessage,
          message: message.data,
        });
      } catch (error) {
        return { kind: "transient", error: `sender threw: ${String(error)}` };
      }
    });
    if (!result) {
      report.leaseLost += 1;
      return;
    }
    const at = now();
    pacer.hold(row, "channel", at.getTime() + sender.minIntervalMs);
    switch (result.kind) {
      case "sent":
        if (result.pauseMs) pacer.hold(row, "channel", at.getTime() + result.pauseMs);
        return finish({ kind: "sent", row, at, platformMessageId: result.platformMessageId });
      case "rate_limited": {
        const until = new Date(at.getTime() + result.retryAfterMs);
        pacer.hold(row, result.scope, until.getTime());
        return finish({
          kind: "postponed",
          row,
          until,
          reason: `rate limited (${result.scope}) until ${until.toISOString()}`,
        });
      }
      case "transient":
        if (row.attempts >= policy.maxAttempts) {
          return finish({
            kind: "failed",
            row,
            at,
            reason: `gave up after ${row.attempts} attempts: ${result.error}`,
          });
        }
        return finish({
          kind: "retry",
          row,
          at: new Date(at.getTime() + retryDelayMs(row.attempts, policy, random)),
          error: result.error,
        });
      case "permanent":
        return finish({ kind: "failed", row, at, reason: result.reason });
    }
  }

  await Promise.all(rows.map((row) => deliver(row, senders[row.platform as Platform]!)));
  const recorded = await recorder.drain();
  report.leaseLost += recorded.leaseLost;
  logger.debug("outbox pass", { workerId: options.workerId, ...report });
  return report;
}
