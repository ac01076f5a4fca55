import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { alertsOutbox } from "../../src/db/schema/index.js";
import { enqueueAlerts, FAILURE_NOTICE_KIND, type NewAlert, type OutboxRow } from "../../src/outbox/index.js";
import { createFailureNoticeHook } from "../../src/scheduler/index.js";
import { postView, textPost } from "../support/posts.js";
import { demoWithSubscriptions, describeOutbox, memberIds, PEOPLE, TARGET } from "./demo.js";

const NOW = new Date("2026-11-15T20:00:00Z");
const REFUSED = "/channels/dm-1/messages: HTTP 403 50007: Cannot send messages to this user";

let handle: DatabaseHandle;
let id: Record<string, string>;
const hook = createFailureNoticeHook(() => NOW);

beforeEach(async () => {
  handle = await demoWithSubscriptions();
  id = await memberIds(handle.db);
});
afterEach(() => handle.close());

/** Writes a row as the scheduler would and marks it failed as delivery does, then runs the hook on it. */
async function fail(alert: NewAlert, lastError: string): Promise<OutboxRow> {
  await enqueueAlerts(handle.db, [alert], NOW);
  const [row] = await handle.db
    .update(alertsOutbox)
    .set({ state: "failed", lastError })
    .where(eq(alertsOutbox.dedupeKey, alert.dedupeKey))
    .returning();
  await hook(row!, handle.db);
  return row!;
}

const others = async (failed: OutboxRow) =>
  describeOutbox(
    handle.db,
    (await handle.db.select().from(alertsOutbox)).filter((row) => row.id !== failed.id),
  );

describe("delivery failures surfaced to the Support Unit (onPermanentFailure)", () => {
  it("posts a refused Discord DM in the member's channel and tells the Support Unit", async () => {
    const failed = await fail(
      {
        dedupeKey: `PLAN-5:plan:p1:co_creation:request|discord::${PEOPLE.mere.userId}`,
        alertKey: "PLAN-5:plan:p1:co_creation:request",
        kind: "PLAN-5",
        memberId: id["kowhai-coast"],
        platform: "discord",
        target: PEOPLE.mere.userId,
        isDirectMessage: true,
        post: textPost("Please endorse.", "Endorsement requested"),
      },
      REFUSED,
    );
    expect(await others(failed)).toEqual([
      `PLAN-5 p1 co_creation request → ${TARGET.kowhaiChannel}`,
      `outbox.failure ${failed.id} → ${TARGET.supportAll}`,
    ]);
    const [copy] = await handle.db
      .select()
      .from(alertsOutbox)
      .where(eq(alertsOutbox.target, TARGET.kowhaiChannel.split(":")[2]!));
    expect(copy?.payload).toEqual(textPost("Please endorse.", "Endorsement requested"));
    expect(copy).toMatchObject({
      copyKind: "fallback",
      copyOf: failed.id,
      alertKey: "PLAN-5:plan:p1:co_creation:request",
    });
  });

  it("says so when the member has no channel to fall back to", async () => {
    const failed = await fail(
      {
        dedupeKey: `DUE-MILESTONE:milestone:m1:2026-06-30:overdue|discord::${PEOPLE.camille.userId}`,
        alertKey: "DUE-MILESTONE:milestone:m1:2026-06-30:overdue",
        kind: "DUE-MILESTONE",
        memberId: id["val-de-brume"],
        platform: "discord",
        target: PEOPLE.camille.userId,
        isDirectMessage: true,
        post: textPost("Jalon en retard."),
      },
      REFUSED,
    );
    const [notice] = await handle.db
      .select()
      .from(alertsOutbox)
      .where(eq(alertsOutbox.kind, FAILURE_NOTICE_KIND));
    expect(postView(notice!.payload).text).toBe(
      `An alert (DUE-MILESTONE) for Val-de-Brume could not be delivered to @${PEOPLE.camille.userId} on discord: ${REFUSED}\n\nThe person does not accept direct messages on Discord, and no channel follows the member to post it in instead.`,
    );
    expect(await others(failed)).toEqual([`outbox.failure ${failed.id} → ${TARGET.supportAll}`]);
  });

  it("tells the Support Unit's other channels (by kind and country) when one of its channels fails", async () => {
    const failed = await fail(
      {
        dedupeKey: "PROB-1:member:x:2026-10-01:letter|slack:T0DEMOSU:C0SUALL",
        alertKey: "PROB-1:member:x:2026-10-01:letter",
        kind: "PROB-1",
        memberId: id["santa-clara-de-los-pinos"],
        platform: "slack",
        workspaceId: "T0DEMOSU",
        target: "C0SUALL",
        post: textPost("Draft letter"),
      },
      "chat.postMessage: channel_not_found",
    );
    // Not the failed channel itself; the letters channel does not take this kind.
    expect(await others(failed)).toEqual([`outbox.failure ${failed.id} → ${TARGET.supportMexico}`]);
  });

  it("never reports a failed failure notice (no loop)", async () => {
    const failed = await fail(
      {
        dedupeKey: `outbox.failure:abc|slack:T0DEMOSU:C0SUMX`,
        alertKey: "outbox.failure:abc",
        kind: FAILURE_NOTICE_KIND,
        memberId: id["santa-clara-de-los-pinos"],
        platform: "slack",
        workspaceId: "T0DEMOSU",
        target: "C0SUMX",
        post: textPost("An alert could not be delivered"),
      },
      "chat.postMessage: not_in_channel",
    );
    expect(await others(failed)).toEqual([]);
  });
});
