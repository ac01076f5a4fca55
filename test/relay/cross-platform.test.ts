import { type Client, ClientUser, type Message, MessageType, SnowflakeUtil, Status } from "discord.js";
import type { Hono } from "hono";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCommand } from "../../src/commands/index.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import { chatIdentities, circleChannels } from "../../src/db/schema/index.js";
import { chatStores } from "../../src/db/stores.js";
import type { Platform } from "../../src/domain/vocabularies.js";
import { createLogger } from "../../src/logging/logger.js";
import {
  ChannelPacer,
  type ChannelSender,
  type DeliveryOptions,
  deliverDue,
} from "../../src/outbox/index.js";
import {
  createRelayHandlers,
  listenForRelay,
  type RelayHandlers,
  relayClient,
} from "../../src/platforms/discord/gateway/index.js";
import { createDiscordSender } from "../../src/platforms/discord/index.js";
import {
  createSlackEndpoints,
  createSlackSender,
  type SlackEndpoints,
} from "../../src/platforms/slack/index.js";
import { relayChatMessage } from "../../src/relay/index.js";
import { createApp } from "../../src/web/app.js";
import { NOW, seed, TEAM, USERS } from "../commands/fixtures.js";
import { said } from "../commands/harness.js";
import { SIGNING_SECRET, sendEvent } from "../platforms/slack/slack-requests.js";
import { freshDatabase } from "../support/database.js";
import { fakeClock } from "../support/fake-clock.js";
import { FAKE_BOT_USER_ID, FakeDiscord } from "../support/fake-discord.js";
import { FakeSlack } from "../support/fake-slack.js";
import { relayRows } from "./circle-fixture.js";

/**
 * The "done when": a Slack channel and a Discord channel linked to one circle (by the circle
 * commands, run in each channel) hold one conversation. Slack's Events API arrives signed at
 * `/slack/events`; Discord's gateway dispatches are fed to a discord.js client that never connects;
 * the outbox delivers through both real senders to the loopback fakes.
 */

const BOT_TOKEN = "xoxb-single-workspace";
const logger = createLogger("silent");
const SLACK_CHANNEL = "C0CIRCLEA";
const GUILD = "900000000000000001";
const DISCORD_CHANNEL = "900000000000000002";
/** Ana, Springfield's PoC, on Discord (Discord user ids are global: identities are stored with ''). */
const ANA_ON_DISCORD = "815500000000000001";
const ZWSP = "\u200B";
const ROOT_TS = "1773154800.000100";

let slackApi: FakeSlack;
let discordApi: FakeDiscord;
let handle: DatabaseHandle;
let slack: SlackEndpoints;
let app: Hono;
let clock: ReturnType<typeof fakeClock>;
let options: DeliveryOptions;
let senders: { slack: ChannelSender; discord: ChannelSender };
let client: Client;
let gateway: RelayHandlers;

beforeAll(async () => {
  [slackApi, discordApi] = await Promise.all([FakeSlack.start(), FakeDiscord.start()]);
});
afterAll(() => Promise.all([slackApi.stop(), discordApi.stop()]));

beforeEach(async () => {
  slackApi.reset();
  discordApi.reset();
  handle = await freshDatabase();
  const data = await seed(handle.db);
  await handle.db
    .insert(chatIdentities)
    .values({ personId: data.persons.poc!, platform: "discord", workspaceId: "", userId: ANA_ON_DISCORD });
  clock = fakeClock(NOW);
  slack = createSlackEndpoints(
    { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, apiUrl: slackApi.apiUrl, retries: 0 },
    { commands: { db: handle.db, logger, now: clock.now }, ...chatStores(handle.db) },
  );
  app = createApp({ db: handle.db, logger, slack });
  options = {
    workerId: "test",
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    pacer: new ChannelPacer(),
  };
  // One worker process: each sender keeps what it learnt (the Discord channel's webhook).
  senders = {
    slack: createSlackSender({ token: () => BOT_TOKEN, apiUrl: slackApi.apiUrl }),
    discord: createDiscordSender({ token: "bot-token", apiUrl: discordApi.apiUrl }),
  };
  startGateway();
  await linkBothChannels();
});
afterEach(async () => {
  await slack.settled();
  await gateway.settled();
  await client.destroy();
  handle.close();
});

