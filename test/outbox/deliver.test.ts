import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { alertsOutbox } from "../../src/db/schema/index.js";
import { silentLogger } from "../../src/logging/logger.js";
import {
  ChannelPacer,
  claimDueRows,
  type DeliveryOptions,
  deliverDue,
  enqueueAlerts,
  listFailed,
  type NewAlert,
  type OutboxRow,
  runDeliveryLoop,
  type SendResult,
} from "../../src/outbox/index.js";
import { recordOutcomes } from "../../src/outbox/record.js";
import { freshDatabase } from "../support/database.js";
import { fakeClock } from "../support/fake-clock.js";
import { textPost } from "../support/posts.js";
import { scriptedSender } from "./scripted-sender.js";

const start = new Date("2026-11-23T09:00:00Z");

const alert = (dedupeKey: string, target: string, extra: Partial<NewAlert> = {}): NewAlert => ({
  dedupeKey,
  alertKey: dedupeKey,
  kind: "DUE-UPDATE",
  platform: "slack",
  workspaceId: "T001",
  target,
  post: textPost(`Reminder ${dedupeKey}`),
  ...extra,
});

describe("deliverDue", () => {
  let handle: DatabaseHandle;
  let clock: ReturnType<typeof fakeClock>;
  let options: DeliveryOptions;
  const rowOf = async (dedupeKey: string): Promise<OutboxRow> => {
    const [row] = await handle.db.select().from(alertsOutbox).where(eq(alertsOutbox.dedupeKey, dedupeKey));
    if (!row) throw new Error(`no row ${dedupeKey}`);
    return row;
  };
  const enqueue = (...alerts: NewAlert[]) => enqueueAlerts(handle.db, alerts, clock.now());

  beforeEach(async () => {
    handle = await freshDatabase();
    clock = fakeClock(start);
    options = {
      workerId: "test",
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0.5,
      pacer: new ChannelPacer(),
    };
  });
  afterEach(() => handle.close());

  it("sends a due alert once and records the platform's message id", async () => {
    const fake = scriptedSender(clock.now, () => ({
      kind: "sent",
      platformMessageId: "C1/1700000000.000100",
    }));
    await enqueue(alert("a", "C1"));

    expect(await deliverDue(handle.db, { slack: fake.sender }, options)).toMatchObject({
      claimed: 1,
      sent: 1,
    });
    expect(await deliverDue(handle.db, { slack: fake.sender }, options)).toMatchObject({ claimed: 0 });

    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]?.delivery).toMatchObject({
      dedupeKey: "a",
      target: "C1",
      post: textPost("Reminder a"),
    });
    expect(await rowOf("a")).toMatchObject({
      state: "sent",
      attempts: 1,
      sentAt: clock.now(),
      platformMessageId: "C1/1700000000.000100",
      leaseUntil: null,
    });
  });

  it("waits out a rate limit without counting an attempt, holds the channel's later alerts, and delivers once", async () => {
    const fake = scriptedSender(clock.now, (delivery, previous) =>
      delivery.dedupeKey === "a" && previous.length === 0
        ? { kind: "rate_limited", retryAfterMs: 30_000, scope: "channel" }
        : { kind: "sent", platformMessageId: `${delivery.target}/1` },
    );
    await enqueue(alert("a", "C1"), alert("b", "C1"), alert("other", "C2"));
    const limitedAt = clock.ms;

    expect(await deliverDue(handle.db, { slack: fake.sender }, options)).toMatchObject({
      claimed: 2,
      postponed: 1,
      sent: 1,
    });
    expect(await rowOf("other")).toMatchObject({ state: "sent" });
    const postponed = await rowOf("a");
    expect(postponed).toMatchObject({ state: "pending", attempts: 0 });
    expect(postponed.lastError).toContain("rate limited");
    expect(postponed.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(limitedAt + 30_000);
    expect((await rowOf("b")).nextAttemptAt).toEqual(postponed.nextAttemptAt);

    clock.advance(20_000);
    expect(await deliverDue(handle.db, { slack: fake.sender }, options)).toMatchObject({ claimed: 0 });
    clock.advance(postponed.nextAttemptAt.getTime() - clock.ms);
    expect(await deliverDue(handle.db, { slack: fake.sender }, options)).toMatchObject({ sent: 1 });

    const sendsOfA = fake.calls.filter((call) => call.delivery.dedupeKey === "a");
    expect(sendsOfA).toHaveLength(2);
    expect(sendsOfA[1]!.at).toBeGreaterThanOrEqual(limitedAt + 30_000);
    expect(await rowOf("a")).toMatchObject({ state: "sent", attempts: 1, lastError: null });
  });

  it("retries a transient failure after a jittered exponential backoff, then delivers", async () => {
    const fake = scriptedSender(clock.now, (_delivery, previous) =>
      previous.length === 0
        ? { kind: "transient", error: "HTTP 503" }
        : { kind: "sent", platformMessageId: "C1/2" },
    );
    await enqueue(alert("a", "C1"));
    const failedAt = clock.ms;

    expect(await deliverDue(handle.db, { slack: fake.sender }, options)).toMatchObject({ retrying: 1 });
    const waiting = await rowOf("a");
    // random 0.5 of the first ceiling, the 10 s base delay.
    expect(waiting).toMatchObject({ state: "pending", attempts: 1, lastError: "HTTP 503" });
    expect(waiting.nextAttemptAt.getTime()).toBe(failedAt + 5_000);

    clock.advance(5_000);
    expect(await deliverDue(handle.db, { slack: fake.sender }, options)).toMatchObject({ sent: 1 });
    expect(await rowOf("a")).toMatchObject({ state: "sent", attempts: 2 });
    expect(fake.calls).toHaveLength(2);
  });

  it("fails an alert after its last attempt and reports it once", async () => {
    const fake = scriptedSender(clock.now, () => ({ kind: "transient", error: "HTTP 502" }));
    const reported: OutboxRow[] = [];
    const retrying = {
      ...options,
      retry: { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 4_000 },
      onPermanentFailure: (row: OutboxRow) => void reported.push(row),
    };
    await enqueue(alert("a", "C1"));

    for (let pass = 0; pass < 6; pass += 1) {
      await deliverDue(handle.db, { slack: fake.sender }, retrying);
      clock.advance(4_000);
    }

    expect(fake.calls).toHaveLength(3);
    const row = await rowOf("a");
    expect(row).toMatchObject({ state: "failed", attempts: 3 });
    expect(row.lastError).toBe("gave up after 3 attempts: HTTP 502");
    expect(reported.map((failed) => failed.id)).toEqual([row.id]);
  });

  it("marks a permanent failure failed with its reason, reports it in the same transaction, and never retries it", async () => {
    const fake = scriptedSender(clock.now, (delivery) =>
      delivery.target === "C404"
        ? { kind: "permanent", reason: "chat.postMessage: channel_not_found" }
        : { kind: "sent", platformMessageId: `${delivery.target}/1` },
    );
    const reported: OutboxRow[] = [];
    const reporting: DeliveryOptions = {
      ...options,
      onPermanentFailure: async (row, tx) => {
        reported.push(row);
        await enqueueAlerts(
          tx,
          [alert(`outbox-failed:${row.id}`, "CSUPPORT", { kind: "outbox.failed" })],
          clock.now(),
        );
      },
    };
    await enqueue(alert("lost", "C404"));

    expect(await deliverDue(handle.db, { slack: fake.sender }, reporting)).toMatchObject({ failed: 1 });
    const failed = await rowOf("lost");
    expect(failed).toMatchObject({ state: "failed", lastError: "chat.postMessage: channel_not_found" });
    expect(reported).toEqual([failed]);
    expect((await listFailed(handle.db)).map((row) => row.id)).toEqual([failed.id]);
    expect(await rowOf(`outbox-failed:${failed.id}`)).toMatchObject({ state: "pending", target: "CSUPPORT" });

    for (let pass = 0; pass < 3; pass += 1) {
      clock.advance(24 * 3_600_000);
      await deliverDue(handle.db, { slack: fake.sender }, reporting);
    }
    expect(fake.calls.filter((call) => call.delivery.target === "C404")).toHaveLength(1);
    expect(await rowOf(`outbox-failed:${failed.id}`)).toMatchObject({ state: "sent" });
  });

  it("keeps the delivery records when the failure hook throws", async () => {
    const fake = scriptedSender(clock.now, (delivery) =>
      delivery.target === "C404"
        ? { kind: "permanent", reason: "not_in_channel" }
        : { kind: "sent", platformMessageId: "C1/1" },
    );
    await enqueue(alert("lost", "C404"), alert("fine", "C1"));
    await deliverDue(
      handle.db,
      { slack: fake.sender },
      {
        ...options,
        logger: silentLogger,
        onPermanentFailure: async (row, tx) => {
          await enqueueAlerts(tx, [alert("half-written", "CSUPPORT")], clock.now());
          throw new Error(`hook broke on ${row.id}`);
        },
      },
    );
    expect(await rowOf("lost")).toMatchObject({ state: "failed", lastError: "not_in_channel" });
    expect(await rowOf("fine")).toMatchObject({ state: "sent" });
    await expect(rowOf("half-written")).rejects.toThrow("no row");
  });

  it("re-delivers the rows of a worker that died after claiming, once their lease has expired", async () => {
    const fake = scriptedSender(clock.now);
    await enqueue(alert("a", "C1"), alert("b", "C2"), alert("c", "C3"));
    const leaseMs = 60_000;
    const dead = await claimDueRows(handle.db, {
      now: clock.now(),
      leaseUntil: new Date(clock.ms + leaseMs),
      limit: 10,
      platforms: ["slack"],
    });
    expect(dead).toHaveLength(3);

    const survivor = { ...options, workerId: "survivor", leaseMs };
    expect(await deliverDue(handle.db, { slack: fake.sender }, survivor)).toMatchObject({ claimed: 0 });
    clock.advance(leaseMs + 1);
    expect(await deliverDue(handle.db, { slack: fake.sender }, survivor)).toMatchObject({
      claimed: 3,
      sent: 3,
    });
    expect(fake.calls.map((call) => call.delivery.dedupeKey).sort()).toEqual(["a", "b", "c"]);
    expect(await rowOf("a")).toMatchObject({ state: "sent", attempts: 2 });

    // The dead worker comes back and tries to record its stale claim: its lease no longer matches.
    const late = await recordOutcomes(
      handle.db,
      [{ kind: "failed", row: dead[0]!, at: clock.now(), reason: "late" }],
      undefined,
      silentLogger,
    );
    expect(late).toEqual({ recorded: 0, leaseLost: 1 });
    expect(await rowOf(dead[0]!.dedupeKey)).toMatchObject({ state: "sent" });
  });

  it("drops the outcome of a worker whose lease expired while another worker holds the row", async () => {
    await enqueue(alert("a", "C1"));
    const claim = (leaseMs: number) =>
      claimDueRows(handle.db, {
        now: clock.now(),
        leaseUntil: new Date(clock.ms + leaseMs),
        limit: 10,
        platforms: ["slack"],
      });
    const [slow] = await claim(1_000);
    clock.advance(1_001);
    const [current] = await claim(60_000);
    expect(current?.id).toBe(slow?.id);

    const record = (row: OutboxRow, platformMessageId: string) =>
      recordOutcomes(
        handle.db,
        [{ kind: "sent", row, at: clock.now(), platformMessageId }],
        undefined,
        silentLogger,
      );
    expect(await record(slow!, "C1/slow")).toEqual({ recorded: 0, leaseLost: 1 });
    expect(await rowOf("a")).toMatchObject({ state: "sending", platformMessageId: null });
    expect(await record(current!, "C1/current")).toEqual({ recorded: 1, leaseLost: 0 });
    expect(await rowOf("a")).toMatchObject({ state: "sent", platformMessageId: "C1/current" });
  });

  it("paces each channel to its sender's interval while different channels go out together", async () => {
    const fake = scriptedSender(
      clock.now,
      (delivery) => ({ kind: "sent", platformMessageId: delivery.id }),
      1_000,
    );
    const alerts = ["C1", "C2", "C3"].flatMap((channel) =>
      [0, 1, 2, 3].map((index) => alert(`${channel}-${index}`, channel)),
    );
    await enqueue(...alerts);

    const first = await deliverDue(handle.db, { slack: fake.sender }, options);
    expect(first).toMatchObject({ claimed: 3, sent: 3 });
    for (let pass = 0; pass < 20; pass += 1) await deliverDue(handle.db, { slack: fake.sender }, options);

    expect(fake.calls.map((call) => call.delivery.dedupeKey).sort()).toEqual(
      alerts.map((a) => a.dedupeKey).sort(),
    );
    for (const channel of ["C1", "C2", "C3"]) {
      const times = fake.calls.filter((call) => call.delivery.target === channel).map((call) => call.at);
      expect(times).toHaveLength(4);
      for (let index = 1; index < times.length; index += 1) {
        expect(times[index]! - times[index - 1]!).toBeGreaterThanOrEqual(1_000);
      }
    }
    // Written in order, delivered in order within a channel.
    expect(
      fake.calls.filter((call) => call.delivery.target === "C2").map((call) => call.delivery.dedupeKey),
    ).toEqual(["C2-0", "C2-1", "C2-2", "C2-3"]);
  });

  it("keeps at most `concurrency` sends in flight, across channels", async () => {
    const fake = scriptedSender(clock.now);
    await enqueue(...Array.from({ length: 20 }, (_, index) => alert(`a${index}`, `C${index}`)));
    expect(await deliverDue(handle.db, { slack: fake.sender }, { ...options, concurrency: 4 })).toMatchObject(
      {
        sent: 20,
      },
    );
    expect(fake.maxInFlight).toBe(4);
  });

  it("postpones instead of holding a row whose channel is paused far ahead", async () => {
    const fake = scriptedSender(clock.now);
    await enqueue(alert("a", "C1"));
    options.pacer!.hold(
      { platform: "slack", workspaceId: "T001", target: "C1" },
      "channel",
      clock.ms + 10_000,
    );

    expect(await deliverDue(handle.db, { slack: fake.sender }, options)).toMatchObject({ postponed: 1 });
    expect(fake.calls).toHaveLength(0);
    const row = await rowOf("a");
    expect(row).toMatchObject({ state: "pending", attempts: 0 });
    expect(row.nextAttemptAt.getTime()).toBe(start.getTime() + 10_000);
  });

  it("pauses every channel of the platform after a platform-wide rate limit", async () => {
    const fake = scriptedSender(clock.now, (_delivery, previous) =>
      previous.length === 0
        ? { kind: "rate_limited", retryAfterMs: 5_000, scope: "platform" }
        : { kind: "sent", platformMessageId: "x/1" },
    );
    const discord = (key: string, target: string) =>
      alert(key, target, { platform: "discord", workspaceId: "G1" });
    await enqueue(discord("a", "100"));
    await deliverDue(handle.db, { discord: fake.sender }, options);
    await enqueue(discord("b", "200"));

    expect(await deliverDue(handle.db, { discord: fake.sender }, options)).toMatchObject({ postponed: 1 });
    expect(fake.calls).toHaveLength(1);
    expect((await rowOf("b")).nextAttemptAt.getTime()).toBe(start.getTime() + 5_000);
  });

  it("never claims a second row of a channel whose message is in flight elsewhere", async () => {
    await enqueue(alert("a", "C1"), alert("b", "C1"), alert("c", "C2"));
    const elsewhere = await claimDueRows(handle.db, {
      now: clock.now(),
      leaseUntil: new Date(clock.ms + 60_000),
      limit: 1,
      platforms: ["slack"],
    });
    expect(elsewhere.map((row) => row.dedupeKey)).toEqual(["a"]);
    const fake = scriptedSender(clock.now);
    await deliverDue(handle.db, { slack: fake.sender }, options);
    expect(fake.calls.map((call) => call.delivery.dedupeKey)).toEqual(["c"]);
  });

  it("leaves rows of a platform it has no sender for", async () => {
    await enqueue(alert("slack", "C1"), alert("discord", "100", { platform: "discord" }));
    const fake = scriptedSender(clock.now);
    expect(await deliverDue(handle.db, { slack: fake.sender }, options)).toMatchObject({ claimed: 1 });
    expect(await rowOf("discord")).toMatchObject({ state: "pending", attempts: 0 });
  });

  it("fails a row whose payload is not a message, and one whose workers kept dying, without sending", async () => {
    const fake = scriptedSender(clock.now);
    await handle.db.insert(alertsOutbox).values([
      {
        dedupeKey: "garbled",
        alertKey: "garbled",
        kind: "X",
        platform: "slack",
        target: "C1",
        payload: { body: 1 },
        nextAttemptAt: start,
      },
      {
        dedupeKey: "cursed",
        alertKey: "cursed",
        kind: "X",
        platform: "slack",
        target: "C2",
        payload: { text: "hi" },
        nextAttemptAt: start,
        state: "sending",
        attempts: 8,
        leaseUntil: new Date(start.getTime() - 1),
      },
    ]);
    expect(await deliverDue(handle.db, { slack: fake.sender }, options)).toMatchObject({ failed: 2 });
    expect(fake.calls).toHaveLength(0);
    expect((await rowOf("garbled")).lastError).toContain("invalid payload");
    expect((await rowOf("cursed")).lastError).toContain("gave up: claimed 8 times");
  });

  it("treats a sender that throws as a transient failure", async () => {
    const sender = {
      minIntervalMs: 0,
      send: async (): Promise<SendResult> => {
        throw new Error("bug");
      },
    };
    await enqueue(alert("a", "C1"));
    expect(await deliverDue(handle.db, { slack: sender }, options)).toMatchObject({ retrying: 1 });
    expect((await rowOf("a")).lastError).toBe("sender threw: Error: bug");
  });
});

