import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Language } from "../../../src/domain/vocabularies.js";
import type { Delivery } from "../../../src/outbox/index.js";
import { createDiscordSender } from "../../../src/platforms/discord/index.js";
import { RELAY_WEBHOOK_NAME } from "../../../src/platforms/discord/outbound/relay.js";
import { RELAY_KIND, type RelayDelivery } from "../../../src/relay/index.js";
import { FAKE_BOT_USER_ID, FakeDiscord } from "../../support/fake-discord.js";
import { textPost } from "../../support/posts.js";

const CHANNEL = "555";
const OTHER_CHANNEL = "666";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

/** A sender as a worker process starts it: nothing cached yet. */
const newSender = () => createDiscordSender({ token: "bot-token", apiUrl: fake.apiUrl });

let row = 0;
function copy(target: string, relay: Partial<RelayDelivery> = {}, language: Language = "en"): Delivery {
  row++;
  const full: RelayDelivery = {
    op: "post",
    source: "slack:T1:C1:1700000000.000100",
    threadRootSource: null,
    author: {
      name: "Ana Pérez",
      memberName: "Springfield",
      platform: "slack",
      avatarUrl: "https://avatars.example/ana.png",
    },
    text: "Our open data portal is live",
    attachments: [],
    copyMessageId: null,
    threadRootCopyMessageId: null,
    ...relay,
  };
  return {
    id: `row-${row}`,
    dedupeKey: `relay-${row}`,
    kind: RELAY_KIND,
    platform: "discord",
    workspaceId: "G1",
    target,
    isDirectMessage: false,
    post: textPost(full.text, undefined, language),
    relay: full,
  };
}

/** Each request as `METHOD path`, the webhook's token shown as TOKEN. */
const calls = () =>
  fake.requests.map((request) => `${request.method} ${request.path.replace(/token-\d+/, "TOKEN")}`);

/** The bodies of the webhook executions (the copies posted), in order. */
const executed = () =>
  fake.requests
    .filter((request) => request.path.includes("wait=true"))
    .map((request) => request.body as { content: string; username: string });

const sentId = (result: Awaited<ReturnType<ReturnType<typeof newSender>["send"]>>): string => {
  if (result.kind !== "sent") throw new Error(`not sent: ${JSON.stringify(result)}`);
  return result.platformMessageId;
};

