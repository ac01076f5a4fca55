import type { webcrypto } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../src/db/audit.js";
import { createLinkCode } from "../../src/db/repositories/link-codes.js";
import { chatIdentities, inboundDeliveries, linkCodes } from "../../src/db/schema/index.js";
import { t } from "../../src/messages/i18n/index.js";
import { signSlackRequest } from "../../src/platforms/slack/index.js";
import {
  APPLICATION_ID,
  commandPayload,
  type DiscordKeys,
  generateDiscordKeys,
  type InteractionAnswer,
  shownAfterDeferral,
  signedDiscordHeaders,
  visibleText,
} from "../platforms/discord/discord-requests.js";
import { SIGNING_SECRET, slackVisibleText, slashCommandBody } from "../platforms/slack/slack-requests.js";
import { FakeDiscord } from "../support/fake-discord.js";
import { FakeSlack } from "../support/fake-slack.js";
import { eventually, startWorker, type TestWorker } from "./harness.js";

/**
 * Chat webhooks on the Worker bundle: signed requests are acknowledged at once and answered after
 * the response (under `waitUntil`), against the demo data in D1; unsigned, stale or forged ones are
 * refused with 401 before anything is written (chat-platforms.md: Slack's 5-minute window, Discord's
 * Ed25519 check).
 */

/** Kōwhai Coast's PoC in the demo, linked on Discord; and a workspace of the demo. */
const AROHA_ON_DISCORD = "815500000000000002";
const KOWHAI_WORKSPACE = "T0KOWHAI";
/** Demo people with no chat account yet. */
const HELEN = "helen.marsh@coastalgovernance.example";
const SIONE = "sione.fifita@tuibayyouth.example";

const actor = systemActor("cli");

