import { afterEach, describe, expect, it } from "vitest";
import type { Delivery } from "../../src/outbox/index.js";
import { createDiscordSender } from "../../src/platforms/discord/index.js";
import { type FakeApi, type FakeReply, type RecordedRequest, startFakeApi } from "../support/fake-http.js";
import { textPost } from "../support/posts.js";

const delivery = (overrides: Partial<Delivery> = {}): Delivery => ({
  id: "row-1",
  dedupeKey: "INACT-4:member-1:2026-11:1:555",
  kind: "INACT-4",
  platform: "discord",
  workspaceId: "G1",
  target: "555",
  isDirectMessage: false,
  post: textPost("@everyone the member is now inactive"),
  ...overrides,
});

const created = (request: RecordedRequest): FakeReply => ({
  body: { id: "9001", channel_id: request.path.split("/")[3] },
});

describe("Discord sender", () => {
  let api: FakeApi;
  afterEach(() => api.close());

  const senderFor = async (reply: (request: RecordedRequest, index: number) => FakeReply) => {
    api = await startFakeApi(reply);
    return createDiscordSender({ token: "bot-token", apiUrl: `${api.url}/api/v10` });
  };

  it("posts with the bot token, pings nobody, and carries a stable nonce against duplicates", async () => {
    const sender = await senderFor(created);
    expect(await sender.send(delivery())).toEqual({ kind: "sent", platformMessageId: "555/9001" });
    await sender.send(delivery());
    const [first, second] = api.requests;
    expect(first?.path).toBe("/api/v10/channels/555/messages");
    expect(first?.headers.authorization).toBe("Bot bot-token");
    expect(first?.body).toMatchObject({
      content: "@everyone the member is now inactive",
      allowed_mentions: { parse: [] },
      enforce_nonce: true,
    });
    const nonce = (first!.body as { nonce: string }).nonce;
    expect(nonce).toMatch(/^[0-9a-f]{25}$/);
    expect((second!.body as { nonce: string }).nonce).toBe(nonce);
    expect(sender.minIntervalMs).toBe(0);
  });

  it("opens the DM channel first and posts there", async () => {
    const sender = await senderFor((request) =>
      request.path.endsWith("/users/@me/channels") ? { body: { id: "777" } } : created(request),
    );
    expect(await sender.send(delivery({ target: "42", isDirectMessage: true }))).toEqual({
      kind: "sent",
      platformMessageId: "777/9001",
    });
    expect(api.requests.map((request) => [request.path, request.body])).toEqual([
      ["/api/v10/users/@me/channels", { recipient_id: "42" }],
      ["/api/v10/channels/777/messages", expect.objectContaining({ allowed_mentions: { parse: [] } })],
    ]);
  });

  it("renders posts as replies are rendered: escaped, within Discord's limits, with action and link buttons", async () => {
    const sender = await senderFor(created);
    await sender.send(
      delivery({
        post: {
          language: "en",
          summary: "x".repeat(2_500),
          blocks: [
            { kind: "heading", text: "t".repeat(300) },
            { kind: "text", text: `**not bold** <@123> ${"x".repeat(2_500)}` },
            {
              kind: "fields",
              fields: Array.from({ length: 30 }, (_, index) => ({
                label: `field ${index}`,
                value: "v".repeat(1_100),
              })),
            },
            {
              kind: "buttons",
              buttons: [
                { label: "Post update", invoke: { command: "update", args: ["c1"] }, style: "primary" },
                { label: "Public page", url: "https://ogp.example.org/members/m1" },
              ],
            },
            { kind: "context", text: "DUE-UPDATE" },
          ],
        },
      }),
    );
    const body = api.requests[0]?.body as {
      content: string;
      embeds: {
        title?: string;
        description?: string;
        fields?: { name: string; value: string }[];
        footer?: { text: string };
      }[];
      components: { components: Record<string, unknown>[] }[];
    };
    expect(body.content).toBe("");
    const [first] = body.embeds;
    expect(first!.title!.length).toBe(256);
    expect(first!.description).toMatch(/^\\\*\\\*not bold\\\*\\\* \\<@123>/);
    let total = 0;
    for (const embed of body.embeds) {
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
      expect((embed.fields ?? []).every((field) => field.value.length <= 1_024)).toBe(true);
      total +=
        (embed.title?.length ?? 0) +
        (embed.description?.length ?? 0) +
        (embed.footer?.text.length ?? 0) +
        (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
    }
    expect(body.embeds.length).toBeLessThanOrEqual(10);
    expect(total).toBeLessThanOrEqual(6_000);
    expect(body.components[0]?.components).toEqual([
      { type: 2, style: 1, label: "Post update", custom_id: "update c1" },
      { type: 2, style: 5, label: "Public page", url: "https://ogp.example.org/members/m1" },
    ]);
  });

  it("reads a 429's retry_after in (fractional) seconds, and a global one as platform-wide", async () => {
    const sender = await senderFor((_request, index) =>
      index === 0
        ? { status: 429, body: { message: "You are being rate limited.", retry_after: 1.234, global: false } }
        : { status: 429, headers: { "retry-after": "3" }, body: { retry_after: 2.5, global: true } },
    );
    expect(await sender.send(delivery())).toEqual({
      kind: "rate_limited",
      retryAfterMs: 1_234,
      scope: "channel",
    });
    expect(await sender.send(delivery())).toEqual({
      kind: "rate_limited",
      retryAfterMs: 2_500,
      scope: "platform",
    });
  });

  it("asks for a pause when the route's bucket is empty after a success", async () => {
    const sender = await senderFor((request) => ({
      ...created(request),
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset-after": "0.75" },
    }));
    expect(await sender.send(delivery())).toEqual({
      kind: "sent",
      platformMessageId: "555/9001",
      pauseMs: 750,
    });
  });

  it.each([
    [404, 10003, "Unknown Channel"],
    [403, 50001, "Missing Access"],
    [400, 50007, "Cannot send messages to this user"],
    [403, 50013, "Missing Permissions"],
    [401, 0, "401: Unauthorized"],
  ])("reports HTTP %i code %i as permanent with the reason", async (status, code, message) => {
    const sender = await senderFor(() => ({ status, body: { code, message } }));
    expect(await sender.send(delivery())).toEqual({
      kind: "permanent",
      reason: `/channels/555/messages: HTTP ${status} ${code}: ${message}`,
    });
  });

  it("reports a refused DM (50007) as permanent", async () => {
    const sender = await senderFor(() => ({
      status: 403,
      body: { code: 50007, message: "Cannot send messages to this user" },
    }));
    const result = await sender.send(delivery({ target: "42", isDirectMessage: true }));
    expect(result).toMatchObject({ kind: "permanent" });
    expect(result.kind === "permanent" && result.reason).toContain("50007");
  });

  it("reports 5xx and unreachable servers as transient", async () => {
    const sender = await senderFor(() => ({ status: 502, body: { message: "Bad Gateway" } }));
    expect(await sender.send(delivery())).toEqual({
      kind: "transient",
      error: "/channels/555/messages: HTTP 502",
    });
    const unreachable = createDiscordSender({
      token: "t",
      apiUrl: "http://127.0.0.1:9/api/v10",
      timeoutMs: 2_000,
    });
    expect(await unreachable.send(delivery())).toMatchObject({ kind: "transient" });
  });
});
