import { type Client, type Message, MessageType, SnowflakeUtil, Status } from "discord.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../../src/logging/logger.js";
import {
  chatMessageEventOf,
  createRelayHandlers,
  listenForRelay,
  type RelayHandlers,
  relayClient,
  type SourceMessage,
} from "../../../src/platforms/discord/gateway/index.js";
import type { ChatMessageEvent } from "../../../src/relay/index.js";
import { FakeDiscord } from "../../support/fake-discord.js";

const GUILD = "100";
const CHANNEL = "200";
const THREAD = "300";
/** A message id as Discord makes them: its creation time is in it. */
const POSTED_AT = new Date("2026-03-02T10:00:00.000Z");
const MESSAGE_ID = SnowflakeUtil.generate({ timestamp: POSTED_AT }).toString();
const AUTHOR = { id: "400", username: "ana", global_name: "Ana P", avatar: "abc", discriminator: "0" };

/**
 * Gateway dispatches as Discord sends them (MESSAGE_CREATE…), fed to a discord.js client that never
 * connects: the client builds its own `Message` objects and emits its events, as it does live.
 */
interface Dispatcher {
  /** discord.js queues dispatches until it is ready. */
  ws: { status: Status; handlePacket(packet: { t: string; d: unknown }): void };
}

const rawMessage = (fields: Record<string, unknown> = {}) => ({
  id: "500",
  channel_id: CHANNEL,
  guild_id: GUILD,
  author: AUTHOR,
  member: { nick: "Ana (Springfield)", avatar: null, roles: [], joined_at: "2024-01-01T00:00:00.000Z" },
  content: "Our **open data** portal <@123>",
  timestamp: "2026-03-02T10:00:00.000Z",
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
});

let fake: FakeDiscord;
let client: Client;
let handlers: RelayHandlers;
let received: ChatMessageEvent[];
let logged: string[];
/** What `onMessage` does with each event; a test may make it slow or fail. */
let onMessage: (event: ChatMessageEvent) => Promise<void>;

const dispatch = (t: string, d: unknown) => (client as unknown as Dispatcher).ws.handlePacket({ t, d });

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(() => fake.stop());

beforeEach(() => {
  fake.reset();
  received = [];
  logged = [];
  onMessage = async (event) => {
    received.push(event);
  };
  client = relayClient(fake.apiUrl);
  client.rest.setToken("bot-token");
  (client as unknown as Dispatcher).ws.status = Status.Ready;
  // The server as GUILD_CREATE brings it (its handler wants a live shard; the cache takes it as is).
  (client.guilds as unknown as { _add(data: unknown): void })._add({
    id: GUILD,
    name: "Open Gov",
    unavailable: false,
    roles: [],
    members: [],
    channels: [{ id: CHANNEL, type: 0, name: "open-data-circle", guild_id: GUILD, parent_id: "150" }],
    threads: [
      {
        id: THREAD,
        type: 11,
        parent_id: CHANNEL,
        name: "Budget",
        guild_id: GUILD,
        thread_metadata: { archived: false },
      },
    ],
  });
  handlers = createRelayHandlers({
    onMessage: (event) => onMessage(event),
    logger: createLogger("warn", (line) => logged.push(line)),
    now: () => new Date("2026-03-02T12:00:00.000Z"),
  });
  listenForRelay(client, handlers);
});
afterEach(() => client.destroy());

const settled = () => handlers.settled();

