import { eq } from "drizzle-orm";
import type { Hono } from "hono";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { claimInboundDeliveries, startInboundJob } from "../../src/db/repositories/inbound-deliveries.js";
import { evidence, inboundDeliveries } from "../../src/db/schema/index.js";
import { chatStores } from "../../src/db/stores.js";
import { createLogger } from "../../src/logging/logger.js";
import { createDiscordEndpoints } from "../../src/platforms/discord/index.js";
import { type InboundLedger, JobRunner, RECEIVER_LEASE_MS } from "../../src/platforms/ingress/index.js";
import { createSlackEndpoints, type SlackEndpoints } from "../../src/platforms/slack/index.js";
import { createApp } from "../../src/web/app.js";
import { NOW, type Seeded, seed, USERS } from "../commands/fixtures.js";
import { freshDatabase } from "../support/database.js";
import { FakeDiscord } from "../support/fake-discord.js";
import { FakeSlack } from "../support/fake-slack.js";
import {
  commandPayload,
  DISCORD_USERS,
  generateDiscordKeys,
  linkDiscordAccounts,
  newToken,
  sendInteraction,
  visibleText,
} from "./discord/discord-requests.js";
import { SIGNING_SECRET, sendSlashCommand } from "./slack/slack-requests.js";

const logger = createLogger("silent");
const later = (ms: number) => new Date(NOW.getTime() + ms);

let fakeSlack: FakeSlack;
let fakeDiscord: FakeDiscord;
let handle: DatabaseHandle;
let data: Seeded;

beforeAll(async () => {
  fakeSlack = await FakeSlack.start();
  fakeDiscord = await FakeDiscord.start();
});
afterAll(async () => {
  await fakeSlack.stop();
  await fakeDiscord.stop();
});
beforeEach(async () => {
  fakeSlack.reset();
  fakeDiscord.reset();
  handle = await freshDatabase();
  data = await seed(handle.db);
});
afterEach(() => handle.close());

/** One server process: Slack endpoints on the shared database, its clock at `now`. */
function slackServer(now: Date, ledger: InboundLedger = chatStores(handle.db).deliveries) {
  const slack = createSlackEndpoints(
    { signingSecret: SIGNING_SECRET, botToken: "xoxb-jobs", apiUrl: fakeSlack.apiUrl, retries: 0 },
    { commands: { db: handle.db, logger, now: () => now }, ...chatStores(handle.db), deliveries: ledger },
  );
  return { slack, app: createApp({ db: handle.db, logger, slack }) };
}

const jobRow = async () => (await handle.db.select().from(inboundDeliveries))[0];

const evidenceCommand = (responseId: string) => ({
  userId: USERS.poc,
  text: "evidence sprfd0001 https://springfield.example/report.pdf",
  responseUrl: fakeSlack.responseUrl(responseId),
});

