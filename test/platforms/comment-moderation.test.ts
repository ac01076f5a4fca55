import type { Hono } from "hono";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { alertsOutbox, publicComments } from "../../src/db/schema/index.js";
import { chatStores } from "../../src/db/stores.js";
import { createLogger } from "../../src/logging/logger.js";
import { deliverDue } from "../../src/outbox/index.js";
import {
  createDiscordEndpoints,
  createDiscordSender,
  type DiscordEndpoints,
} from "../../src/platforms/discord/index.js";
import {
  createSlackEndpoints,
  createSlackSender,
  type SlackEndpoints,
} from "../../src/platforms/slack/index.js";
import { createApp } from "../../src/web/app.js";
import { NOW, seed, USERS } from "../commands/fixtures.js";
import { postUpdate, subscribeSupportUnit } from "../services/public-comment-fixtures.js";
import { freshDatabase } from "../support/database.js";
import { FakeDiscord } from "../support/fake-discord.js";
import { FakeSlack } from "../support/fake-slack.js";
import {
  type Actor,
  CHANNEL,
  componentPayload,
  DISCORD_USERS,
  type DiscordKeys,
  GUILD,
  generateDiscordKeys,
  type InteractionAnswer,
  linkDiscordAccounts,
  sendInteraction as sendDiscordInteraction,
  shownAfterDeferral,
  visibleText,
} from "./discord/discord-requests.js";
import {
  blockActionPayload,
  SIGNING_SECRET,
  sendInteraction as sendSlackInteraction,
} from "./slack/slack-requests.js";

/**
 * Annex 4 end to end: a visitor comments on the public site; the member's point of contact (a Slack
 * direct message) and the Support Unit (a Discord channel) are asked through the outbox; a click on
 * either platform decides, and the commitment page shows the comment only once approved.
 */

const logger = createLogger("silent");
const BOT_TOKEN = "xoxb-comments";
const dan: Actor = { userId: DISCORD_USERS.supportUnit, locale: "en-GB" };
const carla: Actor = { userId: DISCORD_USERS.civilSociety, locale: "fr" };

let slackFake: FakeSlack;
let discordFake: FakeDiscord;
let keys: DiscordKeys;
let handle: DatabaseHandle;
let slack: SlackEndpoints;
let discord: DiscordEndpoints;
let app: Hono;
let updateId: string;

beforeAll(async () => {
  [slackFake, discordFake, keys] = await Promise.all([
    FakeSlack.start(),
    FakeDiscord.start(),
    generateDiscordKeys(),
  ]);
});
afterAll(() => Promise.all([slackFake.stop(), discordFake.stop()]));

beforeEach(async () => {
  slackFake.reset();
  discordFake.reset();
  handle = await freshDatabase();
  const data = await seed(handle.db);
  // Ana, the point of contact, is on Slack only; Dan (Support Unit) and Carla (civil society) also on Discord.
  await linkDiscordAccounts(handle.db, data, ["supportUnit", "civilSociety"]);
  await subscribeSupportUnit(handle.db, { platform: "discord", workspaceId: GUILD, channelId: CHANNEL });
  updateId = await postUpdate(handle.db, data);
  const commands = { db: handle.db, logger, now: () => NOW };
  slack = createSlackEndpoints(
    { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, apiUrl: slackFake.apiUrl, retries: 0 },
    { commands, ...chatStores(handle.db) },
  );
  discord = createDiscordEndpoints(
    { publicKey: keys.publicKeyHex, apiUrl: discordFake.apiUrl, retries: 0 },
    { commands, ...chatStores(handle.db) },
  );
  app = createApp({
    db: handle.db,
    logger,
    slack,
    discord,
    now: () => NOW,
    clientAddress: () => "192.0.2.7",
  });
});
afterEach(async () => {
  await Promise.all([slack.settled(), discord.settled()]);
  handle.close();
});

async function commentOnTheSite(text: string, name = ""): Promise<string> {
  const response = await app.request("/commitments/sprfd0001/comments", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ update: updateId, name, text }).toString(),
  });
  expect(response.status).toBe(303);
  const [comment] = await handle.db.select().from(publicComments);
  return comment!.id;
}

async function deliverRequests(): Promise<void> {
  const report = await deliverDue(
    handle.db,
    {
      slack: createSlackSender({ token: () => BOT_TOKEN, apiUrl: slackFake.apiUrl }),
      discord: createDiscordSender({ token: "bot-token", apiUrl: discordFake.apiUrl }),
    },
    { workerId: "test", now: () => NOW, sleep: async () => {} },
  );
  expect(report.sent).toBe(2);
}

const commitmentPage = async () => (await app.request("/commitments/sprfd0001?lang=en")).text();
const moderation = async () => (await handle.db.select().from(publicComments))[0]?.moderation;

