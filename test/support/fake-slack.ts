import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One Web API call the fake received: the method, its arguments (JSON fields decoded) and the token. */
export interface SlackApiCall {
  method: string;
  args: Record<string, unknown>;
  token: string | null;
}

/** One reply posted to a `response_url`. */
export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

/**
 * A fake Slack on 127.0.0.1: `/api/<method>` answers like the Web API (form-encoded or JSON calls,
 * recorded with their token), `/response/<id>` stands for a command's `response_url`. Point the app's
 * `SLACK_API_URL` at `apiUrl` and put `responseUrl(id)` in payloads.
 */
export class FakeSlack {
  readonly calls: SlackApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  private readonly failures = new Map<string, string>();
  private readonly rateLimits: { method: string; channel: string | undefined; retryAfterSeconds: number }[] =
    [];
  /** What `oauth.v2.access` answers. */
  oauthAccess: Record<string, unknown> = { ok: false, error: "invalid_code" };

  private constructor(
    private readonly server: ReturnType<typeof createServer>,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<FakeSlack> {
    let fake: FakeSlack | undefined;
    const server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString("utf8");
      const limited = fake?.rateLimited(request.url ?? "/", request.headers, text);
      if (limited) {
        response.writeHead(429, { "content-type": "application/json", "retry-after": limited });
        response.end(JSON.stringify({ ok: false, error: "ratelimited" }));
        return;
      }
      const reply = fake?.handle(request.url ?? "/", request.headers, text) ?? { ok: false };
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(reply));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeSlack(server, `http://127.0.0.1:${port}`);
    return fake;
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.baseUrl}/response/${id}`;
  }

  /** The next call of `method` answers `{ ok: false, error }`. */
  failNext(method: string, error: string): void {
    this.failures.set(method, error);
  }

  /**
   * The next call of `method` (to `channel`, when given) answers HTTP 429 with `Retry-After`, as
   * Slack's per-channel limit does; the call is recorded in `rateLimitedCalls`, not in `calls`.
   */
  rateLimitNext(method: string, options: { channel?: string; retryAfterSeconds?: number } = {}): void {
    this.rateLimits.push({
      method,
      channel: options.channel,
      retryAfterSeconds: options.retryAfterSeconds ?? 30,
    });
  }

  readonly rateLimitedCalls: SlackApiCall[] = [];

  callsTo(method: string): SlackApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  responsesTo(id: string): Record<string, unknown>[] {
    return this.responses.filter((post) => post.id === id).map((post) => post.body);
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.rateLimits.length = 0;
    this.rateLimitedCalls.length = 0;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private rateLimited(
    url: string,
    headers: Record<string, string | string[] | undefined>,
    text: string,
  ): string | undefined {
    const method = new URL(url, this.baseUrl).pathname.replace(/^\/api\//, "");
    const args = decodeArgs(text, String(headers["content-type"] ?? ""));
    const index = this.rateLimits.findIndex(
      (limit) => limit.method === method && (limit.channel === undefined || limit.channel === args.channel),
    );
    const limit = this.rateLimits[index];
    if (!limit) return undefined;
    this.rateLimits.splice(index, 1);
    this.rateLimitedCalls.push({ method, args, token: null });
    return String(limit.retryAfterSeconds);
  }

  private handle(url: string, headers: Record<string, string | string[] | undefined>, text: string): unknown {
    const path = new URL(url, this.baseUrl).pathname;
    const args = decodeArgs(text, String(headers["content-type"] ?? ""));
    if (path.startsWith("/response/")) {
      this.responses.push({ id: path.slice("/response/".length), body: args });
      return { ok: true };
    }
    const method = path.replace(/^\/api\//, "");
    const authorization = String(headers.authorization ?? "");
    const token = authorization.startsWith("Bearer ")
      ? authorization.slice(7)
      : ((args.token as string) ?? null);
    this.calls.push({ method, args, token });
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      return { ok: false, error: failure };
    }
    switch (method) {
      case "chat.postMessage":
        return { ok: true, channel: args.channel, ts: `${1_700_000_000 + this.calls.length}.000100` };
      case "chat.update":
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case "chat.delete":
        return { ok: true, channel: args.channel, ts: args.ts };
      case "views.open":
      case "views.update":
      case "views.publish":
        return { ok: true, view: { id: `V${this.calls.length}` } };
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(args.users ?? "")}` } };
      case "oauth.v2.access":
        return this.oauthAccess;
      default:
        return { ok: true };
    }
  }
}

/** The Web API client sends form fields with nested values as JSON strings; the outbox sends JSON. */
function decodeArgs(text: string, contentType: string): Record<string, unknown> {
  if (!text) return {};
  if (contentType.includes("application/json")) return JSON.parse(text) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}
