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
const CHANNEL_WEBHOOKS = /^\/api\/v10\/channels\/([^/]+)\/webhooks$/;
const WEBHOOK_MESSAGE = /^\/api\/v10\/webhooks\/([^/]+)\/([^/]+)\/messages\/(\d+)$/;
const MESSAGE = /^\/api\/v10\/channels\/([^/]+)\/messages\/(\d+)$/;
const START_THREAD = /^\/api\/v10\/channels\/([^/]+)\/messages\/(\d+)\/threads$/;

/** The bot's user id, as `GET /users/@me` answers; the creator of the webhooks the bot creates. */
export const FAKE_BOT_USER_ID = "1250000000000000001";

/** A channel webhook the fake holds: one the bot created (`POST /channels/{id}/webhooks`) or one seeded. */
export interface FakeWebhook {
  id: string;
  token: string;
  channelId: string;
  name: string;
  /** Who created it: the bot (`FAKE_BOT_USER_ID`) or someone else. */
  userId: string;
}

/** A message the fake holds, to answer `GET /channels/{c}/messages/{m}` and thread starts. */
interface StoredMessage {
  channelId: string;
  body: Message;
}

type Message = Record<string, unknown>;

/**
 * A fake Discord REST API on 127.0.0.1 (`DISCORD_API_URL` = `apiUrl`): records interaction
 * follow-ups (`PATCH …/messages/@original`, `POST /webhooks/{app}/{token}`), channel messages, DM
 * channel openings and command registrations, and answers like Discord. For the circles relay it
 * also holds channel webhooks (list, create; names with "discord" or "clyde" refused), executes them
 * (`?wait=true`, `thread_id`), edits and deletes their messages, reads messages and starts threads on
 * them. `rateLimitNext` and `refuseNext` make the next matching call answer 429 with a
 * `retry_after`, or an error, as Discord does; `rateLimitChannelNext` limits one channel's webhook.
 */
export class FakeDiscord {
  private readonly failures: { method: string; path: RegExp; reply: FakeReply }[] = [];
  private issued = 0;
  private readonly channelFailures: { channelId: string; reply: FakeReply }[] = [];
  private readonly webhooks = new Map<string, FakeWebhook>();
  private readonly deletedWebhooks = new Set<string>();
  private readonly messages = new Map<string, StoredMessage>();
  /** Thread id (its starter message's id) → parent channel. */
  private readonly threads = new Map<string, string>();

  private constructor(private readonly api: FakeApi) {}