/** The gateway as `npm start` wires it: every event handed to the relay use case. */
function startGateway(): void {
  client = relayClient(discordApi.apiUrl);
  client.rest.setToken("bot-token");
  (client as unknown as Dispatcher).ws.status = Status.Ready;
  // Who the bot is, as READY says: discord.js compares a repeated message's author with it.
  client.user = new (ClientUser as unknown as new (client: Client, data: unknown) => ClientUser)(client, {
    id: FAKE_BOT_USER_ID,
    username: "OGP Local",
    discriminator: "0",
    avatar: null,
    bot: true,
  });
  // The server as GUILD_CREATE brings it (its handler wants a live shard; the cache takes it as is).
  (client.guilds as unknown as { _add(data: unknown): void })._add({
    id: GUILD,
    name: "Open Gov",
    unavailable: false,
    roles: [],
    members: [],
    channels: [{ id: DISCORD_CHANNEL, type: 0, name: "open-budget-circle", guild_id: GUILD }],
    threads: [],
  });
  gateway = createRelayHandlers({
    onMessage: async (event) => {
      await relayChatMessage({ db: handle.db, logger, now: clock.now }, event);
    },
    logger,
    now: clock.now,
  });
  listenForRelay(client, gateway);
}

/** discord.js queues dispatches until it is ready. */
interface Dispatcher {
  ws: { status: Status; handlePacket(packet: { t: string; d: unknown }): void };
}

async function dispatch(t: string, d: unknown): Promise<void> {
  (client as unknown as Dispatcher).ws.handlePacket({ t, d });
  await gateway.settled();
}

/** `/ogp …` through the command core, as the Slack and Discord endpoints hand it over. */
async function command(platform: Platform, userId: string, text: string): Promise<string> {
  const where =
    platform === "slack"
      ? { workspaceId: TEAM, channelId: SLACK_CHANNEL }
      : { workspaceId: GUILD, channelId: DISCORD_CHANNEL };
  const result = await runCommand(
    { db: handle.db, logger, now: clock.now },
    { platform, userId, ...where, input: { kind: "text", text } },
  );
  expect(result.status, said(result)).toBe("ok");
  return said(result);
}

async function linkBothChannels(): Promise<void> {
  await command("slack", USERS.supportUnit, "circle create Open Budget fiscal_openness");
  await command("slack", USERS.poc, "circle join open-budget");
  await command("slack", USERS.poc, "circle link open-budget");
  expect(await command("discord", ANA_ON_DISCORD, "circle link open-budget")).toContain(
    "This channel is now linked to the circle Open Budget",
  );
  expect(await handle.db.select().from(circleChannels)).toMatchObject([
    { platform: "slack", workspaceId: TEAM, channelId: SLACK_CHANNEL },
    { platform: "discord", workspaceId: GUILD, channelId: DISCORD_CHANNEL },
  ]);
}

const anaOnSlack = {
  user: USERS.poc,
  user_profile: {
    display_name: "Ana P.",
    real_name: "Ana Poc",
    image_72: "https://avatars.slack-edge.com/ana_72.png",
  },
};

/**
 * A message event in the Slack channel, signed as Slack signs it. `retried` sends it again as Slack
 * retries an event it thinks was not acknowledged (the same `event_id`, with the retry headers), which
 * the ingress drops; `redelivered` sends it again under a new `event_id`, which only the relay can
 * recognise.
 */
async function slackEvent(
  event: Record<string, unknown>,
  { retried = false, redelivered = false } = {},
): Promise<void> {
  const body = { type: "message", channel: SLACK_CHANNEL, channel_type: "channel", ...event };
  const newEventId = () => `Ev${Math.random().toString(36).slice(2)}`;
  const eventId = newEventId();
  const attempts: { eventId: string; headers: Record<string, string> }[] = [
    { eventId, headers: {} },
    ...(retried
      ? [{ eventId, headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } }]
      : []),
    ...(redelivered ? [{ eventId: newEventId(), headers: {} }] : []),
  ];
  for (const attempt of attempts) {
    const response = await sendEvent(app, body, attempt);
    expect(response.status).toBe(200);
    await slack.settled();
  }
}

const discordAna = {
  author: { id: ANA_ON_DISCORD, username: "ana", global_name: "Ana", avatar: "abc", discriminator: "0" },
  member: { nick: "Ana P", avatar: null, roles: [], joined_at: "2024-01-01T00:00:00.000Z" },
};

/** A MESSAGE_CREATE as Discord sends it, by Ana in the guild, dated by its id. */
function discordMessage(id: string, fields: Record<string, unknown>) {
  return {
    id,
    channel_id: DISCORD_CHANNEL,
    guild_id: GUILD,
    ...discordAna,
    content: "",
    timestamp: new Date(SnowflakeUtil.timestampFrom(id)).toISOString(),
    edited_timestamp: null,
    attachments: [],
    embeds: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    type: MessageType.Default,
    ...fields,
  };
}

/** The message as the client holds it (and emits it): in a thread, the thread's cache. */
function cachedMessage(channelId: string, messageId: string): Message {
  const channel = client.channels.cache.get(channelId) as unknown as {
    messages: { cache: Map<string, Message> };
  };
  const message = channel.messages.cache.get(messageId);
  if (!message) throw new Error(`discord.js holds no message ${messageId} in ${channelId}`);
  return message;
}

