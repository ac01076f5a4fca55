import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { alertsOutbox, discordGuilds } from "../../src/db/schema/index.js";
import { silentLogger } from "../../src/logging/logger.js";
import { postSchema } from "../../src/messages/model.js";
import { relayChatMessage, sourceKeyOf } from "../../src/relay/index.js";
import { NOW, type Seeded, seed, TEAM } from "../commands/fixtures.js";
import { freshDatabase } from "../support/database.js";
import { CHANNELS, linkedCircle, messageEvent, relayRows, unlink } from "./circle-fixture.js";

let handle: DatabaseHandle;
let data: Seeded;
let circleId: string;
const relay = (event: Parameters<typeof relayChatMessage>[1]) =>
  relayChatMessage({ db: handle.db, now: () => NOW, logger: silentLogger }, event);

beforeEach(async () => {
  handle = await freshDatabase();
  data = await seed(handle.db);
  circleId = await linkedCircle(handle.db, [data.springfield]);
});
afterEach(() => handle.close());

const targetsOf = (rows: { platform: string; workspaceId: string; target: string }[]) =>
  rows.map((row) => `${row.platform}:${row.workspaceId}:${row.target}`);

describe("relayChatMessage", () => {
  it("writes one copy for every other channel of the circle, on both platforms, once however often the event comes", async () => {
    expect(await relay(messageEvent())).toEqual({ kind: "relayed", targets: 2, written: 2 });
    expect(await relay(messageEvent())).toEqual({ kind: "relayed", targets: 2, written: 0 });

    const rows = await relayRows(handle.db);
    expect(targetsOf(rows)).toEqual([
      `slack:T0OTHER:${CHANNELS.slackB.channelId}`,
      `discord:${CHANNELS.discord.workspaceId}:${CHANNELS.discord.channelId}`,
    ]);
    const source = sourceKeyOf(messageEvent());
    for (const row of rows) {
      expect(row).toMatchObject({ state: "pending", subjectKind: "circle", subjectId: circleId });
      expect(row.relay).toEqual({
        op: "post",
        source,
        threadRootSource: null,
        author: {
          name: "Ana P.",
          memberName: "Springfield",
          platform: "slack",
          avatarUrl: "https://avatars.example/ana.png",
        },
        text: "Our budget portal is live",
        attachments: [],
      });
      // The post renders the same copy for a sender that cannot post as the author.
      const post = postSchema.parse(row.payload);
      expect(post.blocks).toEqual([
        { kind: "context", text: "Ana P. (Springfield) via Slack" },
        { kind: "text", text: "Our budget portal is live" },
      ]);
    }
  });

  it("names the member the author speaks for within the circle, and a linked person without a display name", async () => {
    // Carla speaks for Springfield and Shelbyville; only Springfield is in the circle.
    // A display name of blanks is no name: the copy is not signed "   via Slack".
    await relay(messageEvent({ author: { userId: "U0CARLACS", displayName: "  \u3000", avatarUrl: null } }));
    const [row] = await relayRows(handle.db);
    expect(row?.relay.author).toEqual({
      name: "Carla Civic",
      memberName: "Springfield",
      platform: "slack",
      avatarUrl: null,
    });
  });

  it("shows an unlinked author by their display name alone, in the target's language", async () => {
    await handle.db.insert(discordGuilds).values({ guildId: CHANNELS.discord.workspaceId, locale: "fr" });
    await relay(messageEvent({ author: { userId: "U0NEWBIE", displayName: "", avatarUrl: "not a url" } }));
    const rows = await relayRows(handle.db);
    expect(rows.map((row) => row.relay.author.name)).toEqual(["A Slack user", "Une personne sur Slack"]);
    expect(rows.map((row) => postSchema.parse(row.payload).language)).toEqual(["en", "fr"]);
    expect(rows[0]?.relay.author).toMatchObject({ memberName: null, avatarUrl: null });
  });

  it("neutralises mentions and keeps attachments as links", async () => {
    await relay(
      messageEvent({
        text: "<!channel> see <@U0BEAOFF>'s <https://ogp.example/doc|draft>",
        attachments: [
          { name: "budget.pdf", url: "https://files.slack.example/budget.pdf" },
          { name: "broken", url: "javascript:alert(1)" },
        ],
      }),
    );
    const [row] = await relayRows(handle.db);
    expect(row?.relay.text).toBe("@\u200Bchannel see @\u200BBea Official's draft (https://ogp.example/doc)");
    expect(row?.relay.attachments).toEqual([
      { name: "budget.pdf", url: "https://files.slack.example/budget.pdf" },
    ]);
  });

  it("keeps a reply in its thread: the root's source, or the original message when the root is one of our copies", async () => {
    await relay(messageEvent({ messageId: "1773154900.000200", threadRootId: "1773154800.000100" }));
    const [reply] = await relayRows(handle.db);
    expect(reply?.relay.threadRootSource).toBe(sourceKeyOf(messageEvent()));

    // The copy of that root in channel B was sent; someone in B replies under the copy.
    const copyInB = (await relayRows(handle.db)).find((row) => row.target === CHANNELS.slackB.channelId);
    await handle.db
      .update(alertsOutbox)
      .set({ state: "sent", platformMessageId: `${CHANNELS.slackB.channelId}/1773155000.000300` })
      .where(eq(alertsOutbox.id, copyInB!.id));
    await relay(
      messageEvent({
        ...CHANNELS.slackB,
        messageId: "1773155100.000400",
        threadRootId: "1773155000.000300",
        author: { userId: "U0SOMEONE", displayName: "Zoe", avatarUrl: null },
      }),
    );
    const replies = (await relayRows(handle.db)).filter((row) =>
      row.relay.source.endsWith("1773155100.000400"),
    );
    expect(targetsOf(replies)).toEqual([
      `slack:${TEAM}:${CHANNELS.slackA.channelId}`,
      `discord:${CHANNELS.discord.workspaceId}:${CHANNELS.discord.channelId}`,
    ]);
    for (const row of replies) expect(row.relay.threadRootSource).toBe(copyInB!.relay.source);
  });

  it("mirrors each edit once per edit time, and a deletion once", async () => {
    await relay(messageEvent());
    const edit = messageEvent({
      op: "edited",
      text: "Portal is live (fixed link)",
      occurredAt: new Date(NOW.getTime() + 60_000),
    });
    expect(await relay(edit)).toMatchObject({ written: 2 });
    expect(await relay(edit)).toMatchObject({ written: 0 });
    expect(await relay({ ...edit, occurredAt: new Date(NOW.getTime() + 120_000) })).toMatchObject({
      written: 2,
    });
    const deletion = messageEvent({
      op: "deleted",
      author: null,
      text: "",
      occurredAt: new Date(NOW.getTime() + 180_000),
    });
    expect(await relay(deletion)).toMatchObject({ written: 2 });
    expect(await relay(deletion)).toMatchObject({ written: 0 });

    const rows = await relayRows(handle.db);
    expect(rows.map((row) => row.relay.op)).toEqual([
      "post",
      "post",
      "edit",
      "edit",
      "edit",
      "edit",
      "delete",
      "delete",
    ]);
    expect(rows[2]?.relay.text).toBe("Portal is live (fixed link)");
    expect(rows[6]?.relay).toMatchObject({ text: "", attachments: [], source: sourceKeyOf(messageEvent()) });
  });

  it("does not relay our own copies back", async () => {
    await relay(messageEvent());
    const copy = (await relayRows(handle.db)).find((row) => row.platform === "discord");
    await handle.db
      .update(alertsOutbox)
      .set({ state: "sent", platformMessageId: `${CHANNELS.discord.channelId}/900000000000000077` })
      .where(eq(alertsOutbox.id, copy!.id));
    const echo = messageEvent({ ...CHANNELS.discord, messageId: "900000000000000077", author: null });
    expect(await relay(echo)).toEqual({ kind: "own_copy" });
    expect(await relayRows(handle.db)).toHaveLength(2);
  });

  it("relays nothing from or to a channel that is not (or no longer) linked", async () => {
    expect(await relay(messageEvent({ channelId: "C0ELSEWHERE" }))).toEqual({ kind: "not_linked" });
    await unlink(handle.db, CHANNELS.slackB);
    await relay(messageEvent());
    expect(targetsOf(await relayRows(handle.db))).toEqual([
      `discord:${CHANNELS.discord.workspaceId}:${CHANNELS.discord.channelId}`,
    ]);
    await unlink(handle.db, CHANNELS.slackA);
    expect(await relay(messageEvent({ messageId: "1773159999.000900" }))).toEqual({ kind: "not_linked" });
  });

  it("skips a message with nothing to show", async () => {
    expect(await relay(messageEvent({ text: "  ", attachments: [] }))).toEqual({ kind: "empty" });
    expect(await relayRows(handle.db)).toEqual([]);
  });
});