  static async start(): Promise<FakeDiscord> {
    let fake: FakeDiscord | undefined;
    const api = await startFakeApi((request) => fake?.answer(request) ?? { status: 500 });
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

  /**
   * The next webhook call (execute, edit, delete) that lands in `channelId` answers 429 with
   * `retry_after` seconds: a limit on that channel only, as Discord's per-webhook buckets are.
   */
  rateLimitChannelNext(channelId: string, retryAfter: number): void {
    this.channelFailures.push({
      channelId,
      reply: {
        status: 429,
        headers: { "retry-after": String(retryAfter), "x-ratelimit-scope": "shared" },
        body: { message: "You are being rate limited.", retry_after: retryAfter, global: false },
      },
    });
  }

  /** The channel's webhooks (created by the bot, or seeded), with their tokens. */
  webhooksIn(channelId: string): FakeWebhook[] {
    return [...this.webhooks.values()].filter((webhook) => webhook.channelId === channelId);
  }

  /** A webhook someone else created, or one the bot created before a restart. */
  seedWebhook(webhook: FakeWebhook): void {
    this.webhooks.set(webhook.id, webhook);
  }

  /** Someone deletes a webhook in Discord's settings: calls through it answer 10015 Unknown Webhook. */
  deleteWebhook(id: string): void {
    this.webhooks.delete(id);
    this.deletedWebhooks.add(id);
  }

  /** A message already in a channel (e.g. a copy posted before a restart). */
  seedMessage(channelId: string, body: Message & { id: string }): void {
    this.messages.set(body.id, { channelId, body });
  }

  /** The message as the fake now holds it (content after edits), or undefined once deleted. */
  message(id: string): Message | undefined {
    return this.messages.get(id)?.body;
  }

  /** The parent channel of a thread started from a message, or undefined when none was started. */
  threadParent(threadId: string): string | undefined {
    return this.threads.get(threadId);
  }

  /** The next `method` call whose path matches is refused with a Discord error (e.g. 404, code 10015). */
  refuseNext(method: string, path: RegExp, status: number, code: number, message: string): void {
    this.failures.push({ method, path, reply: { status, body: { message, code } } });
  }

  reset(): void {
    this.api.requests.length = 0;
    this.failures.length = 0;
    this.channelFailures.length = 0;
    this.webhooks.clear();
    this.deletedWebhooks.clear();
    this.messages.clear();
    this.threads.clear();
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

  private answer(request: RecordedRequest): FakeReply {
    const path = pathOf(request);
    const failure = this.failures.findIndex(
      (entry) => entry.method === request.method && entry.path.test(path),
    );
    if (failure >= 0) return this.failures.splice(failure, 1)[0]!.reply;
    // Ids never repeat, even after `reset` or a test clearing the recorded requests.
    const id = String(1_300_000_000_000_000_000n + BigInt(this.issued++));
    if (request.method === "PUT" && COMMANDS.test(path)) {
      const commands = Array.isArray(request.body) ? (request.body as Message[]) : [];
      return { body: commands.map((command, position) => ({ id: `${id}${position}`, ...command })) };
    }
    if (path === "/api/v10/users/@me/channels") {
      const recipient = (request.body as { recipient_id?: string } | null)?.recipient_id ?? "";
      return { body: { id: `dm${recipient}`, type: 1 } };
    }
    const relayed = this.answerRelay(request, path, id);
    if (relayed) return relayed;
    if (ORIGINAL.test(path) || FOLLOW_UP.test(path) || CHANNEL_MESSAGES.test(path)) {
      const channel = CHANNEL_MESSAGES.exec(path)?.[1];
      const message = { id, ...(request.body as Message) };
      if (channel) this.messages.set(id, { channelId: channel, body: { ...message, channel_id: channel } });
      return { body: message };
    }
    return notFound(0, "404: Not Found");
  }

  /** The routes of the circles relay: the bot's webhooks, their messages, threads on messages. */
  private answerRelay(request: RecordedRequest, path: string, id: string): FakeReply | null {
    const { method } = request;
    const query = new URL(request.path, "http://fake").searchParams;
    if (method === "GET" && path === "/api/v10/users/@me")
      return { body: { id: FAKE_BOT_USER_ID, username: "OGP Local", bot: true } };
    const channelWebhooks = CHANNEL_WEBHOOKS.exec(path);
    if (channelWebhooks?.[1]) return this.answerChannelWebhooks(method, channelWebhooks[1], request, id);
    const started = method === "POST" ? START_THREAD.exec(path) : null;
    if (started?.[1] && started[2]) {
      const root = this.messages.get(started[2]);
      if (root?.channelId !== started[1]) return notFound(10008, "Unknown Message");
      if (this.threads.has(started[2]))
        return {
          status: 400,
          body: { message: "A thread has already been created for this message", code: 160004 },
        };
      this.threads.set(started[2], started[1]);
      const name = (request.body as { name?: string } | null)?.name;
      return { status: 201, body: { id: started[2], type: 11, parent_id: started[1], name } };
    }
    const read = method === "GET" ? MESSAGE.exec(path) : null;
    if (read?.[2]) {
      const stored = this.messages.get(read[2]);
      return stored && stored.channelId === read[1]
        ? { body: stored.body }
        : notFound(10008, "Unknown Message");
    }
    const webhookMessage = WEBHOOK_MESSAGE.exec(path);
    const execute = method === "POST" ? FOLLOW_UP.exec(path) : null;
    const webhookId = webhookMessage?.[1] ?? execute?.[1];
    if (!webhookId) return null;
    if (this.deletedWebhooks.has(webhookId)) return notFound(10015, "Unknown Webhook");
    const webhook = this.webhooks.get(webhookId);
    // Not a channel webhook: an interaction's (follow-ups, `@original`), answered by the caller.
    if (!webhook) return null;
    if (webhook.token !== (webhookMessage?.[2] ?? execute?.[2]))
      return notFound(50027, "Invalid Webhook Token");
    const threadId = query.get("thread_id");
    if (threadId && this.threads.get(threadId) !== webhook.channelId)
      return notFound(10003, "Unknown Channel");
    const channel = threadId ?? webhook.channelId;
    const failure = this.channelFailures.findIndex((entry) => entry.channelId === webhook.channelId);
    if (failure >= 0) return this.channelFailures.splice(failure, 1)[0]!.reply;
    if (execute) {
      const body = request.body as Message;
      if (/discord|clyde/i.test(String(body.username ?? "")))
        return { status: 400, body: { message: "Invalid Form Body", code: 50035 } };
      const message = {
        ...body,
        id,
        channel_id: channel,
        webhook_id: webhook.id,
        author: { id: webhook.id, username: body.username ?? webhook.name, bot: true },
      };
      this.messages.set(id, { channelId: channel, body: message });
      return query.get("wait") === "true" ? { body: message } : { status: 204 };
    }
    const messageId = webhookMessage?.[3] ?? "";
    const stored = this.messages.get(messageId);
    if (!stored || stored.channelId !== channel || stored.body.webhook_id !== webhook.id)
      return notFound(10008, "Unknown Message");
    if (method === "DELETE") {
      this.messages.delete(messageId);
      return { status: 204 };
    }
    if (method === "PATCH") {
      stored.body = {
        ...stored.body,
        ...(request.body as Message),
        edited_timestamp: new Date().toISOString(),
      };
      return { body: stored.body };
    }
    return notFound(0, "404: Not Found");
  }

  private answerChannelWebhooks(
    method: string,
    channelId: string,
    request: RecordedRequest,
    id: string,
  ): FakeReply {
    const shown = (webhook: FakeWebhook) => ({
      id: webhook.id,
      type: 1,
      channel_id: webhook.channelId,
      name: webhook.name,
      token: webhook.token,
      user: { id: webhook.userId, username: "creator" },
    });
    if (method === "GET") return { body: this.webhooksIn(channelId).map(shown) };
    if (method !== "POST") return notFound(0, "404: Not Found");
    const name = (request.body as { name?: string } | null)?.name ?? "";
    if (/discord|clyde/i.test(name))
      return { status: 400, body: { message: "Invalid Form Body", code: 50035 } };
    const webhook = { id, token: `token-${id}`, channelId, name, userId: FAKE_BOT_USER_ID };
    this.webhooks.set(id, webhook);
    return { body: shown(webhook) };
  }
}

const notFound = (code: number, message: string): FakeReply => ({ status: 404, body: { message, code } });

/** The path without its query, decoded: `@discordjs/rest` sends `@original` as `%40original`, as Discord accepts. */
const pathOf = (request: RecordedRequest): string =>
  decodeURIComponent(request.path.split("?")[0] ?? request.path);
