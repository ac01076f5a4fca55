import cron, { type Logger as CronLogger } from "node-cron";
import { ConfigError } from "../config/env.js";
import type { Database } from "../db/client.js";
import type { Logger } from "../logging/logger.js";
import type { Metrics } from "../logging/metrics.js";
import { housekeep } from "./housekeeping.js";
import { type LeasedTick, TICK_LEASE, tickUnderLease } from "./lease.js";
import type { TickOptions } from "./tick/index.js";

export interface SchedulerOptions extends TickOptions {
  /** SCHEDULE_CRON, read in UTC (default hourly, `0 * * * *`). */
  cron: string;
  /** Names this instance in the lease, e.g. `host:pid`. */
  holder: string;
  logger: Logger;
  leaseMs?: number;
  /** What one run does; default a leased tick at the current instant. Tests replace it. */
  run?: () => Promise<LeasedTick>;
  /** Where tick durations are recorded. */
  metrics?: Metrics;
}

export interface Scheduler {
  /** Stops scheduling, then waits for a tick in progress to finish (node-cron's `stop()` does not). */
  stop(): Promise<void>;
  nextRun(): Date | null;
}

/** node-cron logs through our structured logger (its overlap warnings included). */
function cronLogger(logger: Logger): CronLogger {
  const text = (message: string | Error) => (message instanceof Error ? message.message : message);
  return {
    info: (message) => logger.info(`node-cron: ${message}`),
    warn: (message) => logger.warn(`node-cron: ${message}`),
    error: (message, error) =>
      logger.error(`node-cron: ${text(message)}`, error ? { error: error.message } : {}),
    debug: (message, error) =>
      logger.debug(`node-cron: ${text(message)}`, error ? { error: error.message } : {}),
  };
}

/**
 * Runs the tick on Node with node-cron. Two guards: `noOverlap` keeps this process from starting a
 * tick while its previous one runs, and the database lease (`job_leases`, `scheduler.tick`) keeps two
 * processes from ticking at once. The lease is taken inside the run rather than through node-cron's
 * `distributed` coordinator, because it must also cover `cli scheduler tick` and be renewed while a
 * long tick runs.
 */
export function startScheduler(db: Database, options: SchedulerOptions): Scheduler {
  if (!cron.validate(options.cron))
    // Reported like the other settings: named, at start-up, without a stack trace.
    throw new ConfigError(`Invalid configuration:\n  SCHEDULE_CRON: not a cron expression: ${options.cron}`);
  const { logger } = options;
  const run =
    options.run ??
    (() =>
      tickUnderLease(db, new Date(), {
        ...options,
        lease: { holder: options.holder, ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}) },
      }));
  let running: Promise<void> | null = null;

  const runOnce = async (): Promise<void> => {
    const started = performance.now();
    try {
      const outcome = await run();
      if (!outcome.ran) {
        logger.info("scheduler tick skipped: another instance holds the lease", {
          heldBy: outcome.heldBy,
          until: outcome.until?.toISOString(),
        });
        return;
      }
      const { report } = outcome;
      options.metrics?.tickDuration.observe((performance.now() - started) / 1000);
      logger.info("scheduler tick", {
        evaluated: report.evaluated,
        transitions: report.transitions.length,
        alerts: report.alerts,
        skippedRecipients: report.skippedRecipients.length,
        failures: report.failures.length,
      });
      for (const failure of report.failures) logger.warn("scheduler tick: member not processed", failure);
      // The instance that ticked prunes too (pruning twice would be harmless).
      logger.info("housekeeping", { pruned: await housekeep(db, new Date()) });
    } catch (error) {
      logger.error("scheduler tick failed", {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const task = cron.schedule(
    options.cron,
    () => {
      running = runOnce().finally(() => {
        running = null;
      });
      // node-cron waits for the returned promise: with noOverlap, no second run starts meanwhile.
      return running;
    },
    { name: TICK_LEASE, noOverlap: true, timezone: "UTC", logger: cronLogger(logger) },
  );

  return {
    async stop() {
      await task.stop();
      await running;
    },
    nextRun: () => task.getNextRun(),
  };
}
