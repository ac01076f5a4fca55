import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { alertsOutbox } from "../../src/db/schema/index.js";
import { silentLogger } from "../../src/logging/logger.js";
import {
  ChannelPacer,
  type Delivery,
  type DeliveryOptions,
  deliverDue,
  type SendResult,
} from "../../src/outbox/index.js";
import { relayChatMessage, sourceKeyOf } from "../../src/relay/index.js";
import { NOW, seed } from "../commands/fixtures.js";
import { scriptedSender } from "../outbox/scripted-sender.js";
import { freshDatabase } from "../support/database.js";
import { fakeClock } from "../support/fake-clock.js";
import { CHANNELS, linkedCircle, messageEvent, relayRows, unlink } from "./circle-fixture.js";

let handle: DatabaseHandle;
let clock: ReturnType<typeof fakeClock>;
let options: DeliveryOptions;
let answer: (delivery: Delivery) => SendResult;
let sequence = 0;

/** Posts get a new message id in their channel; edits and deletions answer with the copy's. */
const platformAnswer = (delivery: Delivery): SendResult => {
  if (delivery.relay && delivery.relay.op !== "post" && delivery.relay.copyMessageId)
    return { kind: "sent", platformMessageId: delivery.relay.copyMessageId };
  sequence += 1;
  return { kind: "sent", platformMessageId: `${delivery.target}/m${sequence}` };
};

const slack = scriptedSender(
  () => clock.now(),
  (delivery) => answer(delivery),
);
const discord = scriptedSender(
  () => clock.now(),
  (delivery) => answer(delivery),
);
const relay = (event: Parameters<typeof relayChatMessage>[1]) =>
  relayChatMessage({ db: handle.db, now: clock.now, logger: silentLogger }, event);
const deliver = () => deliverDue(handle.db, { slack: slack.sender, discord: discord.sender }, options);
/** Delivery passes until nothing is due, moving the clock past each wait. */
async function deliverAll() {
  for (let pass = 0; pass < 20; pass++) {
    const report = await deliver();
    if (report.claimed === 0) {
      clock.advance(60_000);
      if ((await deliver()).claimed === 0) return;
    }
  }
}
const relayed = (calls: typeof slack.calls) => calls.map((call) => call.delivery.relay);

beforeEach(async () => {
  handle = await freshDatabase();
  const data = await seed(handle.db);
  await linkedCircle(handle.db, [data.springfield]);
  clock = fakeClock(NOW);
  options = {
    workerId: "test",
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    pacer: new ChannelPacer(),
  };
  answer = platformAnswer;
  sequence = 0;
  slack.calls.length = 0;
  discord.calls.length = 0;
});
afterEach(() => handle.close());

