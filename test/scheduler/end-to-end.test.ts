import { eq, inArray } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { alertsOutbox } from "../../src/db/schema/index.js";
import { DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import {
  ChannelPacer,
  type DeliveryOptions,
  deliverDue,
  FAILURE_NOTICE_KIND,
  type Senders,
} from "../../src/outbox/index.js";
import { createDiscordSender } from "../../src/platforms/discord/index.js";
import { createSlackSender } from "../../src/platforms/slack/index.js";
import { createFailureNoticeHook, tick } from "../../src/scheduler/index.js";
import { fakeClock } from "../support/fake-clock.js";
import { type FakeApi, startFakeApi } from "../support/fake-http.js";
import { FakeSlack } from "../support/fake-slack.js";
import { postView } from "../support/posts.js";
import { demoWithSubscriptions, PEOPLE } from "./demo.js";

const count = (values: string[]) =>
  Object.fromEntries(
    [...new Set(values)].sort().map((value) => [value, values.filter((v) => v === value).length]),
  );

/**
 * The demo ticked at its reference date, then delivered against loopback fakes of Slack and Discord
 * through the real senders: the PoCs' direct messages, the member channels, the Support Unit's
 * alert channels and the country digest all arrive; a Discord DM the person refuses (50007) is
 * reported to the Support Unit and covered by the member's channel.
 */
describe("the demo, ticked and delivered to fake Slack and Discord", () => {
  let handle: DatabaseHandle;
  let slack: FakeSlack;
  let discord: FakeApi;
  let senders: Senders;
  let options: DeliveryOptions;

  beforeEach(async () => {
    handle = await demoWithSubscriptions();
    slack = await FakeSlack.start();
    discord = await startFakeApi((request) => {
      if (request.path.endsWith("/users/@me/channels")) {
        return { body: { id: `dm-${(request.body as { recipient_id: string }).recipient_id}` } };
      }
      // Mere does not accept direct messages from the bot.
      if (request.path.includes(`/channels/dm-${PEOPLE.mere.userId}/`)) {
        return { status: 403, body: { code: 50007, message: "Cannot send messages to this user" } };
      }
      return { body: { id: `msg-${request.path.length}` } };
    });
    senders = {
      slack: createSlackSender({ token: () => "xoxb-test", apiUrl: slack.apiUrl }),
      discord: createDiscordSender({ token: "bot", apiUrl: `${discord.url}/api/v10` }),
    };
    const clock = fakeClock(new Date("2026-11-15T20:00:00Z"));
    options = {
      workerId: "test",
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0.5,
      pacer: new ChannelPacer(),
      onPermanentFailure: createFailureNoticeHook(clock.now),
    };
  });
  afterEach(async () => {
    await slack.stop();
    await discord.close();
    handle.close();
  });

  async function deliverEverything() {
    for (let pass = 0; pass < 200; pass++) {
      const waiting = await handle.db.$count(
        alertsOutbox,
        inArray(alertsOutbox.state, ["pending", "sending"]),
      );
      if (waiting === 0) return;
      await deliverDue(handle.db, senders, options);
    }
    throw new Error("the outbox did not drain");
  }

  it("sends the PoCs' DMs, the member channels' posts, the Support Unit's alerts and the country digest", async () => {
    await tick(handle.db, DEMO_REFERENCE_DATE, { now: () => new Date("2026-11-15T20:00:00Z") });
    await deliverEverything();

    // Slack: Diego (prefers Slack) by DM; the Support Unit's three channels; San Telmo's channel; Mexico's digest.
    expect(slack.callsTo("conversations.open").map((call) => call.args.users)).toEqual([PEOPLE.diego.userId]);
    expect(count(slack.callsTo("chat.postMessage").map((call) => String(call.args.channel)))).toEqual({
      [`D${PEOPLE.diego.userId}`]: 1,
      C0LETTERS: 2,
      C0LOMAS: 2,
      C0MXNATIONAL: 1,
      // 13 overdue items and letters, and the notice of the refused DM.
      C0SUALL: 14,
      C0SUMX: 6,
    });
    const direct = slack
      .callsTo("chat.postMessage")
      .find((call) => call.args.channel === `D${PEOPLE.diego.userId}`);
    const blocks = JSON.stringify(direct?.args.blocks);
    expect(blocks).toContain("Vencido: Hito · ");
    expect(blocks).toContain('"value":"update mxstl0001"');
    expect(blocks).toContain("Publicar la actualización");

    // Discord: Aroha (prefers Discord though linked on Slack too), Camille and Mere by DM; Kōwhai Coast's channel.
    const opened = discord.requests
      .filter((request) => request.path.endsWith("/users/@me/channels"))
      .map((request) => (request.body as { recipient_id: string }).recipient_id);
    expect(count(opened)).toEqual({
      [PEOPLE.aroha.userId]: 5,
      [PEOPLE.camille.userId]: 2,
      [PEOPLE.mere.userId]: 1,
    });
    const posted = discord.requests
      .filter((request) => request.path.endsWith("/messages"))
      .map((request) => request.path.replace("/api/v10/channels/", "").replace("/messages", ""));
    expect(count(posted)).toEqual({
      "900000000000000001": 6,
      [`dm-${PEOPLE.aroha.userId}`]: 5,
      [`dm-${PEOPLE.camille.userId}`]: 2,
      [`dm-${PEOPLE.mere.userId}`]: 1,
    });
    expect(slack.callsTo("conversations.open").map((call) => call.args.users)).not.toContain(
      PEOPLE.arohaOnSlack.userId,
    );

    // Mere's refused DM: failed with the reason, reported once, already covered by Kōwhai Coast's channel.
    const rows = await handle.db.select().from(alertsOutbox);
    expect(
      rows.filter((row) => row.state !== "sent").map((row) => [row.target, row.state, row.lastError]),
    ).toEqual([
      [
        PEOPLE.mere.userId,
        "failed",
        `/channels/dm-${PEOPLE.mere.userId}/messages: HTTP 403 50007: Cannot send messages to this user`,
      ],
    ]);
    const [notice] = await handle.db
      .select()
      .from(alertsOutbox)
      .where(eq(alertsOutbox.kind, FAILURE_NOTICE_KIND));
    expect(notice).toMatchObject({ target: "C0SUALL", state: "sent" });
    expect(postView(notice!.payload).text).toContain(
      "does not accept direct messages on Discord: the alert was posted in the member's channel(s) instead",
    );
  });
});
