import type { Hono } from "hono";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { circleChannels } from "../../src/db/schema/index.js";
import { chatStores } from "../../src/db/stores.js";
import { createLogger } from "../../src/logging/logger.js";
import { ChannelPacer, type DeliveryOptions, deliverDue } from "../../src/outbox/index.js";
import {
  createSlackEndpoints,
  createSlackSender,
  type SlackEndpoints,
} from "../../src/platforms/slack/index.js";
import { createApp } from "../../src/web/app.js";
import { NOW, seed, TEAM, USERS } from "../commands/fixtures.js";
import { SIGNING_SECRET, sendEvent } from "../platforms/slack/slack-requests.js";
import { freshDatabase } from "../support/database.js";
import { fakeClock } from "../support/fake-clock.js";
import { FakeSlack } from "../support/fake-slack.js";
import { CHANNELS, linkedCircle, relayRows } from "./circle-fixture.js";

const BOT_TOKEN = "xoxb-single-workspace";
const logger = createLogger("silent");
const A = CHANNELS.slackA.channelId;
const B = CHANNELS.slackB.channelId;
/** A second channel in workspace A, so one message has two Slack targets. */
const C = "C0CIRCLEC";
const ZWSP = "\u200B";

let fake: FakeSlack;
let handle: DatabaseHandle;
let slack: SlackEndpoints;
let app: Hono;
let clock: ReturnType<typeof fakeClock>;
let options: DeliveryOptions;

beforeAll(async () => {
  fake = await FakeSlack.start();
});
afterAll(() => fake.stop());