describe("delivering relayed copies", () => {
  it("gives the Discord sender the copy as its author, then the copy's id to edit and delete", async () => {
    await relay(messageEvent());
    await deliverAll();
    await relay(messageEvent({ op: "edited", text: "edited", occurredAt: clock.now() }));
    await relay(messageEvent({ op: "deleted", author: null, text: "", occurredAt: clock.now() }));
    await deliverAll();

    const target = CHANNELS.discord.channelId;
    expect(discord.calls.map((call) => call.delivery.target)).toEqual([target, target, target]);
    expect(relayed(discord.calls)).toEqual([
      expect.objectContaining({
        op: "post",
        author: expect.objectContaining({ name: "Ana P.", memberName: "Springfield", platform: "slack" }),
        text: "Our budget portal is live",
        copyMessageId: null,
        threadRootCopyMessageId: null,
      }),
      expect.objectContaining({ op: "edit", text: "edited", copyMessageId: `${target}/m2` }),
      expect.objectContaining({ op: "delete", copyMessageId: `${target}/m2` }),
    ]);
    expect(discord.calls[0]?.delivery).toMatchObject({
      kind: "circle.relay",
      workspaceId: CHANNELS.discord.workspaceId,
    });
    expect((await relayRows(handle.db)).map((row) => row.state)).toEqual(Array(6).fill("sent"));
  });

  it("threads a reply under the root's copy, or under the original when the thread started in the target", async () => {
    await relay(messageEvent());
    await deliverAll();
    const rootCopies = new Map(
      (await relayRows(handle.db)).map((row) => [row.target, row.platformMessageId]),
    );
    await relay(messageEvent({ messageId: "1773154900.000200", threadRootId: "1773154800.000100" }));
    await deliverAll();
    expect(relayed(slack.calls)[1]).toMatchObject({
      op: "post",
      threadRootCopyMessageId: rootCopies.get(CHANNELS.slackB.channelId),
    });
    expect(relayed(discord.calls)[1]).toMatchObject({
      op: "post",
      threadRootCopyMessageId: rootCopies.get(CHANNELS.discord.channelId),
    });

    // Zoe replies in B under the copy: in A the reply goes under Ana's original message.
    await relay(
      messageEvent({
        ...CHANNELS.slackB,
        messageId: "1773155100.000400",
        threadRootId: rootCopies.get(CHANNELS.slackB.channelId)?.split("/")[1] ?? null,
        author: { userId: "U0ZOE", displayName: "Zoe", avatarUrl: null },
      }),
    );
    await deliverAll();
    const toA = slack.calls.filter((call) => call.delivery.target === CHANNELS.slackA.channelId);
    expect(relayed(toA)).toEqual([
      expect.objectContaining({
        threadRootSource: sourceKeyOf(messageEvent()),
        threadRootCopyMessageId: `${CHANNELS.slackA.channelId}/1773154800.000100`,
      }),
    ]);
    expect(relayed(discord.calls).at(-1)?.threadRootCopyMessageId).toBe(
      rootCopies.get(CHANNELS.discord.channelId),
    );
  });

  it("holds an edit until the copy it changes is sent, without counting attempts", async () => {
    let failures = 1;
    answer = (delivery) => {
      if (delivery.relay?.op === "post" && delivery.platform === "discord" && failures-- > 0)
        return { kind: "transient", error: "HTTP 502" };
      return platformAnswer(delivery);
    };
    await relay(messageEvent());
    await relay(messageEvent({ op: "edited", text: "edited", occurredAt: NOW }));
    await deliver(); // Discord's post fails for now; the edit is next in that channel.
    await deliver();
    const edit = (await relayRows(handle.db)).find(
      (row) => row.platform === "discord" && row.relay.op === "edit",
    );
    expect(edit).toMatchObject({ state: "pending" });
    const [stored] = await handle.db.select().from(alertsOutbox).where(eq(alertsOutbox.id, edit!.id));
    expect(stored).toMatchObject({
      attempts: 0,
      lastError: "relay: waiting for the copy to edit to be sent",
    });

    await deliverAll();
    expect(relayed(discord.calls).map((call) => [call?.op, call?.copyMessageId ?? null])).toEqual([
      ["post", null],
      ["post", null],
      ["edit", expect.stringMatching(/^900000000000000002\/m\d$/)],
    ]);
  });

  it("cancels the edit and the deletion of a copy that failed for good", async () => {
    answer = (delivery) =>
      delivery.platform === "discord"
        ? { kind: "permanent", reason: "Missing Access" }
        : platformAnswer(delivery);
    await relay(messageEvent());
    await deliverAll();
    await relay(messageEvent({ op: "edited", text: "edited", occurredAt: clock.now() }));
    await relay(messageEvent({ op: "deleted", author: null, text: "", occurredAt: clock.now() }));
    const report = await deliver();
    expect(report).toMatchObject({ cancelled: 1 });
    await deliverAll();
    const discordRows = (await relayRows(handle.db)).filter((row) => row.platform === "discord");
    expect(discordRows.map((row) => [row.relay.op, row.state])).toEqual([
      ["post", "failed"],
      ["edit", "cancelled"],
      ["delete", "cancelled"],
    ]);
    expect(discord.calls).toHaveLength(1);
  });

  it("cancels pending copies to a channel unlinked before delivery, but still deletes its copies", async () => {
    await relay(messageEvent());
    await deliverAll();
    await relay(messageEvent({ op: "edited", text: "edited", occurredAt: clock.now() }));
    await relay(messageEvent({ op: "deleted", author: null, text: "", occurredAt: clock.now() }));
    await unlink(handle.db, CHANNELS.discord);
    await deliverAll();
    const discordRows = (await relayRows(handle.db)).filter((row) => row.platform === "discord");
    expect(discordRows.map((row) => [row.relay.op, row.state])).toEqual([
      ["post", "sent"],
      ["edit", "cancelled"],
      ["delete", "sent"],
    ]);
    expect(relayed(discord.calls).map((call) => call?.op)).toEqual(["post", "delete"]);
  });
});