describe("messages read from the gateway", () => {
  it("reads a new message: where, who (server nickname and avatar), what, when", async () => {
    dispatch(
      "MESSAGE_CREATE",
      rawMessage({
        id: MESSAGE_ID,
        attachments: [
          {
            id: "1",
            filename: "plan.pdf",
            url: "https://cdn.discordapp.com/attachments/200/1/plan.pdf",
            size: 10,
            proxy_url: "https://media/1",
          },
        ],
      }),
    );
    await settled();
    expect(received).toEqual([
      {
        op: "posted",
        platform: "discord",
        workspaceId: GUILD,
        // The text channel, not its category (`parent_id` of a channel).
        channelId: CHANNEL,
        messageId: MESSAGE_ID,
        threadRootId: null,
        author: {
          userId: "400",
          displayName: "Ana (Springfield)",
          avatarUrl: "https://cdn.discordapp.com/avatars/400/abc.webp",
        },
        // As typed: the relay neutralises mentions and markup for the other channels.
        text: "Our **open data** portal <@123>",
        attachments: [{ name: "plan.pdf", url: "https://cdn.discordapp.com/attachments/200/1/plan.pdf" }],
        occurredAt: POSTED_AT,
      },
    ]);
  });

  it("reads a message in a thread as a reply in the parent channel, under the thread's starter message", async () => {
    dispatch("MESSAGE_CREATE", rawMessage({ id: "501", channel_id: THREAD, member: undefined }));
    await settled();
    expect(received).toMatchObject([
      {
        channelId: CHANNEL,
        messageId: "501",
        threadRootId: THREAD,
        // Without a member, the person's own display name and avatar.
        author: { displayName: "Ana P", avatarUrl: "https://cdn.discordapp.com/avatars/400/abc.webp" },
      },
    ]);
  });

  it("keeps a Discord reply (a message reference) a message of the channel, not a thread", async () => {
    dispatch(
      "MESSAGE_CREATE",
      rawMessage({
        id: "502",
        type: MessageType.Reply,
        message_reference: { type: 0, message_id: "500", channel_id: CHANNEL, guild_id: GUILD },
      }),
    );
    await settled();
    expect(received).toMatchObject([
      { op: "posted", channelId: CHANNEL, messageId: "502", threadRootId: null },
    ]);
  });

  it("reads an edit of the words, dated when it was made, even of a message sent before the client connected", async () => {
    dispatch(
      "MESSAGE_UPDATE",
      rawMessage({ id: "503", content: "Corrected", edited_timestamp: "2026-03-02T11:00:00.000Z" }),
    );
    await settled();
    expect(received).toMatchObject([
      { op: "edited", messageId: "503", text: "Corrected", occurredAt: new Date("2026-03-02T11:00:00.000Z") },
    ]);
  });

  it("drops the updates that change no words: a link preview, a pin", async () => {
    dispatch("MESSAGE_CREATE", rawMessage({ id: "504" }));
    // Discord unfurls a link: an update without an edit time.
    dispatch(
      "MESSAGE_UPDATE",
      rawMessage({ id: "504", embeds: [{ type: "link", url: "https://example.org" }] }),
    );
    dispatch("MESSAGE_CREATE", rawMessage({ id: "505", edited_timestamp: "2026-03-02T10:30:00.000Z" }));
    // Pinned later: the edit time is the one the client already holds.
    dispatch(
      "MESSAGE_UPDATE",
      rawMessage({ id: "505", pinned: true, edited_timestamp: "2026-03-02T10:30:00.000Z" }),
    );
    await settled();
    expect(received.map((event) => `${event.op} ${event.messageId}`)).toEqual(["posted 504", "posted 505"]);
  });

  it("reads a partial edited message whole before relaying it", async () => {
    fake.seedMessage(CHANNEL, {
      ...rawMessage({ id: "506", content: "Whole text", edited_timestamp: "2026-03-02T11:30:00.000Z" }),
      id: "506",
    });
    const channel = client.channels.cache.get(CHANNEL) as unknown as {
      messages: { _add(data: unknown): Message };
    };
    const partial = channel.messages._add({ id: "506", channel_id: CHANNEL, guild_id: GUILD });
    expect(partial.partial).toBe(true);
    await handlers.messageUpdate(partial, partial);
    await settled();
    expect(received).toMatchObject([{ op: "edited", messageId: "506", text: "Whole text" }]);
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /api/v10/channels/${CHANNEL}/messages/506`,
    ]);
  });

  it("reads a deletion Discord names only by id, in a channel or a thread, one by one or in bulk", async () => {
    dispatch("MESSAGE_DELETE", { id: "507", channel_id: CHANNEL, guild_id: GUILD });
    dispatch("MESSAGE_DELETE", { id: "508", channel_id: THREAD, guild_id: GUILD });
    dispatch("MESSAGE_DELETE_BULK", { ids: ["509", "510"], channel_id: CHANNEL, guild_id: GUILD });
    await settled();
    expect(received).toEqual([
      expect.objectContaining({
        op: "deleted",
        channelId: CHANNEL,
        messageId: "507",
        threadRootId: null,
        author: null,
        text: "",
      }),
      expect.objectContaining({ op: "deleted", channelId: CHANNEL, messageId: "508", threadRootId: THREAD }),
      expect.objectContaining({
        op: "deleted",
        messageId: "509",
        occurredAt: new Date("2026-03-02T12:00:00.000Z"),
      }),
      expect.objectContaining({ op: "deleted", messageId: "510" }),
    ]);
  });

  it("ignores bots, webhooks (the relay's own copies), Discord's system lines and DMs", async () => {
    dispatch("MESSAGE_CREATE", rawMessage({ id: "601", author: { ...AUTHOR, id: "401", bot: true } }));
    dispatch(
      "MESSAGE_CREATE",
      rawMessage({
        id: "602",
        webhook_id: "900",
        author: { id: "900", username: "Ana via Slack", avatar: null, discriminator: "0000", bot: true },
      }),
    );
    dispatch("MESSAGE_CREATE", rawMessage({ id: "603", type: MessageType.ThreadCreated, content: "Budget" }));
    dispatch("MESSAGE_CREATE", rawMessage({ id: "604", type: MessageType.UserJoin, content: "" }));
    dispatch(
      "MESSAGE_UPDATE",
      rawMessage({
        id: "602",
        webhook_id: "900",
        edited_timestamp: "2026-03-02T11:00:00.000Z",
        author: { id: "900", username: "x", avatar: null, discriminator: "0000", bot: true },
      }),
    );
    dispatch("MESSAGE_CREATE", {
      ...rawMessage({ id: "605", channel_id: "700" }),
      guild_id: undefined,
      member: undefined,
    });
    // A cached copy deleted by a moderator: known to be a webhook's, not relayed back.
    dispatch("MESSAGE_DELETE", { id: "602", channel_id: CHANNEL, guild_id: GUILD });
    await settled();
    expect(received).toEqual([]);
  });
});

describe("handing events to the relay", () => {
  it("keeps a channel's events in order: an edit waits for the post it edits", async () => {
    let releasePost: () => void = () => {};
    const postHeld = new Promise<void>((resolve) => {
      releasePost = resolve;
    });
    onMessage = async (event) => {
      if (event.op === "posted") await postHeld;
      received.push(event);
    };
    dispatch("MESSAGE_CREATE", rawMessage({ id: "701" }));
    dispatch(
      "MESSAGE_UPDATE",
      rawMessage({ id: "701", content: "v2", edited_timestamp: "2026-03-02T10:05:00.000Z" }),
    );
    dispatch("MESSAGE_DELETE", { id: "701", channel_id: CHANNEL, guild_id: GUILD });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received).toEqual([]);
    releasePost();
    await settled();
    expect(received.map((event) => event.op)).toEqual(["posted", "edited", "deleted"]);
  });

  it("logs an event the relay could not take and goes on with the next", async () => {
    onMessage = async (event) => {
      if (event.messageId === "801") throw new Error("database is locked");
      received.push(event);
    };
    dispatch("MESSAGE_CREATE", rawMessage({ id: "801" }));
    dispatch("MESSAGE_CREATE", rawMessage({ id: "802" }));
    await settled();
    expect(received.map((event) => event.messageId)).toEqual(["802"]);
    expect(logged.map((line) => JSON.parse(line))).toMatchObject([
      {
        level: "error",
        message: "discord relay: event not relayed",
        op: "posted",
        guild: GUILD,
        channel: CHANNEL,
        messageId: "801",
        error: "Error: database is locked",
      },
    ]);
  });
});

describe("the mapping, on plain messages", () => {
  const plain = (fields: Partial<SourceMessage> = {}): SourceMessage => ({
    id: "900",
    guildId: GUILD,
    channelId: CHANNEL,
    threadParentId: null,
    fromBot: false,
    fromWebhook: false,
    system: false,
    author: { userId: "400", displayName: "Ana", avatarUrl: null },
    content: "hello",
    attachments: [],
    createdAt: new Date("2026-03-02T10:00:00.000Z"),
    editedAt: null,
    ...fields,
  });
  const at = new Date("2026-03-02T10:00:00.000Z");

  it("makes a forum post's first message (it shares the thread's id) a root, not a reply to itself", () => {
    expect(
      chatMessageEventOf("posted", plain({ id: THREAD, channelId: THREAD, threadParentId: "250" }), at),
    ).toMatchObject({
      channelId: "250",
      messageId: THREAD,
      threadRootId: null,
    });
  });

  it("relays a deletion whose author is unknown, never a bot's or a webhook's", () => {
    expect(
      chatMessageEventOf("deleted", plain({ fromBot: null, author: null, content: null }), at),
    ).toMatchObject({
      op: "deleted",
      author: null,
      text: "",
    });
    expect(chatMessageEventOf("posted", plain({ fromBot: true }), at)).toBeNull();
    expect(chatMessageEventOf("posted", plain({ fromWebhook: true }), at)).toBeNull();
    expect(chatMessageEventOf("posted", plain({ system: true }), at)).toBeNull();
    expect(chatMessageEventOf("posted", plain({ guildId: null }), at)).toBeNull();
  });
});
