import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { alertsOutbox } from "../../src/db/schema/index.js";
import {
  ChannelPacer,
  type DeliveryOptions,
  deliverDue,
  enqueueAlerts,
  listFailed,
  type NewAlert,
  type OutboxRow,
  runDeliveryLoop,
  type Senders,
} from "../../src/outbox/index.js";
import { createDiscordSender } from "../../src/platforms/discord/index.js";
import { createSlackSender } from "../../src/platforms/slack/index.js";
import { freshDatabase } from "../support/database.js";
import { fakeClock } from "../support/fake-clock.js";
import { type FakeApi, type FakeReply, type RecordedRequest, startFakeApi } from "../support/fake-http.js";
import { startFakeSlack } from "../support/fake-slack-ratelimited.js";
import { textPost } from "../support/posts.js";

/** The outbox end to end: database rows, a real sender, a loopback fake of the platform. */
describe("outbox delivery against fake platform APIs", () => {
  let handle: DatabaseHandle;
  let api: FakeApi;
  let clock: ReturnType<typeof fakeClock>;
  let reported: OutboxRow[];
  let options: DeliveryOptions;

  beforeEach(async () => {
    handle = await freshDatabase();
    clock = fakeClock(new Date("2026-11-23T09:00:00Z"));
    reported = [];
    options = {
      workerId: "test",
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0.5,
      pacer: new ChannelPacer(),
      onPermanentFailure: (row) => void reported.push(row),
    };
  });
  afterEach(async () => {
    await api?.close();
    handle.close();
  });

  const slack = async (reply: (request: RecordedRequest, index: number) => FakeReply): Promise<Senders> => {
    api = await startFakeApi(reply);
    return { slack: createSlackSender({ token: () => "xoxb-test", apiUrl: `${api.url}/api` }) };
  };
  const discord = async (reply: (request: RecordedRequest, index: number) => FakeReply): Promise<Senders> => {
    api = await startFakeApi(reply);
    return { discord: createDiscordSender({ token: "bot", apiUrl: `${api.url}/api/v10` }) };
  };
  const slackOk: FakeReply = { body: { ok: true, channel: "C1", ts: "1700000000.000100" } };
  const enqueue = (alert: Partial<NewAlert>) =>
    enqueueAlerts(
      handle.db,
      [
        {
          dedupeKey: "alert-1",
          alertKey: "alert-1",
          kind: "DUE-UPDATE",
          platform: "slack",
          workspaceId: "T1",
          target: "C1",
          post: textPost("Update due"),
          ...alert,
        },
      ],
      clock.now(),
    );
  const row = async () =>
    (await handle.db.select().from(alertsOutbox).where(eq(alertsOutbox.dedupeKey, "alert-1")))[0]!;
  const passes = async (senders: Senders, count: number, stepMs: number) => {
    for (let pass = 0; pass < count; pass += 1) {
      await deliverDue(handle.db, senders, options);
      clock.advance(stepMs);
    }
  };

  it("waits out Slack's 429 Retry-After and delivers the message exactly once", async () => {
    const senders = await slack((_request, index) =>
      index === 0
        ? { status: 429, headers: { "retry-after": "2" }, body: { ok: false, error: "ratelimited" } }
        : slackOk,
    );
    await enqueue({});
    await passes(senders, 2, 1_000);
    expect(api.requests).toHaveLength(1);
    await passes(senders, 3, 1_000);
    expect(api.requests).toHaveLength(2);
    expect(await row()).toMatchObject({
      state: "sent",
      attempts: 1,
      platformMessageId: "C1/1700000000.000100",
    });
  });

  it("retries a Slack 5xx and then delivers", async () => {
    const senders = await slack((_request, index) => (index === 0 ? { status: 500, body: {} } : slackOk));
    await enqueue({});
    await passes(senders, 4, 5_000);
    expect(api.requests).toHaveLength(2);
    expect(await row()).toMatchObject({ state: "sent", attempts: 2 });
  });

  it("fails channel_not_found once, reports it, and never calls Slack for it again", async () => {
    const senders = await slack(() => ({ body: { ok: false, error: "channel_not_found" } }));
    await enqueue({});
    await passes(senders, 5, 3_600_000);
    expect(api.requests).toHaveLength(1);
    const failed = await row();
    expect(failed).toMatchObject({ state: "failed", lastError: "chat.postMessage: channel_not_found" });
    expect(await listFailed(handle.db)).toEqual([failed]);
    expect(reported).toEqual([failed]);
  });

  it("fails a Discord DM the user refuses (50007), reports it, and does not retry", async () => {
    const senders = await discord((request) =>
      request.path.endsWith("/users/@me/channels")
        ? { body: { id: "777" } }
        : { status: 403, body: { code: 50007, message: "Cannot send messages to this user" } },
    );
    await enqueue({ platform: "discord", workspaceId: "G1", target: "42", isDirectMessage: true });
    await passes(senders, 5, 3_600_000);
    expect(api.requests).toHaveLength(2);
    const failed = await row();
    expect(failed.state).toBe("failed");
    expect(failed.lastError).toBe(
      "/channels/777/messages: HTTP 403 50007: Cannot send messages to this user",
    );
    expect(reported.map((report) => report.id)).toEqual([failed.id]);
  });

  it("waits out Discord's fractional retry_after and delivers once", async () => {
    const senders = await discord((request, index) =>
      index === 0
        ? { status: 429, body: { retry_after: 0.4, global: false } }
        : { body: { id: "9001", channel_id: request.path.split("/")[3] } },
    );
    await enqueue({ platform: "discord", workspaceId: "G1", target: "555" });
    await passes(senders, 1, 300);
    await passes(senders, 1, 100);
    expect(api.requests).toHaveLength(1);
    await passes(senders, 1, 100);
    expect(api.requests).toHaveLength(2);
    expect(await row()).toMatchObject({ state: "sent", attempts: 1, platformMessageId: "555/9001" });
  });
});

describe("outbox delivery against a Slack fake that enforces one message per second per channel", () => {
  it("delivers every alert once without being rate limited", async () => {
    const handle = await freshDatabase();
    const fake = await startFakeSlack({ intervalMs: 1_000, lifetimeMs: 30_000 });
    const alerts: NewAlert[] = ["C1", "C2"].flatMap((channel) =>
      [0, 1, 2].map((index) => ({
        dedupeKey: `${channel}-${index}`,
        alertKey: `${channel}-${index}`,
        kind: "DUE-UPDATE",
        platform: "slack" as const,
        workspaceId: "T1",
        target: channel,
        post: textPost(`Reminder ${index}`),
      })),
    );
    alerts.push({ ...alerts[0]!, dedupeKey: "dm", target: "U1", isDirectMessage: true });
    await enqueueAlerts(handle.db, alerts);
    const loop = runDeliveryLoop(
      handle.db,
      { slack: createSlackSender({ token: () => "xoxb", apiUrl: fake.url }) },
      { workerId: "paced", idleMs: 20 },
    );
    await expect.poll(() => fake.accepted.length, { timeout: 15_000, interval: 50 }).toBe(alerts.length);
    await loop.stop();
    await fake.close();

    expect(fake.stats.rateLimited).toBe(0);
    expect(fake.accepted.map((message) => message.dedupeKey).sort()).toEqual(
      alerts.map((a) => a.dedupeKey).sort(),
    );
    expect(fake.accepted.find((message) => message.dedupeKey === "dm")?.channel).toBe("DU1");
    const states = await handle.db.select({ state: alertsOutbox.state }).from(alertsOutbox);
    expect(states.every((state) => state.state === "sent")).toBe(true);
    handle.close();
  });
});
