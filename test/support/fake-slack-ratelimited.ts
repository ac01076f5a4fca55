import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface AcceptedMessage {
  channel: string;
  /** From the message metadata the Slack sender attaches: how the benchmark counts lost and duplicates. */
  dedupeKey: string | null;
  at: number;
}

export interface FakeSlackOptions {
  /** Least time between two accepted messages in one channel (Slack: about 1 s). */
  intervalMs?: number;
  /** The server refuses everything after this many requests, so a runaway client cannot spin it for ever. */
  maxRequests?: number;
  /** And closes itself after this long. */
  lifetimeMs?: number;
}

export interface FakeSlack {
  /** The Web API base URL, for `SLACK_API_URL`. */
  url: string;
  accepted: AcceptedMessage[];
  stats: { requests: number; rateLimited: number };
  close(): Promise<void>;
}

/**
 * A loopback Slack Web API that enforces the per-channel limit like Slack does: a message sooner
 * than `intervalMs` after the last accepted one in its channel gets HTTP 429 with `Retry-After`
 * (whole seconds, rounded up). `chat.postMessage` and `conversations.open` (DM id = `D` + user id).
 */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const intervalMs = options.intervalMs ?? 1_000;
  const maxRequests = options.maxRequests ?? 100_000;
  const lastAccepted = new Map<string, number>();
  const accepted: AcceptedMessage[] = [];
  const stats = { requests: 0, rateLimited: 0 };
  let sequence = 0;

  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    stats.requests += 1;
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { "content-type": "application/json", ...headers });
      response.end(JSON.stringify(body));
    };
    if (stats.requests > maxRequests) return reply(503, { ok: false, error: "fake_exhausted" });
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
    if (request.url?.endsWith("/conversations.open")) {
      return reply(200, { ok: true, channel: { id: `D${String(body.users)}` } });
    }
    if (!request.url?.endsWith("/chat.postMessage"))
      return reply(404, { ok: false, error: "unknown_method" });
    const channel = String(body.channel);
    const now = Date.now();
    const last = lastAccepted.get(channel);
    if (last !== undefined && now - last < intervalMs) {
      stats.rateLimited += 1;
      const retryAfter = Math.max(1, Math.ceil((last + intervalMs - now) / 1000));
      return reply(429, { ok: false, error: "ratelimited" }, { "retry-after": String(retryAfter) });
    }
    lastAccepted.set(channel, now);
    const metadata = body.metadata as { event_payload?: { dedupe_key?: unknown } } | undefined;
    const dedupeKey = metadata?.event_payload?.dedupe_key;
    accepted.push({ channel, dedupeKey: typeof dedupeKey === "string" ? dedupeKey : null, at: now });
    sequence += 1;
    return reply(200, {
      ok: true,
      channel,
      ts: `${Math.floor(now / 1000)}.${String(sequence).padStart(6, "0")}`,
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(lifetime);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const lifetime = setTimeout(() => void close(), options.lifetimeMs ?? 10 * 60_000);
  lifetime.unref();
  return { url: `http://127.0.0.1:${port}/api`, accepted, stats, close };
}
