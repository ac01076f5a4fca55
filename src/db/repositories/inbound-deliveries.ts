import type { Platform } from "../../domain/vocabularies.js";
import type { Database } from "../client.js";
import { inboundDeliveries } from "../schema/index.js";

/**
 * Claims a delivery id; true only for the first claim, so a retried or replayed delivery is handled
 * once. This is delivery bookkeeping, not a fact about members or people, so it is written without
 * an audit row (auditing every inbound request would bury the facts the audit log is for).
 */
export async function claimInboundDelivery(
  db: Database,
  platform: Platform,
  deliveryId: string,
  now: Date = new Date(),
): Promise<boolean> {
  const inserted = await db
    .insert(inboundDeliveries)
    .values({ platform, deliveryId, receivedAt: now })
    .onConflictDoNothing()
    .returning({ deliveryId: inboundDeliveries.deliveryId });
  return inserted.length === 1;
}
