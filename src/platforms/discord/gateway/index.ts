/**
 * The Discord side of the circles relay, inbound (§2.4): Discord delivers channel messages to a bot
 * only over the gateway (a WebSocket a process holds open), never to the HTTP interactions endpoint,
 * so the Node runtime opens one with discord.js when circles have Discord channels. A Workers
 * deployment cannot hold it. Each message, edit and deletion is read into a neutral
 * `ChatMessageEvent` and handed to `onMessage` (the relay use case), in order per channel.
 */
import {
  Client,
  type ClientEvents,
  Events,
  GatewayIntentBits,
  type Message,
  type PartialMessage,
  Partials,
} from "discord.js";
import type { Logger } from "../../../logging/logger.js";
import type { ChatMessageEvent, ChatMessageOp } from "../../../relay/model.js";
import { describeError } from "../../http.js";
import { chatMessageEventOf, isRelayable, sourceMessageOf } from "./events.js";

export { chatMessageEventOf, isRelayable, type SourceMessage, sourceMessageOf } from "./events.js";

/** Where read events go: the relay use case (`relayChatMessage`), or a test's recorder. */
export type OnChatMessage = (event: ChatMessageEvent) => Promise<void>;

type AnyMessage = Message | PartialMessage;

export interface RelayHandlerOptions {
  onMessage: OnChatMessage;
  logger: Logger;
  now?: () => Date;
}

/** The client events the relay listens to, as functions tests call with discord.js objects. */
export interface RelayHandlers {
  messageCreate(message: AnyMessage): Promise<void>;
  messageUpdate(old: AnyMessage, updated: AnyMessage): Promise<void>;
  messageDelete(message: AnyMessage): Promise<void>;
  messageDeleteBulk(messages: ReadonlyMap<string, AnyMessage>): Promise<void>;
  /** Resolves once every event received so far is handled: tests, shutdown. */
  settled(): Promise<void>;
}

export function createRelayHandlers(options: RelayHandlerOptions): RelayHandlers {
  const { onMessage, logger } = options;
  const now = options.now ?? (() => new Date());
  /** Per channel, the last event's handling: an edit must not overtake the post it edits. */
  const queues = new Map<string, Promise<void>>();

  async function deliver(read: () => Promise<ChatMessageEvent | null>): Promise<void> {
    let event: ChatMessageEvent | null = null;
    try {
      event = await read();
      if (event) await onMessage(event);
    } catch (error) {
      logger.error("discord relay: event not relayed", {
        op: event?.op,
        guild: event?.workspaceId,
        channel: event?.channelId,
        messageId: event?.messageId,
        error: describeError(error),
      });
    }
  }

  /**
   * Queues the reading and handing on of an event behind the channel's earlier ones, at once, in the
   * order the gateway sent them (reading may wait for a fetch).
   */
  function enqueue(message: AnyMessage, read: () => Promise<ChatMessageEvent | null>): Promise<void> {
    const source = sourceMessageOf(message);
    if (!isRelayable(source)) return Promise.resolve();
    const channel = source.threadParentId ?? source.channelId;
    const previous = queues.get(channel) ?? Promise.resolve();
    const handled = previous.then(() => deliver(read));
    queues.set(channel, handled);
    void handled.then(() => {
      if (queues.get(channel) === handled) queues.delete(channel);
    });
    return handled;
  }

  /** A message the client holds only by id (sent before it connected) is read whole first. */
  async function whole(message: AnyMessage): Promise<Message | null> {
    if (!message.partial) return message;
    try {
      return await message.fetch();
    } catch (error) {
      logger.warn("discord relay: edited message unreadable", {
        channel: message.channelId,
        messageId: message.id,
        error: describeError(error),
      });
      return null;
    }
  }

  const eventOf = (op: ChatMessageOp, message: AnyMessage, at: Date) =>
    chatMessageEventOf(op, sourceMessageOf(message), at);

  return {
    messageCreate: (message) =>
      enqueue(message, async () => eventOf("posted", message, new Date(message.createdTimestamp))),

    messageUpdate(old, updated) {
      // Discord also sends an update when it unfurls a link or a message is pinned: only a change of
      // the words sets a new edit time.
      if (!updated.partial && updated.editedTimestamp === null) return Promise.resolve();
      const previousEdit = old.partial ? undefined : old.editedTimestamp;
      return enqueue(updated, async () => {
        const current = await whole(updated);
        if (!current?.editedTimestamp || current.editedTimestamp === previousEdit) return null;
        return eventOf("edited", current, new Date(current.editedTimestamp));
      });
    },

    messageDelete(message) {
      const at = now();
      return enqueue(message, async () => eventOf("deleted", message, at));
    },

    async messageDeleteBulk(messages) {
      const at = now();
      await Promise.all(
        [...messages.values()].map((message) =>
          enqueue(message, async () => eventOf("deleted", message, at)),
        ),
      );
    },

    async settled() {
      while (queues.size > 0) await Promise.all(queues.values());
    },
  };
}

