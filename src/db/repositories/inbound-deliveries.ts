import { lt } from "drizzle-orm";
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

/**
 * Drops deliveries received before `before`. A retry or a replay older than the signature window
 * (5 minutes) is refused by its timestamp anyway, so the claims need to outlive it, no more.
 */
export async function pruneInboundDeliveries(db: Database, before: Date): Promise<number> {
  const removed = await db
    .delete(inboundDeliveries)
    .where(lt(inboundDeliveries.receivedAt, before))
    .returning({ deliveryId: inboundDeliveries.deliveryId });
  return removed.length;
}
