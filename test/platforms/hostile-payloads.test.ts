import type { Hono } from "hono";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { auditLog, inboundDeliveries } from "../../src/db/schema/index.js";
import { chatStores } from "../../src/db/stores.js";
import { createLogger } from "../../src/logging/logger.js";
import { escapeDiscordText } from "../../src/platforms/discord/escape.js";
import { createDiscordEndpoints, type DiscordEndpoints } from "../../src/platforms/discord/index.js";
import { createSlackEndpoints, type SlackEndpoints } from "../../src/platforms/slack/index.js";
import { createApp } from "../../src/web/app.js";
import { NOW, seed } from "../commands/fixtures.js";
import { freshDatabase } from "../support/database.js";
import { FakeDiscord } from "../support/fake-discord.js";
import {
  commandPayload,
  DISCORD_USERS,
  type DiscordKeys,
  generateDiscordKeys,
  type InteractionAnswer,
  linkDiscordAccounts,
  sendInteraction,
  shownAfterDeferral,
  visibleText,
} from "./discord/discord-requests.js";
import { SIGNING_SECRET, sendToSlackEndpoint } from "./slack/slack-requests.js";

const logger = createLogger("silent");

/**
 * Signed requests an attacker (or a broken client) could send: each gets a clear 4xx or a refusal in
 * chat, never a 500, writes nothing, and leaves the server answering.
 */
describe("hostile but signed payloads", () => {
  let handle: DatabaseHandle;
  let keys: DiscordKeys;
  let app: Hono;
  let discord: DiscordEndpoints;
  let slack: SlackEndpoints;
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(() => fake.stop());

  beforeEach(async () => {
    fake.reset();
    handle = await freshDatabase();
    const data = await seed(handle.db);
    await linkDiscordAccounts(handle.db, data);
    keys = await generateDiscordKeys();
    const deps = { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) };
    discord = createDiscordEndpoints({ publicKey: keys.publicKeyHex, apiUrl: fake.apiUrl, retries: 0 }, deps);
    slack = createSlackEndpoints(
      { signingSecret: SIGNING_SECRET, botToken: "xoxb-x", apiUrl: "http://127.0.0.1:9/api/", retries: 0 },
      deps,
    );
    app = createApp({ db: handle.db, logger, discord, slack });
  });
  afterEach(async () => {
    await discord.settled();
    await slack.settled();
    handle.close();
  });

  const ana = { userId: DISCORD_USERS.poc };

  it.each([
    ["a member without its user", (payload: Record<string, unknown>) => ({ ...payload, member: {} })],
    ["a locale that is not a string", (payload: Record<string, unknown>) => ({ ...payload, locale: 42 })],
    [
      "a user id that is not a snowflake",
      (payload: Record<string, unknown>) => ({ ...payload, member: { user: { id: "<@everyone>" } } }),
    ],
    [
      "an option value that is an object",
      (payload: Record<string, unknown>) => ({
        ...payload,
        data: {
          name: "ogp",
          type: 1,
          options: [{ type: 1, name: "status", options: [{ type: 3, name: "member", value: {} }] }],
        },
      }),
    ],
    ["no data at all", (payload: Record<string, unknown>) => ({ ...payload, data: null })],
  ])("answers 400 to a Discord interaction with %s, and writes nothing", async (_label, spoil) => {
    const response = await sendInteraction(app, keys, spoil(commandPayload(ana, "status")));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "malformed_payload" });
    expect(await handle.db.$count(inboundDeliveries)).toBe(0);
    expect((await app.request("/healthz")).status).toBe(200);
  });

  it("refuses an option longer than Discord allows (32,000 characters) with 400, before any work", async () => {
    const long = commandPayload(ana, "status", { member: "x".repeat(32_000) });
    expect((await sendInteraction(app, keys, long)).status).toBe(400);
    expect(await handle.db.$count(inboundDeliveries)).toBe(0);
  });

  it("refuses a 5,000-character option in chat, without echoing it or looking it up", async () => {
    const payload = commandPayload(ana, "status", { member: "x".repeat(5_000) });
    const response = await sendInteraction(app, keys, payload);
    expect(response.status).toBe(200);
    await discord.settled();
    const shown = shownAfterDeferral(fake, payload, (await response.json()) as InteractionAnswer);
    const text = visibleText(shown?.data);
    expect(text).toMatch(/too long \(over 1000 characters\)/);
    expect(text.length).toBeLessThan(300);
    expect(await handle.db.$count(auditLog)).toBe(0);
  });

  it("escapes 200,000 characters of markdown in one linear pass, cut where it is shown", () => {
    const hostile = "*_`~|<[a](b)\n# ".repeat(200_000 / 16);
    const escaped = escapeDiscordText(hostile);
    expect(escaped.length).toBeGreaterThan(hostile.length);
    expect(escaped).not.toMatch(/(^|[^\\])\*/);
    expect(escaped).not.toMatch(/(^|[^\\])<@/);
  });

  it("answers 400 to a signed Slack body of none of Slack's shapes, and writes nothing", async () => {
    for (const [body, type] of [
      ["payload=not-json", "application/x-www-form-urlencoded"],
      ['{"type":"event_callback","event":"not-an-object"}', "application/json"],
      ["command=/ogp&text=help", "application/x-www-form-urlencoded"],
      ["<xml/>", "text/xml"],
    ] as const) {
      const response = await sendToSlackEndpoint(app, body, type);
      expect(response.status, body).toBe(400);
    }
    expect(await handle.db.$count(inboundDeliveries)).toBe(0);
  });
});