describe("work after the acknowledgement", () => {
  it("acknowledges a command with its work recorded, then runs it and keeps no payload", async () => {
    const { slack, app } = slackServer(NOW);
    const response = await sendSlashCommand(app, evidenceCommand("r1"));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    // The acknowledgement went out before the work: the job waits, with what it needs.
    expect(await jobRow()).toMatchObject({ state: "pending", attempts: 0 });
    expect((await jobRow())?.payload).toMatchObject({ body: { command: "/ogp", user_id: USERS.poc } });
    expect(await handle.db.$count(evidence)).toBe(0);

    await slack.settled();
    expect(await handle.db.$count(evidence)).toBe(1);
    expect(JSON.stringify(fakeSlack.responsesTo("r1"))).toContain("report.pdf");
    expect(await jobRow()).toMatchObject({ state: "done", attempts: 1, payload: null, finishedAt: NOW });
  });

  it("opens forms within the request, where the trigger id (valid 3 s) cannot wait behind queued work", async () => {
    const { slack, app } = slackServer(NOW);
    const response = await sendSlashCommand(app, {
      userId: USERS.poc,
      text: "update sprfd0001",
      responseUrl: fakeSlack.responseUrl("r1"),
    });
    expect(response.status).toBe(200);
    expect(await jobRow()).toMatchObject({ state: "done", payload: null });
    await slack.settled();
    expect(fakeSlack.callsTo("views.open")).toHaveLength(1);
  });

  it("survives a crash between the acknowledgement and the work: the reply and the effect happen once, after the restart", async () => {
    // The first process acknowledges and records the work, then dies before starting it.
    const crashed: InboundLedger = { ...chatStores(handle.db).deliveries, start: async () => false };
    const first = slackServer(NOW, crashed);
    expect((await sendSlashCommand(first.app, evidenceCommand("r1"))).status).toBe(200);
    await first.slack.settled();
    expect(await handle.db.$count(evidence)).toBe(0);
    expect(fakeSlack.responsesTo("r1")).toEqual([]);

    // Restarted before the receiver's lease ran out: the work is not taken from a process that may be alive.
    const early = slackServer(later(RECEIVER_LEASE_MS - 1_000));
    await early.slack.startWork();
    await early.slack.stopWork();
    expect(await handle.db.$count(evidence)).toBe(0);

    // Once the lease has run out, the restarted process does the work, exactly once.
    const restarted = slackServer(later(RECEIVER_LEASE_MS + 1_000));
    await restarted.slack.startWork();
    await restarted.slack.stopWork();
    expect(await handle.db.$count(evidence)).toBe(1);
    expect(fakeSlack.responsesTo("r1")).toHaveLength(1);
    expect(await jobRow()).toMatchObject({ state: "done", payload: null });

    const again = slackServer(later(10 * 60_000));
    await again.slack.startWork();
    await again.slack.stopWork();
    expect(await handle.db.$count(evidence)).toBe(1);
    expect(fakeSlack.responsesTo("r1")).toHaveLength(1);
  });

  it("answers Discord commands with a deferral at once and fills it when the work is done", async () => {
    const keys = await generateDiscordKeys();
    await linkDiscordAccounts(handle.db, data, ["poc"]);
    const discord = createDiscordEndpoints(
      { publicKey: keys.publicKeyHex, apiUrl: fakeDiscord.apiUrl, retries: 0 },
      { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
    );
    const app: Hono = createApp({ db: handle.db, logger, discord });
    const token = newToken();
    const response = await sendInteraction(
      app,
      keys,
      commandPayload({ userId: DISCORD_USERS.poc }, "status", { member: "springfield" }, token),
    );
    expect(await response.json()).toEqual({ type: 5, data: { flags: 64 } });
    expect(await jobRow()).toMatchObject({ platform: "discord", state: "pending" });
    expect(fakeDiscord.originalEdits(token)).toEqual([]);
    await discord.settled();
    expect(visibleText(fakeDiscord.originalEdits(token)[0])).toContain("Springfield —");
    expect(await jobRow()).toMatchObject({ state: "done" });
  });
});

describe("the job runner", () => {
  const queued = (deliveryId: string) => ({
    platform: "slack" as const,
    deliveryId,
    receivedAt: NOW,
    payload: { deliveryId },
    attempts: 0,
  });

  async function claimWithWork(deliveryId: string) {
    await claimInboundDeliveries(handle.db, [
      {
        platform: "slack",
        deliveryId,
        receivedAt: NOW,
        work: { payload: { deliveryId }, leaseUntil: later(RECEIVER_LEASE_MS) },
      },
    ]);
  }

  it("retries failed work with backoff, then gives it up keeping the reason", async () => {
    let clock = NOW;
    let attempts = 0;
    const runner = new JobRunner(
      "slack",
      chatStores(handle.db).deliveries,
      async () => {
        attempts += 1;
        throw new Error("Slack is down");
      },
      { logger, now: () => clock, expiresAfterMs: 30 * 60_000, maxAttempts: 2 },
    );
    await claimWithWork("d1");
    runner.accept(queued("d1"));
    await runner.settled();
    expect(attempts).toBe(1);
    expect(await jobRow()).toMatchObject({
      state: "pending",
      lastError: "Slack is down",
      leaseUntil: later(1_000),
    });

    clock = later(999);
    await runner.recover();
    await runner.settled();
    expect(attempts).toBe(1);

    clock = later(1_000);
    await runner.recover();
    await runner.settled();
    expect(attempts).toBe(2);
    expect(await jobRow()).toMatchObject({
      state: "failed",
      attempts: 2,
      payload: null,
      lastError: "Slack is down",
    });
  });

  it("gives up work older than its reply window without running it", async () => {
    let ran = false;
    const runner = new JobRunner(
      "slack",
      chatStores(handle.db).deliveries,
      async () => {
        ran = true;
      },
      { logger, now: () => later(31 * 60_000), expiresAfterMs: 30 * 60_000 },
    );
    await claimWithWork("d1");
    await runner.recover();
    await runner.settled();
    expect(ran).toBe(false);
    expect(await jobRow()).toMatchObject({ state: "failed", lastError: "expired" });
  });

  it("lets one process start a job: a running job is taken over only once its lease has run out", async () => {
    await claimWithWork("d1");
    const job = { platform: "slack" as const, deliveryId: "d1" };
    const runLease = later(60_000);
    // Another process's recovery scan cannot take the receiver's job while its lease holds.
    expect(await startInboundJob(handle.db, job, later(1_000), runLease, true)).toBe(false);
    expect(await startInboundJob(handle.db, job, NOW, runLease, false)).toBe(true);
    expect(await startInboundJob(handle.db, job, NOW, runLease, false)).toBe(false);
    expect(await startInboundJob(handle.db, job, later(59_999), later(120_000), true)).toBe(false);
    expect(await startInboundJob(handle.db, job, later(60_000), later(120_000), true)).toBe(true);
    expect(await jobRow()).toMatchObject({ state: "running", attempts: 2 });
  });

  it("claims concurrent deliveries in one statement, each id once", async () => {
    const { claim } = chatStores(handle.db).deliveries;
    const ids = Array.from({ length: 60 }, (_, index) => `id-${index % 20}`);
    const results = await Promise.all(
      ids.map((deliveryId) => claim({ platform: "discord", deliveryId, receivedAt: NOW })),
    );
    expect(results.filter(Boolean)).toHaveLength(20);
    expect(results.slice(0, 20).every(Boolean)).toBe(true);
    expect(await handle.db.$count(inboundDeliveries)).toBe(20);
    expect(await handle.db.$count(inboundDeliveries, eq(inboundDeliveries.state, "done"))).toBe(20);
  });

  it("keeps memory bounded: jobs past the queue's size wait in the ledger and run when recovered", async () => {
    const ran: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let clock = NOW;
    const runner = new JobRunner(
      "slack",
      chatStores(handle.db).deliveries,
      async (payload) => {
        await gate;
        ran.push((payload as { deliveryId: string }).deliveryId);
      },
      { logger, now: () => clock, expiresAfterMs: 30 * 60_000, concurrency: 1, maxQueued: 2 },
    );
    for (const id of ["a", "b", "c", "d"]) {
      await claimWithWork(id);
      runner.accept(queued(id));
    }
    // A scan while the queue is full finds no room; later scans still run.
    clock = later(RECEIVER_LEASE_MS);
    await runner.recover();
    release();
    await runner.settled();
    expect(ran.sort()).toEqual(["a", "b", "c"]);
    await runner.recover();
    await runner.settled();
    expect(ran.sort()).toEqual(["a", "b", "c", "d"]);
  });
  it("drains a backlog larger than one scan page by page, without waiting for the next scan", async () => {
    // A burst past the queue's size leaves its work in the ledger; read 200 jobs a scan, it used to
    // drain at one page per scan period (15k acknowledged commands: 75 s of waiting replies).
    const ids = Array.from({ length: 450 }, (_, index) => `burst-${index}`);
    await claimInboundDeliveries(
      handle.db,
      ids.map((deliveryId) => ({
        platform: "slack" as const,
        deliveryId,
        receivedAt: NOW,
        work: { payload: { deliveryId }, leaseUntil: later(RECEIVER_LEASE_MS) },
      })),
    );
    const ran: string[] = [];
    const runner = new JobRunner(
      "slack",
      chatStores(handle.db).deliveries,
      async (payload) => {
        ran.push((payload as { deliveryId: string }).deliveryId);
      },
      { logger, now: () => later(RECEIVER_LEASE_MS), expiresAfterMs: 30 * 60_000, recoverEveryMs: 3_600_000 },
    );
    await runner.start();
    await runner.settled();
    await runner.stop();
    expect(ran.sort()).toEqual([...ids].sort());
    expect(await handle.db.$count(inboundDeliveries, eq(inboundDeliveries.state, "done"))).toBe(450);
  });
});

describe("shutdown", () => {
  it("stops taking up left work and waits for the work under way", async () => {
    const { slack, app }: { slack: SlackEndpoints; app: Hono } = slackServer(NOW);
    await slack.startWork();
    expect((await sendSlashCommand(app, evidenceCommand("r2"))).status).toBe(200);
    await slack.stopWork();
    expect(slack.workDepth()).toBe(0);
    expect(await handle.db.$count(evidence)).toBe(1);
  });
});
