import type { Database } from "../db/client.js";
import { silentLogger } from "../logging/logger.js";
import { sleep as realSleep } from "./clock.js";
import { type DeliveryOptions, deliverDue } from "./deliver.js";
import { ChannelPacer } from "./pacer.js";
import type { Senders } from "./sender.js";

export interface DeliveryLoopOptions extends DeliveryOptions {
  /** Pause after a pass that found nothing due (or failed), before looking again (default 1 s). */
  idleMs?: number;
}

export interface DeliveryLoop {
  /** Ends the loop after the pass in progress has recorded its outcomes. */
  stop(): Promise<void>;
}

/**
 * Delivers continuously on a long-running runtime (Node): passes back to back while rows are due,
 * one channel pacer across passes, a short idle wait otherwise. A database error is logged and the
 * loop carries on; rows it could not record are delivered again after their lease.
 */
export function runDeliveryLoop(db: Database, senders: Senders, options: DeliveryLoopOptions): DeliveryLoop {
  const sleep = options.sleep ?? realSleep;
  const logger = options.logger ?? silentLogger;
  const idleMs = options.idleMs ?? 1_000;
  const passOptions = { ...options, pacer: options.pacer ?? new ChannelPacer() };
  const stopping = new AbortController();

  const finished = (async () => {
    while (!stopping.signal.aborted) {
      let claimed = 0;
      try {
        claimed = (await deliverDue(db, senders, passOptions)).claimed;
      } catch (error) {
        logger.error("outbox delivery pass failed", { workerId: options.workerId, error: String(error) });
      }
      if (claimed === 0) await sleep(idleMs, stopping.signal);
    }
  })();

  return {
    stop: async () => {
      stopping.abort();
      await finished;
    },
  };
}
