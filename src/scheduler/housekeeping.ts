import type { Database } from "../db/client.js";
import { pruneInboundDeliveries } from "../db/repositories/inbound-deliveries.js";
import { pruneLinkAttempts } from "../db/repositories/link-codes.js";
import { pruneOAuthStates } from "../db/repositories/oauth-states.js";

const HOUR_MS = 3_600_000;

export interface HousekeepingReport {
  inboundDeliveries: number;
  linkAttempts: number;
  oauthStates: number;
}

/**
 * Bookkeeping that would otherwise grow for ever, pruned once its purpose has passed: finished
 * deliveries an hour after receipt (a retry or replay is refused by its signature's timestamp after 5
 * minutes; acknowledged work not done yet stays), link attempts after the longest cap window (an hour), used OAuth states once expired.
 */
export async function housekeep(db: Database, now: Date): Promise<HousekeepingReport> {
  const anHourAgo = new Date(now.getTime() - HOUR_MS);
  return {
    inboundDeliveries: await pruneInboundDeliveries(db, anHourAgo),
    linkAttempts: await pruneLinkAttempts(db, anHourAgo),
    oauthStates: await pruneOAuthStates(db, now),
  };
}