/** The buttons of Ana's direct message on Slack, as the app rendered them. */
function slackDirectMessageButtons(): { action_id: string; value?: string; url?: string }[] {
  const [opened] = slackFake.callsTo("conversations.open");
  expect(opened?.args.users).toBe(USERS.poc);
  const [posted] = slackFake.callsTo("chat.postMessage");
  expect(posted?.args.channel).toBe(`D${USERS.poc}`);
  const blocks = posted!.args.blocks as {
    type: string;
    elements?: { action_id: string; value?: string; url?: string }[];
  }[];
  return blocks.flatMap((block) => (block.type === "actions" ? (block.elements ?? []) : []));
}

async function clickOnSlack(button: { action_id: string; value?: string }, responseId: string) {
  expect(button.value, "an action button, not a link").toBeDefined();
  const response = await sendSlackInteraction(
    app,
    blockActionPayload({
      userId: USERS.poc,
      button: { action_id: button.action_id, value: button.value! },
      channelId: `D${USERS.poc}`,
      responseUrl: slackFake.responseUrl(responseId),
    }),
  );
  expect(response.status).toBe(200);
  await slack.settled();
  const reply = slackFake.responsesTo(responseId).at(-1);
  expect(reply).toBeDefined();
  return reply!;
}

/** A click on the Support Unit channel's post on Discord, and what the clicker then sees. */
async function clickOnDiscord(actor: Actor, customId: string): Promise<InteractionAnswer> {
  const payload = componentPayload(actor, { customId }, { flags: 0 });
  const response = await sendDiscordInteraction(app, keys, payload);
  expect(response.status).toBe(200);
  await discord.settled();
  const shown = shownAfterDeferral(discordFake, payload, (await response.json()) as InteractionAnswer);
  expect(shown).not.toBeNull();
  return shown!;
}

describe("public comments moderated from chat (Annex 4)", () => {
  it("asks the point of contact and the Support Unit in the comment's transaction, and Approve from Slack publishes it", async () => {
    const id = await commentOnTheSite("Will the 2025 budget be in the portal?", "Mere");
    expect(
      (await handle.db.select().from(alertsOutbox)).map((row) => [
        row.platform,
        row.target,
        row.isDirectMessage,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["slack", USERS.poc, true],
        ["discord", CHANNEL, false],
      ]),
    );
    expect(await commitmentPage()).not.toContain("Will the 2025 budget be in the portal?");

    await deliverRequests();
    const buttons = slackDirectMessageButtons();
    expect(buttons.map((button) => button.value ?? button.url)).toEqual([
      `comment approve ${id}`,
      `comment reject ${id}`,
      "http://localhost/commitments/sprfd0001?lang=en",
    ]);
    const posted = JSON.stringify(slackFake.callsTo("chat.postMessage")[0]?.args.blocks);
    expect(posted).toContain("Mere");
    expect(posted).toContain("Will the 2025 budget be in the portal?");

    const reply = await clickOnSlack(buttons[0]!, "approve");
    expect(reply.replace_original).toBe(true);
    expect(JSON.stringify(reply.blocks)).toContain(
      `Comment ${id.slice(0, 8)} on sprfd0001 is approved by Ana Poc`,
    );
    expect(await moderation()).toBe("approved");
    expect(await commitmentPage()).toContain("Will the 2025 budget be in the portal?");
  });

  it("keeps a comment rejected from Discord hidden, refuses civil society, and answers a later click with the decision", async () => {
    const id = await commentOnTheSite("Spam spam spam");
    await deliverRequests();
    const [post] = discordFake.channelMessages(CHANNEL);
    expect(visibleText(post)).toContain("Public comment to moderate · sprfd0001");
    const customIds = (
      (post as { components?: { components?: { custom_id?: string }[] }[] }).components ?? []
    )
      .flatMap((row) => row.components ?? [])
      .flatMap((component) => component.custom_id ?? []);
    expect(customIds).toEqual([`comment approve ${id}`, `comment reject ${id}`]);

    const refused = await clickOnDiscord(carla, `comment approve ${id}`);
    expect(visibleText(refused.data)).toContain(
      "Seuls le point de contact de Springfield et l'Unité d'appui",
    );
    expect(await moderation()).toBe("pending");

    const rejected = await clickOnDiscord(dan, `comment reject ${id}`);
    expect(rejected.type).toBe(7);
    expect(visibleText(rejected.data)).toContain(
      `Comment ${id.slice(0, 8)} on sprfd0001 is rejected by Dan Support`,
    );
    expect(await moderation()).toBe("rejected");
    expect(await commitmentPage()).not.toContain("Spam spam spam");

    // Ana's own request, still in her Slack DM, now says how it was decided.
    const late = await clickOnSlack(slackDirectMessageButtons()[0]!, "late");
    expect(JSON.stringify(late.blocks)).toContain("was already rejected by Dan Support");
    expect(await moderation()).toBe("rejected");
    expect(await commitmentPage()).not.toContain("Spam spam spam");
  });
});