beforeEach(async () => {
  fake.reset();
  handle = await freshDatabase();
  const data = await seed(handle.db);
  const circleId = await linkedCircle(handle.db, [data.springfield]);
  await handle.db
    .insert(circleChannels)
    .values({ circleId, platform: "slack", workspaceId: TEAM, channelId: C });
  slack = createSlackEndpoints(
    { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, apiUrl: fake.apiUrl, retries: 0 },
    { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
  );
  app = createApp({ db: handle.db, logger, slack });
  clock = fakeClock(NOW);
  options = {
    workerId: "test",
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    pacer: new ChannelPacer(),
  };
});
afterEach(async () => {
  await slack.settled();
  handle.close();
});

const ana = {
  user: USERS.poc,
  user_profile: {
    display_name: "Ana P.",
    real_name: "Ana Poc",
    image_72: "https://avatars.slack-edge.com/ana_72.png",
  },
};

/** A message event in channel A, as Slack sends it to a subscribed app. */
async function slackEvent(event: Record<string, unknown>) {
  const response = await sendEvent(app, { type: "message", channel: A, channel_type: "channel", ...event });
  expect(response.status).toBe(200);
  expect(await response.text()).toBe("");
  await slack.settled();
}

const senders = () => ({ slack: createSlackSender({ token: () => BOT_TOKEN, apiUrl: fake.apiUrl }) });
async function deliverAll() {
  for (let pass = 0; pass < 10; pass++) {
    const report = await deliverDue(handle.db, senders(), options);
    if (report.claimed === 0) return;
    clock.advance(1_000);
  }
}
const postsTo = (channel: string) =>
  fake.callsTo("chat.postMessage").filter((call) => call.args.channel === channel);

describe("the circles relay through Slack", () => {
  it("posts a message in the circle's other Slack channels as its author, neutralised, and queues the Discord copy", async () => {
    await slackEvent({
      ...ana,
      ts: "1773154800.000100",
      text: "<!channel> the portal is live, thanks <@U0BEAOFF>",
      subtype: "file_share",
      files: [
        { id: "F1", name: "plan.pdf", title: "Plan", permalink: "https://springfield.slack.com/files/F1" },
      ],
    });
    await deliverAll();

    for (const channel of [B, C]) {
      const [post] = postsTo(channel);
      expect(post?.args).toMatchObject({
        username: "Ana P. (Springfield) via Slack",
        icon_url: "https://avatars.slack-edge.com/ana_72.png",
        unfurl_links: false,
        link_names: false,
        text: `@${ZWSP}channel the portal is live, thanks @${ZWSP}Bea Official\n<https://springfield.slack.com/files/F1|Plan>`,
      });
      expect(post?.args).not.toHaveProperty("thread_ts");
    }
    expect(postsTo(A)).toEqual([]);
    const discordRow = (await relayRows(handle.db)).find((row) => row.platform === "discord");
    expect(discordRow).toMatchObject({ state: "pending", target: CHANNELS.discord.channelId });
    expect(discordRow?.relay).toMatchObject({
      op: "post",
      text: `@${ZWSP}channel the portal is live, thanks @${ZWSP}Bea Official`,
      attachments: [{ name: "Plan", url: "https://springfield.slack.com/files/F1" }],
    });
  });

  it("puts a thread reply in the copy's thread, and mirrors edits and deletions", async () => {
    await slackEvent({ ...ana, ts: "1773154800.000100", text: "Root" });
    await deliverAll();
    const copyTs = (await relayRows(handle.db))
      .find((row) => row.target === B)
      ?.platformMessageId?.split("/")[1];
    expect(copyTs).toMatch(/^\d+\.\d+$/);

    await slackEvent({ ...ana, ts: "1773154900.000200", thread_ts: "1773154800.000100", text: "Reply" });
    await deliverAll();
    expect(postsTo(B)[1]?.args).toMatchObject({ text: "Reply", thread_ts: copyTs });

    await slackEvent({
      subtype: "message_changed",
      ts: "1773155000.000900",
      message: {
        ...ana,
        type: "message",
        ts: "1773154800.000100",
        text: "Root, edited",
        edited: { user: USERS.poc, ts: "1773155000.000000" },
      },
      previous_message: { ...ana, type: "message", ts: "1773154800.000100", text: "Root" },
    });
    await deliverAll();
    expect(
      fake
        .callsTo("chat.update")
        .filter((call) => call.args.channel === B)
        .map((call) => call.args),
    ).toEqual([{ channel: B, ts: copyTs, text: "Root, edited", link_names: false }]);

    await slackEvent({
      subtype: "message_deleted",
      ts: "1773155100.000900",
      deleted_ts: "1773154800.000100",
      previous_message: { ...ana, type: "message", ts: "1773154800.000100", text: "Root, edited" },
    });
    await deliverAll();
    expect(
      fake
        .callsTo("chat.delete")
        .filter((call) => call.args.channel === B)
        .map((call) => call.args),
    ).toEqual([{ channel: B, ts: copyTs }]);
    // Two Slack targets, each told once of each op.
    expect(fake.callsTo("chat.update")).toHaveLength(2);
    expect(fake.callsTo("chat.delete")).toHaveLength(2);
  });

  it("ignores bots (our own copies included), system messages and unfurls", async () => {
    await slackEvent({
      subtype: "bot_message",
      bot_id: "B0OGP",
      username: "Ana P. via Slack",
      ts: "1773154800.000100",
      text: "copy",
    });
    await slackEvent({ bot_id: "B0OTHER", user: "U0BOT", ts: "1773154800.000200", text: "a bot" });
    await slackEvent({
      subtype: "channel_join",
      user: USERS.poc,
      ts: "1773154800.000300",
      text: "<@U0ANAPOC> has joined",
    });
    await slackEvent({ ...ana, ts: "1773154800.000400", text: "Look https://ogp.example" });
    const before = (await relayRows(handle.db)).length;
    await slackEvent({
      subtype: "message_changed",
      ts: "1773154801.000000",
      message: {
        ...ana,
        type: "message",
        ts: "1773154800.000400",
        text: "Look https://ogp.example",
        attachments: [{ title: "OGP" }],
      },
      previous_message: {
        ...ana,
        type: "message",
        ts: "1773154800.000400",
        text: "Look https://ogp.example",
      },
    });
    const rows = await relayRows(handle.db);
    expect(rows).toHaveLength(before);
    expect(rows.every((row) => row.relay.source.endsWith(":1773154800.000400"))).toBe(true);
  });

  it("delays only the rate-limited target", async () => {
    fake.rateLimitNext("chat.postMessage", { channel: B, retryAfterSeconds: 30 });
    await slackEvent({ ...ana, ts: "1773154800.000100", text: "Hello circle" });
    const first = await deliverDue(handle.db, senders(), options);
    expect(first).toMatchObject({ sent: 1, postponed: 1 });
    expect(postsTo(C)).toHaveLength(1);
    expect(postsTo(B)).toHaveLength(0);
    expect(fake.rateLimitedCalls.map((call) => call.args.channel)).toEqual([B]);

    clock.advance(10_000);
    expect(await deliverDue(handle.db, senders(), options)).toMatchObject({ claimed: 0 });
    clock.advance(21_000);
    expect(await deliverDue(handle.db, senders(), options)).toMatchObject({ sent: 1 });
    expect(postsTo(B)).toHaveLength(1);
  });
});
