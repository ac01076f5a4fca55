import { asc, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertsOutbox, channelSubscriptions } from "../../src/db/schema/index.js";
import { DEMO_INTENDED_STATUSES, DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import { RULE_SECTIONS } from "../../src/domain/rules/catalog.js";
import { enqueueAlerts } from "../../src/outbox/index.js";
import { SIGNING_SECRET } from "../platforms/slack/slack-requests.js";
import { FakeDiscord } from "../support/fake-discord.js";
import { FakeSlack } from "../support/fake-slack.js";
import { textPost } from "../support/posts.js";
import { startWorker, type TestWorker } from "./harness.js";

/**
 * The Worker's Cron Triggers (wrangler.toml) on the demo data: "0 * * * *" is SCHEDULE_CRON's default,
 * the rules tick; every trigger, "* * * * *" included, then delivers the alerts outbox to loopback
 * fakes of Slack and Discord. A pass claims one row per channel; an invocation repeats passes, paced
 * per channel, up to 40 deliveries or 20 s (src/runtime/worker/runtime.ts).
 */

/**
 * The demo's reference day (its story is told as of then), at an hour when every demo member's own
 * day is that day too: 22:00 in Pacific/Auckland, 03:00 in America/Mexico_City.
 */
const AT = new Date(`${DEMO_REFERENCE_DATE}T09:00:00Z`);
const HOURLY = "0 * * * *";
const EVERY_MINUTE = "* * * * *";
const BOT_TOKEN = "xoxb-worker-scheduled";
/** A Support Unit alert channel (handbook rules' letters go there), which the dossier format does not carry. */
const SUPPORT_UNIT_CHANNEL = { platform: "slack", workspaceId: "T0DEMOSU", channelId: "C0SUALL" } as const;

describe("Cron Triggers on the Worker", () => {
  let worker: TestWorker;
  let slack: FakeSlack;
  let discord: FakeDiscord;

  beforeAll(async () => {
    [slack, discord] = await Promise.all([FakeSlack.start(), FakeDiscord.start()]);
    worker = await startWorker({
      bindings: {
        DEMO_DATA: "on",
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_API_URL: slack.apiUrl,
        DISCORD_BOT_TOKEN: "discord-bot-token",
        DISCORD_API_URL: discord.apiUrl,
      },
    });
    // The first event loads the demo into the empty D1.
    expect((await worker.fetch("/healthz")).status).toBe(200);
    await worker.db
      .insert(channelSubscriptions)
      .values({ ...SUPPORT_UNIT_CHANNEL, kind: "support_unit_alerts", subjectKey: "" });
  });
  afterAll(async () => {
    await worker?.close();
    await Promise.all([slack?.stop(), discord?.stop()]);
  });

  const outbox = () => worker.db.select().from(alertsOutbox).orderBy(asc(alertsOutbox.dedupeKey));
  const waiting = () => worker.db.$count(alertsOutbox, inArray(alertsOutbox.state, ["pending", "sending"]));
  const slackPosts = () => slack.callsTo("chat.postMessage");
  const discordPosts = () =>
    discord.requests.filter(
      (request) => request.method === "POST" && /^\/api\/v10\/channels\/[^/]+\/messages$/.test(request.path),
    );

  /** Every row marked sent was posted once, and nothing else was posted. */
  async function expectSentOncePerRow() {
    const sent = (await outbox()).filter((row) => row.state === "sent");
    expect(slackPosts()).toHaveLength(sent.filter((row) => row.platform === "slack").length);
    expect(discordPosts()).toHaveLength(sent.filter((row) => row.platform === "discord").length);
    for (const row of sent) {
      expect(row.sentAt, row.dedupeKey).toBeInstanceOf(Date);
      expect(row.platformMessageId, row.dedupeKey).toBeTruthy();
    }
  }

  it("ticks the demo into the outbox on the hourly trigger, and delivers it to the fakes", async () => {
    expect(await worker.db.$count(alertsOutbox)).toBe(0);
    await worker.scheduled(HOURLY, AT);

    const rows = await outbox();
    expect(rows.length).toBeGreaterThan(0);
    // Every alert the tick writes is named by the handbook rule that calls for it.
    const kinds = new Set(rows.map((row) => row.kind));
    for (const kind of kinds) expect(Object.keys(RULE_SECTIONS), kind).toContain(kind);
    expect(kinds).toContain("DUE-UPDATE");
    // The letters of the members the demo has inactive (INACT-4) and on probation (PROB-1), to the Support Unit.
    for (const { status, ruleId } of Object.values(DEMO_INTENDED_STATUSES))
      if (status === "inactive" || status === "probation") {
        const letters = rows.filter((row) => row.kind === ruleId);
        expect(
          letters.map((row) => row.target),
          ruleId ?? status,
        ).toEqual([SUPPORT_UNIT_CHANNEL.channelId]);
      }

    const sent = rows.filter((row) => row.state === "sent");
    expect(sent.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.state === "failed")).toEqual([]);
    expect(new Set(sent.map((row) => row.platform))).toEqual(new Set(["slack", "discord"]));
    await expectSentOncePerRow();
    expect(slackPosts().every((call) => call.token === BOT_TOKEN)).toBe(true);
    // Passes repeat within the invocation: the Support Unit channel got more than one pass's one row.
    const toSupportUnit = sent.filter((row) => row.target === SUPPORT_UNIT_CHANNEL.channelId);
    expect(toSupportUnit.length).toBeGreaterThan(1);
    expect(sent.length).toBe(Math.min(rows.length, 40));
  });

  it("writes no duplicate alert on a second hourly trigger at the same time", async () => {
    const before = (await outbox()).map((row) => row.dedupeKey);
    await worker.scheduled(HOURLY, AT);
    expect((await outbox()).map((row) => row.dedupeKey)).toEqual(before);
    await expectSentOncePerRow();
  });

  it("delivers what is left on the every-minute trigger, until the outbox is drained", async () => {
    // Alerts written since (a command's channel post, say) wait for the next trigger.
    await worker.db.transaction((tx) =>
      enqueueAlerts(
        tx,
        [1, 2, 3].map((n) => ({
          dedupeKey: `worker-test:later:${n}`,
          kind: "update.posted",
          alertKey: `worker-test:later:${n}`,
          platform: "slack" as const,
          workspaceId: SUPPORT_UNIT_CHANNEL.workspaceId,
          target: SUPPORT_UNIT_CHANNEL.channelId,
          post: textPost(`Later alert ${n}`),
        })),
        AT,
      ),
    );
    const total = await worker.db.$count(alertsOutbox);
    expect(await waiting()).toBeGreaterThanOrEqual(3);
    for (let pass = 0; pass < 40 && (await waiting()) > 0; pass++) await worker.scheduled(EVERY_MINUTE, AT);
    const rows = await outbox();
    expect(rows).toHaveLength(total);
    expect(rows.filter((row) => row.state !== "sent").map((row) => `${row.state} ${row.lastError}`)).toEqual(
      [],
    );
    await expectSentOncePerRow();
    // Direct messages went to the people the rows name, through the conversations each platform opens.
    const dmTargets = (platform: string) =>
      new Set(
        rows.filter((row) => row.platform === platform && row.isDirectMessage).map((row) => row.target),
      );
    expect(new Set(slack.callsTo("conversations.open").map((call) => call.args.users))).toEqual(
      dmTargets("slack"),
    );
    const discordDms = discord.requests
      .filter((request) => request.path === "/api/v10/users/@me/channels")
      .map((request) => (request.body as { recipient_id: string }).recipient_id);
    expect(new Set(discordDms)).toEqual(dmTargets("discord"));
  });

  it("does not tick on the every-minute trigger", async () => {
    // With the tick's alerts gone from the outbox, a tick at AT would write them again (checked below).
    await worker.db.delete(alertsOutbox);
    slack.reset();
    discord.reset();

    await worker.scheduled(EVERY_MINUTE, AT);
    expect(await worker.db.$count(alertsOutbox)).toBe(0);
    expect(slack.calls).toEqual([]);
    expect(discordPosts()).toEqual([]);

    await worker.scheduled(HOURLY, AT);
    expect(await worker.db.$count(alertsOutbox)).toBeGreaterThan(0);
  });
});
