import type { Hono } from "hono";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { circleChannels } from "../../src/db/schema/index.js";
import { chatStores } from "../../src/db/stores.js";
import { createLogger } from "../../src/logging/logger.js";
import { createDiscordEndpoints } from "../../src/platforms/discord/index.js";
import { createSlackEndpoints } from "../../src/platforms/slack/index.js";
import { createApp } from "../../src/web/app.js";
import { NOW, seed, USERS } from "../commands/fixtures.js";
import { commandRunner } from "../commands/harness.js";
import { freshDatabase } from "../support/database.js";
import { FakeDiscord } from "../support/fake-discord.js";
import { FakeSlack } from "../support/fake-slack.js";
import {
  commandPayload,
  DISCORD_USERS,
  type DiscordKeys,
  generateDiscordKeys,
  type InteractionAnswer,
  linkDiscordAccounts,
  sendInteraction as sendDiscordInteraction,
  shownAfterDeferral,
  visibleText,
} from "./discord/discord-requests.js";
import { SIGNING_SECRET, sendSlashCommand } from "./slack/slack-requests.js";

/**
 * A circle discusses in shared channels (§2.4): `/ogp circle link` is refused where the platform
 * says the command ran in a group DM or a thread, whose messages the relay would never see there.
 */
const logger = createLogger("silent");
let fakeSlack: FakeSlack;
let fakeDiscord: FakeDiscord;
let keys: DiscordKeys;
let handle: DatabaseHandle;

beforeAll(async () => {
  [fakeSlack, fakeDiscord, keys] = await Promise.all([
    FakeSlack.start(),
    FakeDiscord.start(),
    generateDiscordKeys(),
  ]);
});
afterAll(() => Promise.all([fakeSlack.stop(), fakeDiscord.stop()]));
beforeEach(async () => {
  handle = await freshDatabase();
  const data = await seed(handle.db);
  await linkDiscordAccounts(handle.db, data, ["supportUnit"]);
  expect(
    (await commandRunner(handle.db)(USERS.supportUnit, "circle create Open Budget fiscal_openness")).status,
  ).toBe("ok");
});
afterEach(() => handle.close());

const linked = () => handle.db.select().from(circleChannels);

describe("where /ogp circle link may run", () => {
  it("Slack: refuses a group DM, links a channel", async () => {
    const slack = createSlackEndpoints(
      { signingSecret: SIGNING_SECRET, botToken: "xoxb-su", apiUrl: fakeSlack.apiUrl, retries: 0 },
      { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
    );
    const app = createApp({ db: handle.db, logger, slack }) as Hono;
    const link = async (id: string, channelId: string, channelName: string) => {
      const response = await sendSlashCommand(app, {
        userId: USERS.supportUnit,
        text: "circle link open-budget",
        responseUrl: fakeSlack.responseUrl(id),
        channelId,
        channelName,
      });
      expect(response.status).toBe(200);
      await slack.settled();
      return JSON.stringify(fakeSlack.responsesTo(id).at(-1));
    };
    expect(await link("group", "G0GROUPDM", "mpdm-dan--ana-1")).toContain(
      "not in a direct message or a thread",
    );
    expect(await linked()).toEqual([]);
    expect(await link("channel", "C0BUDGET", "budget")).toContain("Open Budget");
    expect((await linked()).map((row) => row.channelId)).toEqual(["C0BUDGET"]);
  });

  it("Discord: refuses a thread, links a channel", async () => {
    const discord = createDiscordEndpoints(
      { publicKey: keys.publicKeyHex, apiUrl: fakeDiscord.apiUrl, retries: 0 },
      { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
    );
    const app = createApp({ db: handle.db, logger, discord }) as Hono;
    const link = async (channelType: number) => {
      const payload = commandPayload({ userId: DISCORD_USERS.supportUnit }, "circle", {
        action: "link",
        circle: "open-budget",
      });
      (payload as { channel: { type: number } }).channel.type = channelType;
      const response = await sendDiscordInteraction(app, keys, payload);
      expect(response.status).toBe(200);
      await discord.settled();
      const shown = shownAfterDeferral(fakeDiscord, payload, (await response.json()) as InteractionAnswer);
      return visibleText(shown!.data);
    };
    // 11: a public thread.
    expect(await link(11)).toContain("not in a direct message or a thread");
    expect(await linked()).toEqual([]);
    expect(await link(0)).toContain("Open Budget");
    expect(await linked()).toHaveLength(1);
  });
});
