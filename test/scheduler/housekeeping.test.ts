import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  claimInboundDeliveries,
  claimInboundDelivery,
} from "../../src/db/repositories/inbound-deliveries.js";
import { recordLinkAttempt } from "../../src/db/repositories/link-codes.js";
import { useOAuthState } from "../../src/db/repositories/oauth-states.js";
import { inboundDeliveries, linkAttempts, usedOAuthStates } from "../../src/db/schema/index.js";
import { housekeep } from "../../src/scheduler/index.js";
import { freshDatabase } from "../support/database.js";

const NOW = new Date("2026-12-06T12:00:00Z");
const minutesBefore = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe("housekeeping", () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await freshDatabase();
  });
  afterEach(() => handle.close());

  it("prunes delivery claims, link attempts and used OAuth states once their purpose has passed", async () => {
    const { db } = handle;
    await claimInboundDelivery(db, "slack", "old", minutesBefore(61));
    await claimInboundDelivery(db, "slack", "recent", minutesBefore(10));
    // Work acknowledged long ago and not done yet stays until it is done or given up.
    await claimInboundDeliveries(db, [
      {
        platform: "discord",
        deliveryId: "unfinished",
        receivedAt: minutesBefore(120),
        work: { payload: { type: 2 }, leaseUntil: minutesBefore(119) },
      },
    ]);
    const who = { platform: "slack" as const, workspaceId: "T1", userId: "U1" };
    await recordLinkAttempt(db, who, false, minutesBefore(90));
    await recordLinkAttempt(db, who, false, minutesBefore(30));
    await useOAuthState(db, "expired", minutesBefore(1), minutesBefore(11));
    await useOAuthState(db, "live", new Date(NOW.getTime() + 60_000), minutesBefore(9));

    expect(await housekeep(db, NOW)).toEqual({ inboundDeliveries: 1, linkAttempts: 1, oauthStates: 1 });
    expect((await db.select().from(inboundDeliveries)).map((row) => row.deliveryId)).toEqual([
      "recent",
      "unfinished",
    ]);
    expect(await db.$count(linkAttempts)).toBe(1);
    expect((await db.select().from(usedOAuthStates)).map((row) => row.nonce)).toEqual(["live"]);
    // A claim pruned after its hour is a delivery Slack can no longer retry: the signature window is 5 minutes.
    expect(await housekeep(db, NOW)).toEqual({ inboundDeliveries: 0, linkAttempts: 0, oauthStates: 0 });
  });
});
