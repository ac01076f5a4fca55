import { type FakeApi, type FakeReply, type RecordedRequest, startFakeApi } from "./fake-http.js";

/** A command registration the fake received: `PUT /applications/{app}[/guilds/{guild}]/commands`. */
export interface CommandRegistration {
  applicationId: string;
  guildId?: string;
  authorization: string | undefined;
  body: unknown;
}

const ORIGINAL = /^\/api\/v10\/webhooks\/([^/]+)\/([^/]+)\/messages\/@original$/;
const FOLLOW_UP = /^\/api\/v10\/webhooks\/([^/]+)\/([^/]+)$/;
const CHANNEL_MESSAGES = /^\/api\/v10\/channels\/([^/]+)\/messages$/;
const COMMANDS = /^\/api\/v10\/applications\/([^/]+)(?:\/guilds\/([^/]+))?\/commands$/;

type Message = Record<string, unknown>;

/**
 * A fake Discord REST API on 127.0.0.1 (`DISCORD_API_URL` = `apiUrl`): records interaction
 * follow-ups (`PATCH …/messages/@original`, `POST /webhooks/{app}/{token}`), channel messages, DM
 * channel openings and command registrations, and answers like Discord. `rateLimitNext` and
 * `refuseNext` make the next matching call answer 429 with a `retry_after`, or an error, as Discord does.
 */
export class FakeDiscord {
  private readonly failures: { method: string; path: RegExp; reply: FakeReply }[] = [];

  private constructor(private readonly api: FakeApi) {}

  static async start(): Promise<FakeDiscord> {
    let fake: FakeDiscord | undefined;
    const api = await startFakeApi((request, index) => fake?.answer(request, index) ?? { status: 500 });
    fake = new FakeDiscord(api);
    return fake;
  }

  get apiUrl(): string {
    return `${this.api.url}/api/v10`;
  }

  get requests(): RecordedRequest[] {
    return this.api.requests;
  }

  /** Edits of an interaction's original response (the deferred placeholder, or the clicked message). */
  originalEdits(token: string): Message[] {
    return this.bodies("PATCH", ORIGINAL, token);
  }

  /** Follow-up messages posted through an interaction's webhook. */
  followUps(token: string): Message[] {
    return this.bodies("POST", FOLLOW_UP, token);
  }

  channelMessages(channelId: string): Message[] {
    return this.bodies("POST", CHANNEL_MESSAGES, channelId);
  }

  commandRegistrations(): CommandRegistration[] {
    return this.api.requests.flatMap((request) => {
      const match = request.method === "PUT" ? COMMANDS.exec(pathOf(request)) : null;
      if (!match?.[1]) return [];
      const authorization = request.headers.authorization;
      return [
        {
          applicationId: match[1],
          ...(match[2] ? { guildId: match[2] } : {}),
          authorization: Array.isArray(authorization) ? authorization[0] : authorization,
          body: request.body,
        },
      ];
    });
  }

  /** The next `method` call whose path matches answers 429 with `retry_after` seconds. */
  rateLimitNext(method: string, path: RegExp, retryAfter: number): void {
    this.failures.push({
      method,
      path,
      reply: {
        status: 429,
        headers: { "retry-after": String(retryAfter), "x-ratelimit-scope": "user" },
        body: { message: "You are being rate limited.", retry_after: retryAfter, global: false },
      },
    });
  }

  /** The next `method` call whose path matches is refused with a Discord error (e.g. 404, code 10015). */
  refuseNext(method: string, path: RegExp, status: number, code: number, message: string): void {
    this.failures.push({ method, path, reply: { status, body: { message, code } } });
  }

  reset(): void {
    this.api.requests.length = 0;
    this.failures.length = 0;
  }

  stop(): Promise<void> {
    return this.api.close();
  }

  private bodies(method: string, pattern: RegExp, key: string): Message[] {
    return this.api.requests
      .filter((request) => {
        if (request.method !== method) return false;
        const match = pattern.exec(pathOf(request));
        return match !== null && (match[2] ?? match[1]) === key;
      })
      .map((request) => request.body as Message);
  }

  private answer(request: RecordedRequest, index: number): FakeReply {
    const path = pathOf(request);
    const failure = this.failures.findIndex(
      (entry) => entry.method === request.method && entry.path.test(path),
    );
    if (failure >= 0) return this.failures.splice(failure, 1)[0]!.reply;
    const id = String(1_300_000_000_000_000_000n + BigInt(index));
    if (request.method === "PUT" && COMMANDS.test(path)) {
      const commands = Array.isArray(request.body) ? (request.body as Message[]) : [];
      return { body: commands.map((command, position) => ({ id: `${id}${position}`, ...command })) };
    }
    if (path === "/api/v10/users/@me/channels") {
      const recipient = (request.body as { recipient_id?: string } | null)?.recipient_id ?? "";
      return { body: { id: `dm${recipient}`, type: 1 } };
    }
    if (ORIGINAL.test(path) || FOLLOW_UP.test(path) || CHANNEL_MESSAGES.test(path))
      return { body: { id, ...(request.body as Message) } };
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }
}

/** The path without its query, decoded: `@discordjs/rest` sends `@original` as `%40original`, as Discord accepts. */
const pathOf = (request: RecordedRequest): string =>
  decodeURIComponent(request.path.split("?")[0] ?? request.path);
