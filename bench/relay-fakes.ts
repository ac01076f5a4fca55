/**
 * The loopback platforms of `npm run bench:relay`: a Slack Web API and a Discord REST API that each
 * accept one message per second per channel, answer 429 with Retry-After beyond it, and record every
 * copy they accept with its arrival time, its channel and the benchmark token in its text (how the
 * benchmark counts lost copies and duplicates across both platforms alike).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A relayed copy a fake accepted. */
export interface DeliveredCopy {
  platform: "slack" | "discord";
  channel: string;
  /** The benchmark message the copy stands for (the `relaymsgNNNN` token in its text); null when absent. */
  message: number | null;
  /** Whether the copy carried its author's name (Slack `username`, Discord webhook `username`). */
  asAuthor: boolean;
  at: number;
}

export interface FakeStats {
  requests: number;
  rateLimited: number;
  /** Answers other than a success or a 429: a wrong token, an unknown channel or route. */
  refused: number;
}

export interface FakePlatform {
  /** The API base URL, for `SLACK_API_URL` or `DISCORD_API_URL`. */
  url: string;
  delivered: DeliveredCopy[];
  stats: FakeStats;
  close(): Promise<void>;
}

const TOKEN = /relaymsg(\d+)/;
const messageOf = (text: unknown): number | null => {
  const match = TOKEN.exec(typeof text === "string" ? text : "");
  return match ? Number(match[1]) : null;
};

/** One message per `intervalMs` per channel: when the next may go, and the time left until then. */
class ChannelLimit {
  private readonly last = new Map<string, number>();
  constructor(private readonly intervalMs: number) {}
  /** The wait left in ms (the message is refused), or 0 (accepted and counted). */
  take(channel: string, now: number): number {
    const last = this.last.get(channel);
    if (last !== undefined && now - last < this.intervalMs) return last + this.intervalMs - now;
    this.last.set(channel, now);
    return 0;
  }
}

type Handler = (
  request: IncomingMessage,
  body: Record<string, unknown>,
  reply: (status: number, body: unknown, headers?: Record<string, string>) => void,
) => void;

async function serve(
  handler: Handler,
  stats: FakeStats,
  basePath: string,
): Promise<Pick<FakePlatform, "url" | "close">> {
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    stats.requests += 1;
    const text = Buffer.concat(chunks).toString("utf8");
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      // Refused below by the route's own checks.
    }
    handler(request, body, (status, answer, headers = {}) => {
      if (status !== 200 && status !== 204 && status !== 429) stats.refused += 1;
      response.writeHead(status, { "content-type": "application/json", ...headers });
      response.end(status === 204 ? "" : JSON.stringify(answer));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: `http://127.0.0.1:${port}${basePath}`, close };
}

/**
 * Slack's Web API for the relay: `chat.postMessage` into known channels, each with its workspace's
 * bot token (`tokens`: team id → token; `channels`: channel id → team id). A message sooner than
 * `intervalMs` after the channel's last accepted one gets HTTP 429 and `Retry-After` in whole
 * seconds, rounded up, as Slack sends it.
 */
export async function startRelaySlack(options: {
  intervalMs: number;
  tokens: Map<string, string>;
  channels: Map<string, string>;
}): Promise<FakePlatform> {
  const delivered: DeliveredCopy[] = [];
  const stats: FakeStats = { requests: 0, rateLimited: 0, refused: 0 };
  const limit = new ChannelLimit(options.intervalMs);
  let sequence = 0;
  const server = await serve(
    (request, body, reply) => {
      if (!request.url?.endsWith("/chat.postMessage"))
        return reply(404, { ok: false, error: "unknown_method" });
      const channel = String(body.channel ?? "");
      const team = options.channels.get(channel);
      if (!team) return reply(200, { ok: false, error: "channel_not_found" });
      if (request.headers.authorization !== `Bearer ${options.tokens.get(team)}`)
        return reply(200, { ok: false, error: "invalid_auth" });
      const now = Date.now();
      const wait = limit.take(channel, now);
      if (wait > 0) {
        stats.rateLimited += 1;
        return reply(
          429,
          { ok: false, error: "ratelimited" },
          { "retry-after": String(Math.ceil(wait / 1000)) },
        );
      }
      delivered.push({
        platform: "slack",
        channel,
        message: messageOf(body.text),
        asAuthor: typeof body.username === "string" && body.username !== "",
        at: now,
      });
      sequence += 1;
      return reply(200, {
        ok: true,
        channel,
        ts: `${Math.floor(now / 1000)}.${String(sequence).padStart(6, "0")}`,
      });
    },
    stats,
    "/api",
  );
  return { ...server, delivered, stats };
}