describe("relayed copies on Discord: one webhook per channel", () => {
  it("creates the channel's webhook once, then posts every copy through it as its author", async () => {
    const sender = newSender();
    const first = sentId(await sender.send(copy(CHANNEL)));
    const second = sentId(await sender.send(copy(CHANNEL, { text: "Second message" })));

    const [webhook] = fake.webhooksIn(CHANNEL);
    expect(webhook).toMatchObject({ name: RELAY_WEBHOOK_NAME, userId: FAKE_BOT_USER_ID });
    expect(calls()).toEqual([
      "GET /api/v10/users/@me",
      `GET /api/v10/channels/${CHANNEL}/webhooks`,
      `POST /api/v10/channels/${CHANNEL}/webhooks`,
      `POST /api/v10/webhooks/${webhook!.id}/TOKEN?wait=true`,
      `POST /api/v10/webhooks/${webhook!.id}/TOKEN?wait=true`,
    ]);
    const [, , create, execute] = fake.requests;
    expect(create?.headers.authorization).toBe("Bot bot-token");
    expect(create?.body).toEqual({ name: RELAY_WEBHOOK_NAME });
    // The webhook's token is its credential: the bot token is not sent with it.
    expect(execute?.headers.authorization).toBeUndefined();
    expect(execute?.body).toEqual({
      content: "Our open data portal is live",
      username: "Ana Pérez (Springfield) via Slack",
      avatar_url: "https://avatars.example/ana.png",
      allowed_mentions: { parse: [] },
    });
    expect(first).toMatch(new RegExp(`^${CHANNEL}/\\d+$`));
    expect(fake.message(first.split("/")[1]!)).toMatchObject({ webhook_id: webhook!.id });
    expect(second).not.toBe(first);
  });

  it("finds the webhook it created before a restart, and never uses someone else's", async () => {
    fake.seedWebhook({
      id: "801",
      token: "theirs",
      channelId: CHANNEL,
      name: RELAY_WEBHOOK_NAME,
      userId: "42",
    });
    fake.seedWebhook({
      id: "802",
      token: "ours",
      channelId: CHANNEL,
      name: RELAY_WEBHOOK_NAME,
      userId: FAKE_BOT_USER_ID,
    });
    sentId(await newSender().send(copy(CHANNEL)));
    expect(calls()).toEqual([
      "GET /api/v10/users/@me",
      `GET /api/v10/channels/${CHANNEL}/webhooks`,
      "POST /api/v10/webhooks/802/ours?wait=true",
    ]);
  });

  it("names the author in the channel's language, within 80 characters, without the words Discord refuses", async () => {
    const sender = newSender();
    sentId(
      await sender.send(
        copy(
          CHANNEL,
          { author: { name: "Clyde Martin", memberName: null, platform: "discord", avatarUrl: null } },
          "es",
        ),
      ),
    );
    sentId(
      await sender.send(
        copy(CHANNEL, {
          author: { name: "N".repeat(120), memberName: "Springfield", platform: "slack", avatarUrl: null },
        }),
      ),
    );
    const [spanish, long] = executed();
    // A Cyrillic look-alike letter in "Clyde" and "Discord": the fake, like Discord, refuses the words.
    expect(spanish?.username).toBe("Clyd\u0435 Martin vía Dis\u0441ord");
    expect(spanish).not.toHaveProperty("avatar_url");
    expect(long?.username.length).toBeLessThanOrEqual(80);
  });

  it("escapes markdown, pings nobody and links attachments", async () => {
    sentId(
      await newSender().send(
        copy(CHANNEL, {
          text: "@everyone **look** <@123> # not a heading",
          attachments: [
            { name: "plan [draft].pdf", url: "https://files.example/plan (1).pdf" },
            { name: "photo.png", url: "https://files.example/photo.png" },
          ],
        }),
      ),
    );
    const execute = fake.requests.find((request) => request.path.includes("wait=true"));
    expect(execute?.body).toMatchObject({
      content: [
        "@everyone \\*\\*look\\*\\* \\<@123> # not a heading",
        "📎 [plan \\[draft\\].pdf](https://files.example/plan%20%281%29.pdf)",
        "📎 [photo.png](https://files.example/photo.png)",
      ].join("\n"),
      allowed_mentions: { parse: [] },
    });
  });

  it("keeps a copy within 2000 characters, its attachment links whole", async () => {
    sentId(
      await newSender().send(
        copy(CHANNEL, {
          text: "*".repeat(3_000),
          attachments: [{ name: "report.pdf", url: "https://files.example/report.pdf" }],
        }),
      ),
    );
    const content = executed()[0]?.content ?? "";
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(content.endsWith("…\n📎 [report.pdf](https://files.example/report.pdf)")).toBe(true);
  });

  it("edits and deletes the copy through the same webhook", async () => {
    const sender = newSender();
    const posted = sentId(await sender.send(copy(CHANNEL)));
    const messageId = posted.split("/")[1]!;
    const webhookId = fake.webhooksIn(CHANNEL)[0]!.id;
    fake.reset();
    fake.seedWebhook({
      id: webhookId,
      token: `token-${webhookId}`,
      channelId: CHANNEL,
      name: RELAY_WEBHOOK_NAME,
      userId: FAKE_BOT_USER_ID,
    });
    fake.seedMessage(CHANNEL, {
      id: messageId,
      webhook_id: webhookId,
      content: "Our open data portal is live",
    });

    const edited = await sender.send(
      copy(CHANNEL, { op: "edit", text: "Our portal is *live*", copyMessageId: posted }),
    );
    expect(edited).toEqual({ kind: "sent", platformMessageId: posted });
    expect(fake.message(messageId)).toMatchObject({ content: "Our portal is \\*live\\*" });
    const deleted = await sender.send(copy(CHANNEL, { op: "delete", text: "", copyMessageId: posted }));
    expect(deleted).toEqual({ kind: "sent", platformMessageId: posted });
    expect(fake.message(messageId)).toBeUndefined();

    expect(calls()).toEqual([
      `PATCH /api/v10/webhooks/${webhookId}/TOKEN/messages/${messageId}`,
      `DELETE /api/v10/webhooks/${webhookId}/TOKEN/messages/${messageId}`,
    ]);
    expect(fake.requests[0]?.body).toEqual({
      content: "Our portal is \\*live\\*",
      allowed_mentions: { parse: [] },
    });
  });

  it("refuses an edit or a deletion of a copy it never posted, without calling Discord", async () => {
    const result = await newSender().send(copy(CHANNEL, { op: "edit", copyMessageId: null }));
    expect(result).toEqual({ kind: "permanent", reason: `relay: no copy in ${CHANNEL} to edit` });
    expect(fake.requests).toEqual([]);
  });
});

