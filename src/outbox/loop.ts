import type { Database } from "../db/client.js";
import { silentLogger } from "../logging/logger.js";
import { sleep as realSleep } from "./clock.js";
import { DELIVERY_DEFAULTS, type DeliveryOptions, Dispatcher } from "./dispatch.js";
import type { Senders } from "./sender.js";

export interface DeliveryLoopOptions extends DeliveryOptions {
  /** While anything is in flight, look for newly due rows this often (default 200 ms). */
  claimIntervalMs?: number;
  /** When nothing is due or in flight, look again after this long (default 1 s). */
  idleMs?: number;
}

export interface DeliveryLoop {
  /** Stops claiming, then waits for the rows in flight to be sent and recorded. */
  stop(): Promise<void>;
}

/**
 * Delivers continuously on a long-running runtime (Node). Rows are claimed while earlier ones are
 * still waiting or sending, up to `batchSize` in flight: a channel gets its next row as soon as
 * its previous one is recorded, so a slow channel or a long pacing wait never holds up the others.
 * A database error is logged and the loop carries on; rows it could not record are delivered
 * again after their lease.
 */
export function runDeliveryLoop(db: Database, senders: Senders, options: DeliveryLoopOptions): DeliveryLoop {
  const sleep = options.sleep ?? realSleep;
  const logger = options.logger ?? silentLogger;
  const capacity = options.batchSize ?? DELIVERY_DEFAULTS.batchSize;
  const dispatcher = new Dispatcher(db, senders, options);
  const inFlight = new Set<Promise<void>>();
  const stopping = new AbortController();

  const track = (delivery: Promise<void>) => {
    inFlight.add(delivery);
    void delivery.finally(() => inFlight.delete(delivery));
  };

  const finished = (async () => {
    while (!stopping.signal.aborted) {
      let claimed = 0;
      if (inFlight.size < capacity) {
        try {
          const rows = await dispatcher.claim(capacity - inFlight.size);
          claimed = rows.length;
          for (const row of rows) {
            track(
              dispatcher.deliver(row).catch((error) => {
                logger.error("outbox delivery failed", { id: row.id, error: String(error) });
              }),
            );
          }
        } catch (error) {
          logger.error("outbox claim failed", { workerId: options.workerId, error: String(error) });
        }
      }
      const busy = claimed > 0 || inFlight.size > 0;
      await sleep(busy ? (options.claimIntervalMs ?? 200) : (options.idleMs ?? 1_000), stopping.signal);
    }
    await Promise.all(inFlight);
    await dispatcher.drain().catch(() => {
      // Already logged by the recorder; those rows are re-delivered after their lease.
    });
  })();

  return {
    stop: async () => {
      stopping.abort();
      await finished;
    },
  };
}