/** Delivery passes until nothing is due, moving the clock past each channel's pacing. */
async function deliverAll(): Promise<void> {
  for (let pass = 0; pass < 20; pass++) {
    const report = await deliverDue(handle.db, senders, options);
    clock.advance(2_000);
    if (report.claimed === 0 && (await deliverDue(handle.db, senders, options)).claimed === 0) return;
  }
  throw new Error("the outbox never ran dry");
}

/** Slack Web API calls of a method, their arguments without the outbox's metadata. */
const slackCalls = (method: string) =>
  slackApi.callsTo(method).map(({ args: { metadata: _metadata, ...args } }) => args);

/** Discord requests as `METHOD path`, a webhook's token shown as TOKEN, with their bodies. */
const discordCalls = () =>
  discordApi.requests
    .filter((request) => request.path.startsWith("/api/v10/webhooks/"))
    .map((request) => ({
      call: `${request.method} ${request.path.replace(/\/token-\d+/, "/TOKEN")}`,
      body: request.body,
    }));

/** Ana's message in Slack, relayed to Discord: the Discord copy's message id. */
async function postRootOnSlack(): Promise<string> {
  await slackEvent(
    { ...anaOnSlack, ts: ROOT_TS, text: "<!channel> our budget portal is live, thanks <@U0BEAOFF>" },
    { retried: true, redelivered: true },
  );
  await deliverAll();
  const webhook = discordApi.webhooksIn(DISCORD_CHANNEL)[0];
  expect(webhook).toBeDefined();
  const copy = (await relayRows(handle.db)).find((row) => row.platform === "discord");
  const [channel, messageId] = copy?.platformMessageId?.split("/") ?? [];
  expect(channel).toBe(DISCORD_CHANNEL);
  return messageId!;
}

