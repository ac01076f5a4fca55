import type { Database } from "../db/client.js";
import { DELIVERY_DEFAULTS, type DeliveryOptions, type DeliveryReport, Dispatcher } from "./dispatch.js";
import type { Senders } from "./sender.js";

/**
 * One delivery pass: claims the due rows (one per channel), sends each once its channel may be sent
 * to, and records every outcome before returning. Different channels go out in parallel, bounded by
 * `concurrency`. Safe to run from several processes on one database, and from a Workers cron (one
 * pass per run, with a `batchSize` that fits the plan's subrequest limit).
 */
export async function deliverDue(
  db: Database,
  senders: Senders,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const dispatcher = new Dispatcher(db, senders, options);
  const rows = await dispatcher.claim(options.batchSize ?? DELIVERY_DEFAULTS.batchSize);
  await Promise.all(rows.map((row) => dispatcher.deliver(row)));
  await dispatcher.drain();
  options.logger?.debug("outbox pass", { workerId: options.workerId, ...dispatcher.report });
  return dispatcher.report;
}