/** Subscribes the handlers to a client's events. */
export function listenForRelay(client: Client, handlers: RelayHandlers): void {
  const on = <Event extends keyof ClientEvents>(
    event: Event,
    handle: (...args: ClientEvents[Event]) => Promise<void>,
  ) => client.on(event, (...args) => void handle(...(args as ClientEvents[Event])));
  on(Events.MessageCreate, (message) => handlers.messageCreate(message));
  on(Events.MessageUpdate, (old, updated) => handlers.messageUpdate(old, updated));
  on(Events.MessageDelete, (message) => handlers.messageDelete(message));
  on(Events.MessageBulkDelete, (messages) => handlers.messageDeleteBulk(messages));
}

/**
 * The client the relay needs: server channels (Guilds), their messages (GuildMessages) with their
 * text (MessageContent, a privileged intent switched on in the Developer Portal), and partial
 * messages, so edits and deletions of messages sent before the client connected still arrive.
 */
export function relayClient(apiUrl?: string): Client {
  const match = apiUrl ? /^(.*?)(?:\/v(\d+))?\/*$/.exec(apiUrl) : null;
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    partials: [Partials.Message],
    ...(match?.[1] ? { rest: { api: match[1], version: match[2] ?? "10" } } : {}),
  });
}

export interface DiscordGatewayOptions extends RelayHandlerOptions {
  token: string;
  /** `DISCORD_API_URL`, for the client's own REST calls (reading partial messages). */
  apiUrl?: string;
}

export interface DiscordGateway {
  /** Disconnects and waits for the events received to be handled. */
  stop(): Promise<void>;
}

/**
 * Connects to the gateway and relays until stopped. A refused login (a revoked token, the Message
 * Content intent not enabled: close code 4014) is logged and leaves the rest of the app running.
 */
export async function startDiscordGateway(options: DiscordGatewayOptions): Promise<DiscordGateway> {
  const { logger } = options;
  const client = relayClient(options.apiUrl);
  const handlers = createRelayHandlers(options);
  listenForRelay(client, handlers);
  client.once(Events.ClientReady, (ready) =>
    logger.info("discord gateway connected", { user: ready.user.id, guilds: ready.guilds.cache.size }),
  );
  client.on(Events.Error, (error) => logger.error("discord gateway error", { error: describeError(error) }));
  try {
    await client.login(options.token);
  } catch (error) {
    logger.error("discord gateway: login refused; circles relay from Discord is off", {
      error: describeError(error),
      hint: "enable the Message Content intent in the Developer Portal (Bot page) and check DISCORD_BOT_TOKEN",
    });
  }
  return {
    async stop() {
      await client.destroy();
      await handlers.settled();
    },
  };
}

export interface RelayGatewayWatchOptions extends DiscordGatewayOptions {
  /** Whether any circle has a Discord channel linked: without one, no connection is held. */
  needed: () => Promise<boolean>;
  /** How often to ask again until one is linked (a minute by default). */
  checkEveryMs?: number;
}

/**
 * Opens the gateway once a circle has a Discord channel linked: now if one is, else at the first
 * check that finds one, so linking the first channel needs no restart.
 */
export function startGatewayWhenNeeded(options: RelayGatewayWatchOptions): DiscordGateway {
  const { logger } = options;
  let gateway: Promise<DiscordGateway> | undefined;
  let stopped = false;
  let timer: ReturnType<typeof setInterval> | undefined;

  async function check(): Promise<void> {
    if (gateway || stopped) return;
    let needed = false;
    try {
      needed = await options.needed();
    } catch (error) {
      logger.warn("discord gateway: could not read the circles' channels", { error: describeError(error) });
    }
    if (!needed || gateway || stopped) return;
    clearInterval(timer);
    gateway = startDiscordGateway(options);
  }

  const first = check();
  timer = setInterval(() => void check(), options.checkEveryMs ?? 60_000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await first;
      await (await gateway)?.stop();
    },
  };
}