describe("runDeliveryLoop", () => {
  it("delivers alerts written while it runs, and stops after the pass in progress", async () => {
    const handle = await freshDatabase();
    const delivered: string[] = [];
    const loop = runDeliveryLoop(
      handle.db,
      {
        slack: {
          minIntervalMs: 0,
          send: async (delivery) => {
            delivered.push(delivery.dedupeKey);
            return { kind: "sent", platformMessageId: "C/1" };
          },
        },
      },
      { workerId: "loop", idleMs: 5 },
    );
    await enqueueAlerts(handle.db, [alert("a", "C1"), alert("b", "C1"), alert("c", "C2")]);
    await expect.poll(() => delivered.length, { timeout: 5_000 }).toBe(3);
    await loop.stop();
    expect(delivered.sort()).toEqual(["a", "b", "c"]);
    const states = await handle.db.select({ state: alertsOutbox.state }).from(alertsOutbox);
    expect(states.every((row) => row.state === "sent")).toBe(true);
    handle.close();
  });

  it("keeps other channels moving while one channel's send hangs", async () => {
    const handle = await freshDatabase();
    let releaseStuck: () => void = () => {};
    const stuck = new Promise<void>((resolve) => {
      releaseStuck = resolve;
    });
    const delivered: string[] = [];
    const loop = runDeliveryLoop(
      handle.db,
      {
        slack: {
          minIntervalMs: 0,
          send: async (delivery) => {
            if (delivery.target === "CSLOW") await stuck;
            delivered.push(delivery.dedupeKey);
            return { kind: "sent", platformMessageId: "C/1" };
          },
        },
      },
      { workerId: "loop", idleMs: 5, claimIntervalMs: 5 },
    );
    await enqueueAlerts(handle.db, [
      alert("slow", "CSLOW"),
      ...[1, 2, 3].map((n) => alert(`fast-${n}`, "CFAST")),
    ]);
    await expect.poll(() => delivered.length, { timeout: 5_000 }).toBe(3);
    expect(delivered).toEqual(["fast-1", "fast-2", "fast-3"]);
    releaseStuck();
    await loop.stop();
    expect(delivered).toContain("slow");
    handle.close();
  });
});