const WEBHOOKS = /^\/api\/v10\/channels\/(\d+)\/webhooks$/;
const EXECUTE = /^\/api\/v10\/webhooks\/(\d+)\/([^/?]+)$/;
const BOT_USER_ID = "1250000000000000001";

/**
 * Discord's REST API for the relay: the bot's user (`GET /users/@me`), channel webhooks (list,
 * create) for known channels with the bot token, and webhook executions (`?wait=true`). One
 * execution per `intervalMs` per channel: beyond it 429 with `retry_after` (seconds, float) and
 * `Retry-After`; every accepted one carries the bucket's `X-RateLimit-*` headers, as Discord's do.
 */
export async function startRelayDiscord(options: {
  intervalMs: number;
  botToken: string;
  channels: Set<string>;
}): Promise<FakePlatform> {
  const delivered: DeliveredCopy[] = [];
  const stats: FakeStats = { requests: 0, rateLimited: 0, refused: 0 };
  const limit = new ChannelLimit(options.intervalMs);
  const webhooks = new Map<string, { id: string; token: string; channel: string }>();
  let sequence = 0n;
  const nextId = () => String(1_300_000_000_000_000_000n + sequence++);
  const server = await serve(
    (request, body, reply) => {
      const url = new URL(request.url ?? "/", "http://fake");
      const botAuthorized = request.headers.authorization === `Bot ${options.botToken}`;
      if (request.method === "GET" && url.pathname === "/api/v10/users/@me")
        return botAuthorized
          ? reply(200, { id: BOT_USER_ID, username: "OGP Local", bot: true })
          : reply(401, { message: "401: Unauthorized", code: 0 });
      const channelWebhooks = WEBHOOKS.exec(url.pathname);
      if (channelWebhooks?.[1]) {
        const channel = channelWebhooks[1];
        if (!botAuthorized) return reply(401, { message: "401: Unauthorized", code: 0 });
        if (!options.channels.has(channel)) return reply(404, { message: "Unknown Channel", code: 10003 });
        const shown = (webhook: { id: string; token: string; channel: string }) => ({
          id: webhook.id,
          type: 1,
          channel_id: webhook.channel,
          name: "OGP Local circles",
          token: webhook.token,
          user: { id: BOT_USER_ID, username: "OGP Local" },
        });
        if (request.method === "GET")
          return reply(
            200,
            [...webhooks.values()].filter((webhook) => webhook.channel === channel).map(shown),
          );
        const id = nextId();
        const webhook = { id, token: `token-${id}`, channel };
        webhooks.set(id, webhook);
        return reply(200, shown(webhook));
      }
      const execute = request.method === "POST" ? EXECUTE.exec(url.pathname) : null;
      if (!execute?.[1]) return reply(404, { message: "404: Not Found", code: 0 });
      const webhook = webhooks.get(execute[1]);
      if (!webhook) return reply(404, { message: "Unknown Webhook", code: 10015 });
      if (webhook.token !== execute[2]) return reply(401, { message: "Invalid Webhook Token", code: 50027 });
      const now = Date.now();
      const wait = limit.take(webhook.channel, now);
      const bucket = { "x-ratelimit-bucket": `webhook-${webhook.id}`, "x-ratelimit-limit": "1" };
      if (wait > 0) {
        stats.rateLimited += 1;
        return reply(
          429,
          { message: "You are being rate limited.", retry_after: wait / 1000, global: false },
          {
            ...bucket,
            "retry-after": String(Math.ceil(wait / 1000)),
            "x-ratelimit-remaining": "0",
            "x-ratelimit-reset-after": (wait / 1000).toFixed(3),
            "x-ratelimit-scope": "user",
          },
        );
      }
      delivered.push({
        platform: "discord",
        channel: webhook.channel,
        message: messageOf(body.content),
        asAuthor: typeof body.username === "string" && body.username !== "",
        at: now,
      });
      const message = { ...body, id: nextId(), channel_id: webhook.channel, webhook_id: webhook.id };
      return reply(url.searchParams.get("wait") === "true" ? 200 : 204, message, {
        ...bucket,
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset-after": (options.intervalMs / 1000).toFixed(3),
      });
    },
    stats,
    "/api/v10",
  );
  return { ...server, delivered, stats };
}