describe("chat webhooks on the Worker", () => {
  let worker: TestWorker;
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let keys: DiscordKeys;

  beforeAll(async () => {
    [slack, discord, keys] = await Promise.all([
      FakeSlack.start(),
      FakeDiscord.start(),
      generateDiscordKeys(),
    ]);
    worker = await startWorker({
      bindings: {
        DEMO_DATA: "on",
        // The refusals below are logged as warnings, expected here.
        LOG_LEVEL: "error",
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: "xoxb-worker-test",
        SLACK_API_URL: slack.apiUrl,
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        DISCORD_APPLICATION_ID: APPLICATION_ID,
        DISCORD_API_URL: discord.apiUrl,
      },
    });
    // The first event starts the runtime, which loads the demo into the empty D1.
    expect((await worker.fetch("/healthz")).status).toBe(200);
  });
  afterAll(async () => {
    await worker?.close();
    await Promise.all([slack?.stop(), discord?.stop()]);
  });

  /** A form body signed as Slack signs it, on the real clock (or `ageSeconds` in the past). */
  async function postToSlack(body: string, options: { secret?: string; ageSeconds?: number } = {}) {
    const timestamp = Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0);
    return worker.fetch("/slack/events", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": await signSlackRequest(options.secret ?? SIGNING_SECRET, timestamp, body),
      },
      body,
    });
  }

  async function postToDiscord(payload: Record<string, unknown>, privateKey: webcrypto.CryptoKey) {
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    return worker.fetch("/discord/interactions", {
      method: "POST",
      headers: await signedDiscordHeaders(privateKey, timestamp, body),
      body,
    });
  }

  const slash = (userId: string, text: string, responseId: string) =>
    slashCommandBody({
      userId,
      text,
      teamId: KOWHAI_WORKSPACE,
      responseUrl: slack.responseUrl(responseId),
    });

  /**
   * What `status` heads its answer with for Kōwhai Coast: its status as the rules find it today (the
   * demo's story: inactive under INACT-4, handbook §4.1.4), as the Worker's own open data API gives it.
   */
  async function kowhaiHeading(): Promise<string> {
    const response = await worker.fetch("/api/v1/members/kowhai-coast");
    expect(response.status).toBe(200);
    const member = (await response.json()) as {
      name: string;
      status: string;
      evaluation: { status: string } | null;
    };
    const status = member.evaluation?.status ?? member.status;
    return t("en", "cmd.status.heading", { member: member.name, status: t("en", `status.${status}`) });
  }

  const counts = async () => ({
    deliveries: await worker.db.$count(inboundDeliveries),
    identities: await worker.db.$count(chatIdentities),
  });

  it("links a Slack account with `/ogp link CODE`: acked with 200, answered at the response URL, stored in D1", async () => {
    const { code, personId } = await createLinkCode(worker.db, HELEN, 1, actor, new Date());

    const ack = await postToSlack(slash("U0HELEN", `link ${code}`, "link"));
    expect(ack.status).toBe(200);
    const [reply] = await eventually(() => slack.responsesTo("link").length > 0 && slack.responsesTo("link"));
    expect(slackVisibleText(reply!)).toContain(t("en", "cmd.link.linked", { name: "Helen Marsh" }));

    const [identity] = await worker.db
      .select()
      .from(chatIdentities)
      .where(
        and(
          eq(chatIdentities.platform, "slack"),
          eq(chatIdentities.workspaceId, KOWHAI_WORKSPACE),
          eq(chatIdentities.userId, "U0HELEN"),
        ),
      );
    expect(identity?.personId).toBe(personId);
    const [used] = await worker.db.select().from(linkCodes).where(eq(linkCodes.personId, personId));
    expect(used?.usedAt).toBeInstanceOf(Date);
    expect(used?.usedByIdentityId).toBe(identity?.id);
  });

  it("answers `/ogp status kowhai-coast` for the person just linked, at the response URL", async () => {
    const ack = await postToSlack(slash("U0HELEN", "status kowhai-coast", "status"));
    expect(ack.status).toBe(200);
    const [reply] = await eventually(
      () => slack.responsesTo("status").length > 0 && slack.responsesTo("status"),
    );
    expect(slackVisibleText(reply!).split("\n")[0]).toBe(await kowhaiHeading());
    // The acknowledged work was kept with its claim and is marked done (just after the reply is
    // posted): nothing is left for a Cron Trigger to take up.
    let states: string[] = [];
    for (const until = Date.now() + 5_000; Date.now() < until; await new Promise((r) => setTimeout(r, 25))) {
      states = (
        await worker.db
          .select({ state: inboundDeliveries.state })
          .from(inboundDeliveries)
          .where(eq(inboundDeliveries.platform, "slack"))
      ).map((delivery) => delivery.state);
      if (states.every((state) => state === "done")) break;
    }
    expect(states).toEqual(["done", "done"]);
  });

  it("answers a Discord `/ogp status`, directly or by deferral and an edit of the original response", async () => {
    const payload = commandPayload({ userId: AROHA_ON_DISCORD }, "status");
    const response = await postToDiscord(payload, keys.privateKey);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as InteractionAnswer;
    expect([4, 5]).toContain(answer.type);
    const shown = await eventually(() => shownAfterDeferral(discord, payload, answer));
    expect(shown.type).toBe(4);
    expect(visibleText(shown.data).split("\n")[0]).toBe(await kowhaiHeading());
    if (answer.type === 5) expect(discord.originalEdits(String(payload.token))).toHaveLength(1);
  });

  it("answers a Discord PING with PONG, writing nothing", async () => {
    const before = await counts();
    const ping = {
      id: "1200000000000000777",
      application_id: APPLICATION_ID,
      type: 1,
      token: "t",
      version: 1,
    };
    const response = await postToDiscord(ping, keys.privateKey);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: 1 });
    expect(await counts()).toEqual(before);
  });

  it("refuses forged and stale requests with 401 and writes nothing, then or after", async () => {
    const { code, personId } = await createLinkCode(worker.db, SIONE, 1, actor, new Date());
    const before = await counts();
    const linkAttempt = slash("U0FORGER", `link ${code}`, "forged");

    const wrongSecret = await postToSlack(linkAttempt, { secret: "not-the-signing-secret-of-this-app" });
    expect(wrongSecret.status).toBe(401);
    // Correctly signed, but 10 minutes old: outside Slack's 5-minute window, a replay.
    const stale = await postToSlack(linkAttempt, { ageSeconds: 600 });
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ error: "stale_timestamp" });
    const otherKey = await generateDiscordKeys();
    const forgedInteraction = commandPayload({ userId: "100000000000000099" }, "link", { code });
    const forged = await postToDiscord(forgedInteraction, otherKey.privateKey);
    expect(forged.status).toBe(401);

    expect(await counts()).toEqual(before);

    // A genuine request afterwards is answered; by then nothing of the forged ones ran after the response.
    expect((await postToSlack(slash("U0NOBODY", "help", "genuine"))).status).toBe(200);
    await eventually(() => slack.responsesTo("genuine").length > 0);
    expect(slack.responsesTo("forged")).toEqual([]);
    expect(discord.originalEdits(forgedInteraction.token)).toEqual([]);
    expect(discord.followUps(forgedInteraction.token)).toEqual([]);
    expect(await worker.db.$count(chatIdentities)).toBe(before.identities);
    const [unused] = await worker.db.select().from(linkCodes).where(eq(linkCodes.personId, personId));
    expect(unused?.usedAt).toBeNull();
  });

  it("bounds bodies and refuses malformed signed ones with 4xx, writing nothing", async () => {
    const before = await counts();
    // Over 1 MB, declared: refused before the body is read.
    const declared = await worker.fetch("/slack/events", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "content-length": String(2 * 1024 * 1024),
      },
      body: "x".repeat(2 * 1024 * 1024),
    });
    expect(declared.status).toBe(413);
    // Over 1 MB and streamed without a length: refused while reading.
    const chunk = new TextEncoder().encode("y".repeat(64 * 1024));
    let sent = 0;
    const streamed = await worker.fetch("/discord/interactions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new ReadableStream({
        pull(controller) {
          if (sent++ < 40) controller.enqueue(chunk);
          else controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    // Correctly signed, but not a Slack payload, or not JSON for Discord.
    expect((await postToSlack("payload=%7Bnot-json")).status).toBe(400);
    const discordGarbage = await worker.fetch("/discord/interactions", {
      method: "POST",
      headers: (() => {
        const timestamp = String(Math.floor(Date.now() / 1000));
        return { "content-type": "application/json", "x-signature-timestamp": timestamp };
      })(),
      body: "{",
    });
    expect(discordGarbage.status).toBe(401);
    const signedGarbage = await postToDiscord({ type: 2, data: {} }, keys.privateKey);
    expect(signedGarbage.status).toBe(400);
    expect(await counts()).toEqual(before);
    // The Worker still answers at once.
    expect((await worker.fetch("/healthz")).status).toBe(200);
  });
});
