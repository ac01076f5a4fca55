import { afterEach, describe, expect, it } from "vitest";
import type { Delivery } from "../../src/outbox/index.js";
import { createSlackSender } from "../../src/platforms/slack/index.js";
import { type FakeApi, type FakeReply, type RecordedRequest, startFakeApi } from "../support/fake-http.js";
import { textPost } from "../support/posts.js";

const delivery = (overrides: Partial<Delivery> = {}): Delivery => ({
  id: "row-1",
  dedupeKey: "DUE-UPDATE:c1:2026-Q3:1:C001",
  kind: "DUE-UPDATE",
  platform: "slack",
  workspaceId: "T001",
  target: "C001",
  isDirectMessage: false,
  post: textPost("Your quarterly update is due."),
  ...overrides,
});

const posted = (request: RecordedRequest): FakeReply => ({
  body: { ok: true, channel: (request.body as { channel: string }).channel, ts: "1700000000.000100" },
});

describe("Slack sender", () => {
  let api: FakeApi;
  afterEach(() => api.close());

  const senderFor = async (reply: (request: RecordedRequest, index: number) => FakeReply) => {
    api = await startFakeApi(reply);
    return createSlackSender({
      token: (workspace) => (workspace === "T001" ? "xoxb-test" : undefined),
      apiUrl: `${api.url}/api`,
    });
  };

  it("posts with the workspace's bot token and returns channel and ts as the message id", async () => {
    const sender = await senderFor(posted);
    expect(await sender.send(delivery())).toEqual({
      kind: "sent",
      platformMessageId: "C001/1700000000.000100",
    });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]).toMatchObject({ method: "POST", path: "/api/chat.postMessage" });
    expect(api.requests[0]?.headers.authorization).toBe("Bearer xoxb-test");
    expect(api.requests[0]?.body).toMatchObject({
      channel: "C001",
      text: "Your quarterly update is due.",
      unfurl_links: false,
      metadata: { event_payload: { outbox_id: "row-1", dedupe_key: "DUE-UPDATE:c1:2026-Q3:1:C001" } },
    });
    expect(sender.minIntervalMs).toBe(1_000);
  });

  it("opens the DM first and posts into the conversation it returns", async () => {
    const sender = await senderFor((request) =>
      request.path.endsWith("conversations.open")
        ? { body: { ok: true, channel: { id: "D042" } } }
        : posted(request),
    );
    expect(await sender.send(delivery({ target: "U042", isDirectMessage: true }))).toEqual({
      kind: "sent",
      platformMessageId: "D042/1700000000.000100",
    });
    expect(api.requests.map((request) => [request.path, request.body])).toEqual([
      ["/api/conversations.open", { users: "U042" }],
      ["/api/chat.postMessage", expect.objectContaining({ channel: "D042" })],
    ]);
  });

  it("escapes user text so it can never ping: no <!channel>, <!here>, <!everyone> or <@user> survives", async () => {
    const sender = await senderFor(posted);
    const hostile = "<!channel> <!here|here> <!everyone> <@U999> <!subteam^S1> & <https://evil.example|x>";
    await sender.send(
      delivery({
        post: {
          language: "en",
          summary: hostile,
          blocks: [
            { kind: "text", text: hostile },
            { kind: "fields", fields: [{ label: "<!here>", value: hostile }] },
            {
              kind: "buttons",
              buttons: [{ label: "Post update", invoke: { command: "update", args: ["c1"] } }],
            },
            { kind: "context", text: hostile },
          ],
        },
      }),
    );
    const body = JSON.stringify(api.requests[0]?.body);
    expect(body).not.toMatch(/<[!@]/);
    expect(body).not.toContain("<http");
    expect(body).toContain("&lt;!channel&gt; &lt;!here|here&gt; &lt;!everyone&gt; &lt;@U999&gt;");
    expect(body).toContain("&amp; &lt;https://evil.example|x&gt;");
    const sent = api.requests[0]?.body as {
      blocks: { text?: { verbatim?: boolean } }[];
      link_names: boolean;
    };
    expect(sent.link_names).toBe(false);
    expect(sent.blocks[0]?.text?.verbatim).toBe(true);
  });

  it("keeps escaped text within Block Kit's limits instead of being refused", async () => {
    const sender = await senderFor(posted);
    await sender.send(delivery({ post: textPost("<".repeat(5_000)) }));
    const sent = api.requests[0]?.body as { text: string; blocks: { text: { text: string } }[] };
    expect(sent.blocks[0]?.text.text.length).toBeLessThanOrEqual(3_000);
    expect(sent.text.length).toBeLessThanOrEqual(3_000);
    expect(sent.text.endsWith("…")).toBe(true);
  });

  it("reports HTTP 429 as rate limited with Retry-After, without waiting", async () => {
    const sender = await senderFor(() => ({
      status: 429,
      headers: { "retry-after": "7" },
      body: { ok: false, error: "ratelimited" },
    }));
    expect(await sender.send(delivery())).toEqual({
      kind: "rate_limited",
      retryAfterMs: 7_000,
      scope: "channel",
    });
  });

  it("reports a rate-limited conversations.open as a workspace-wide wait", async () => {
    const sender = await senderFor(() => ({
      status: 429,
      headers: { "retry-after": "30" },
      body: { ok: false },
    }));
    expect(await sender.send(delivery({ target: "U1", isDirectMessage: true }))).toEqual({
      kind: "rate_limited",
      retryAfterMs: 30_000,
      scope: "workspace",
    });
  });

  it.each([
    "channel_not_found",
    "not_in_channel",
    "is_archived",
    "account_inactive",
    "user_not_found",
    "invalid_auth",
    "token_revoked",
    "missing_scope",
    "invalid_blocks",
  ])("reports %s as permanent, with the error as the reason", async (error) => {
    const sender = await senderFor(() => ({ body: { ok: false, error } }));
    expect(await sender.send(delivery())).toEqual({
      kind: "permanent",
      reason: `chat.postMessage: ${error}`,
    });
  });

  it("reports 5xx, Slack's own transient errors and unreachable servers as transient", async () => {
    const sender = await senderFor((_request, index) =>
      index === 0 ? { status: 503, body: { ok: false } } : { body: { ok: false, error: "internal_error" } },
    );
    expect(await sender.send(delivery())).toEqual({ kind: "transient", error: "chat.postMessage: HTTP 503" });
    expect(await sender.send(delivery())).toEqual({
      kind: "transient",
      error: "chat.postMessage: internal_error",
    });
    const unreachable = createSlackSender({
      token: () => "xoxb",
      apiUrl: "http://127.0.0.1:9/api",
      timeoutMs: 2_000,
    });
    expect(await unreachable.send(delivery())).toMatchObject({ kind: "transient" });
  });

  it("fails permanently, without a request, for a workspace it has no token for", async () => {
    const sender = await senderFor(posted);
    expect(await sender.send(delivery({ workspaceId: "T999" }))).toEqual({
      kind: "permanent",
      reason: "no Slack installation for workspace T999",
    });
    expect(api.requests).toHaveLength(0);
  });
});