describe("a reply relayed into a thread on the root's copy", () => {
  it("starts the thread once, named after the root, and posts, edits and deletes in it", async () => {
    const sender = newSender();
    const root = sentId(await sender.send(copy(CHANNEL, { text: "Budget **dataset**\nmore lines" })));
    const rootId = root.split("/")[1]!;
    const webhookId = fake.webhooksIn(CHANNEL)[0]!.id;
    fake.requests.length = 0;

    const reply = sentId(
      await sender.send(
        copy(CHANNEL, {
          text: "Great news",
          threadRootSource: "slack:T1:C1:1",
          threadRootCopyMessageId: root,
        }),
      ),
    );
    const again = sentId(
      await sender.send(
        copy(CHANNEL, { text: "Indeed", threadRootSource: "slack:T1:C1:1", threadRootCopyMessageId: root }),
      ),
    );
    expect(fake.threadParent(rootId)).toBe(CHANNEL);
    expect(reply).toMatch(new RegExp(`^${rootId}/\\d+$`));
    expect(again).toMatch(new RegExp(`^${rootId}/\\d+$`));
    const replyId = reply.split("/")[1]!;

    await sender.send(copy(CHANNEL, { op: "edit", text: "Great news!", copyMessageId: reply }));
    await sender.send(copy(CHANNEL, { op: "delete", text: "", copyMessageId: reply }));
    expect(calls()).toEqual([
      `GET /api/v10/channels/${CHANNEL}/messages/${rootId}`,
      `POST /api/v10/channels/${CHANNEL}/messages/${rootId}/threads`,
      `POST /api/v10/webhooks/${webhookId}/TOKEN?wait=true&thread_id=${rootId}`,
      `POST /api/v10/webhooks/${webhookId}/TOKEN?wait=true&thread_id=${rootId}`,
      `PATCH /api/v10/webhooks/${webhookId}/TOKEN/messages/${replyId}?thread_id=${rootId}`,
      `DELETE /api/v10/webhooks/${webhookId}/TOKEN/messages/${replyId}?thread_id=${rootId}`,
    ]);
    // The root's first line as typed, its escapes dropped.
    expect(fake.requests[1]?.body).toEqual({ name: "Budget **dataset**" });
    expect(fake.message(replyId)).toBeUndefined();
  });

  it("posts into a thread someone already started on the root's copy", async () => {
    const root = sentId(await newSender().send(copy(CHANNEL)));
    const rootId = root.split("/")[1]!;
    await newSender().send(copy(CHANNEL, { text: "first reply", threadRootCopyMessageId: root }));
    // Another worker process, which has not seen the thread: Discord says it exists (160004).
    const reply = sentId(
      await newSender().send(copy(CHANNEL, { text: "second reply", threadRootCopyMessageId: root })),
    );
    expect(reply.startsWith(`${rootId}/`)).toBe(true);
  });

  it("posts the reply in the channel when the root's copy was deleted", async () => {
    const sender = newSender();
    const reply = sentId(
      await sender.send(copy(CHANNEL, { text: "late reply", threadRootCopyMessageId: `${CHANNEL}/999` })),
    );
    expect(reply.startsWith(`${CHANNEL}/`)).toBe(true);
    expect(calls().at(-1)).toMatch(/\?wait=true$/);
  });
});

describe("Discord's answers, as the outbox schedules them", () => {
  it("a 429 on one channel delays that channel's copy only", async () => {
    const sender = newSender();
    sentId(await sender.send(copy(CHANNEL)));
    sentId(await sender.send(copy(OTHER_CHANNEL)));
    fake.rateLimitChannelNext(CHANNEL, 1.5);
    expect(await sender.send(copy(CHANNEL))).toEqual({
      kind: "rate_limited",
      retryAfterMs: 1500,
      scope: "channel",
    });
    expect((await sender.send(copy(OTHER_CHANNEL))).kind).toBe("sent");
    expect((await sender.send(copy(CHANNEL))).kind).toBe("sent");
  });

  it("creates a new webhook once when someone deleted the channel's", async () => {
    const sender = newSender();
    sentId(await sender.send(copy(CHANNEL)));
    const [deleted] = fake.webhooksIn(CHANNEL);
    fake.deleteWebhook(deleted!.id);
    fake.requests.length = 0;

    sentId(await sender.send(copy(CHANNEL)));
    const [created] = fake.webhooksIn(CHANNEL);
    expect(created?.id).not.toBe(deleted?.id);
    expect(calls()).toEqual([
      `POST /api/v10/webhooks/${deleted!.id}/TOKEN?wait=true`,
      `GET /api/v10/channels/${CHANNEL}/webhooks`,
      `POST /api/v10/channels/${CHANNEL}/webhooks`,
      `POST /api/v10/webhooks/${created!.id}/TOKEN?wait=true`,
    ]);
  });

  it("reports a server error as transient and a missing permission as permanent, then asks again", async () => {
    const sender = newSender();
    fake.refuseNext("POST", /\/channels\/\d+\/webhooks$/, 403, 50013, "Missing Permissions");
    expect(await sender.send(copy(CHANNEL))).toEqual({
      kind: "permanent",
      reason: `/channels/${CHANNEL}/webhooks: HTTP 403 50013: Missing Permissions`,
    });
    fake.refuseNext("POST", /^\/api\/v10\/webhooks\//, 502, 0, "Bad Gateway");
    expect(await sender.send(copy(CHANNEL))).toMatchObject({ kind: "transient" });
    // The failure was not kept: once the permission is granted, the next copy goes out.
    expect((await sender.send(copy(CHANNEL))).kind).toBe("sent");
    // A webhook's token never appears in a failure reason.
    expect(
      JSON.stringify(await sender.send(copy(CHANNEL, { op: "edit", copyMessageId: `${CHANNEL}/1` }))),
    ).not.toMatch(/token-/);
  });
});