describe("a circle with a Slack channel and a Discord channel holds one conversation", () => {
  it("posts a Slack message once in the Discord channel, as its author, pinging nobody", async () => {
    const copyId = await postRootOnSlack();
    const webhookId = discordApi.webhooksIn(DISCORD_CHANNEL)[0]!.id;
    expect(discordCalls()).toEqual([
      {
        call: `POST /api/v10/webhooks/${webhookId}/TOKEN?wait=true`,
        body: {
          content: `@${ZWSP}channel our budget portal is live, thanks @${ZWSP}Bea Official`,
          username: "Ana P. (Springfield) via Slack",
          avatar_url: "https://avatars.slack-edge.com/ana_72.png",
          allowed_mentions: { parse: [] },
        },
      },
    ]);
    expect(discordApi.message(copyId)).toMatchObject({ channel_id: DISCORD_CHANNEL, webhook_id: webhookId });
    // Nothing goes back to the Slack channel it came from.
    expect(slackCalls("chat.postMessage")).toEqual([]);
  });

  it("keeps replies in threads, mirrors edits and deletions once each, and never relays its own copies", async () => {
    const copyId = await postRootOnSlack();
    const webhookId = discordApi.webhooksIn(DISCORD_CHANNEL)[0]!.id;

    // In Discord, Ana starts a thread on the copy (the thread takes the copy's id) and replies there;
    // the gateway delivers the reply twice: discord.js drops a repeat it holds in its cache, but a
    // client that reconnected (or restarted) hands the relay the same message again.
    await dispatch("THREAD_CREATE", {
      id: copyId,
      type: 11,
      parent_id: DISCORD_CHANNEL,
      guild_id: GUILD,
      name: "Our budget portal",
      thread_metadata: { archived: false, locked: false, auto_archive_duration: 1440 },
      newly_created: true,
    });
    const replyId = SnowflakeUtil.generate({ timestamp: new Date(NOW.getTime() + 60_000) }).toString();
    const reply = discordMessage(replyId, { channel_id: copyId, content: "Great! @everyone **see** <@42>" });
    await dispatch("MESSAGE_CREATE", reply);
    await dispatch("MESSAGE_CREATE", reply);
    await gateway.messageCreate(cachedMessage(copyId, replyId));
    await deliverAll();
    expect(slackCalls("chat.postMessage")).toEqual([
      {
        channel: SLACK_CHANNEL,
        // Under Ana's original message: the thread's root, as this channel knows it.
        thread_ts: ROOT_TS,
        // Markup kept as Slack reads it; no one pinged, an unknown user named as nobody in particular.
        text: `Great! @${ZWSP}everyone **see** @${ZWSP}someone`,
        username: "Ana P (Springfield) via Discord",
        icon_url: `https://cdn.discordapp.com/avatars/${ANA_ON_DISCORD}/abc.webp`,
        unfurl_links: false,
        unfurl_media: false,
        link_names: false,
      },
    ]);
    const slackCopyTs = (await relayRows(handle.db))
      .find((row) => row.platform === "slack")
      ?.platformMessageId?.split("/")[1];
    expect(slackCopyTs).toMatch(/^\d+\.\d+$/);

    // Ana edits her Slack message; Slack retries the event, and delivers it again.
    await slackEvent(
      {
        subtype: "message_changed",
        ts: "1773155000.000900",
        message: {
          ...anaOnSlack,
          type: "message",
          ts: ROOT_TS,
          text: "Our budget portal is live!",
          edited: { user: USERS.poc, ts: "1773155000.000000" },
        },
        previous_message: { ...anaOnSlack, type: "message", ts: ROOT_TS, text: "<!channel> our budget…" },
      },
      { retried: true, redelivered: true },
    );
    await deliverAll();
    expect(discordCalls().filter(({ call }) => call.startsWith("PATCH"))).toEqual([
      {
        call: `PATCH /api/v10/webhooks/${webhookId}/TOKEN/messages/${copyId}`,
        body: { content: "Our budget portal is live!", allowed_mentions: { parse: [] } },
      },
    ]);
    expect(discordApi.message(copyId)).toMatchObject({ content: "Our budget portal is live!" });

    // The relay's own copies come back as the platforms deliver them: nothing is relayed.
    const rowsBefore = (await relayRows(handle.db)).length;
    await dispatch("MESSAGE_CREATE", {
      ...discordMessage(copyId, {}),
      ...discordApi.message(copyId),
      member: undefined,
    });
    await slackEvent({
      subtype: "bot_message",
      bot_id: "B0OGP",
      username: "Ana P (Springfield) via Discord",
      ts: slackCopyTs,
      thread_ts: ROOT_TS,
      text: "Great!",
    });
    expect((await relayRows(handle.db)).length).toBe(rowsBefore);
    // Behind the adapters' filters, the relay itself knows its copies (say a copy's event came without
    // its bot or webhook mark).
    const asEvent = (platform: Platform, workspaceId: string, channelId: string, messageId: string) =>
      relayChatMessage(
        { db: handle.db, logger, now: clock.now },
        {
          op: "posted",
          platform,
          workspaceId,
          channelId,
          messageId,
          threadRootId: null,
          author: { userId: "U0SOMEONE", displayName: "Someone", avatarUrl: null },
          text: "a copy",
          attachments: [],
          occurredAt: clock.now(),
        },
      );
    expect(await asEvent("discord", GUILD, DISCORD_CHANNEL, copyId)).toEqual({ kind: "own_copy" });
    expect(await asEvent("slack", TEAM, SLACK_CHANNEL, slackCopyTs!)).toEqual({ kind: "own_copy" });

    // Ana deletes her Discord reply; the gateway delivers the deletion twice.
    const deletion = { id: replyId, channel_id: copyId, guild_id: GUILD };
    await dispatch("MESSAGE_DELETE", deletion);
    await dispatch("MESSAGE_DELETE", deletion);
    await deliverAll();
    expect(slackCalls("chat.delete")).toEqual([{ channel: SLACK_CHANNEL, ts: slackCopyTs }]);

    // Each target told once of each op, and never the source.
    expect(slackCalls("chat.postMessage")).toHaveLength(1);
    expect(slackCalls("chat.update")).toEqual([]);
    expect(discordCalls().map(({ call }) => call.split(" ")[0])).toEqual(["POST", "PATCH"]);
    expect((await relayRows(handle.db)).map((row) => [row.platform, row.relay.op, row.state])).toEqual([
      ["discord", "post", "sent"],
      ["slack", "post", "sent"],
      ["discord", "edit", "sent"],
      ["slack", "delete", "sent"],
    ]);
  });

  it("stops relaying to the Discord channel as soon as it is unlinked there", async () => {
    await postRootOnSlack();
    expect(await command("discord", ANA_ON_DISCORD, "circle unlink open-budget")).toContain(
      "This channel is no longer linked to the circle Open Budget",
    );
    const requestsBefore = discordApi.requests.length;
    const rowsBefore = (await relayRows(handle.db)).length;

    await slackEvent({ ...anaOnSlack, ts: "1773155200.000300", text: "Anyone there?" });
    const laterId = SnowflakeUtil.generate({ timestamp: new Date(NOW.getTime() + 600_000) }).toString();
    await dispatch("MESSAGE_CREATE", discordMessage(laterId, { content: "Still here" }));
    await deliverAll();

    expect((await relayRows(handle.db)).length).toBe(rowsBefore);
    expect(discordApi.requests.slice(requestsBefore)).toEqual([]);
    expect(slackCalls("chat.postMessage")).toEqual([]);
  });
});
