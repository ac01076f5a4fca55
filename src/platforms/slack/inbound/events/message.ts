import type { App } from "@slack/bolt";
import { type ChatMessageEvent, relayChatMessage } from "../../../../relay/index.js";
import type { SlackListenerDeps } from "../listener-deps.js";

/**
 * Channel messages (`message.channels`, `message.groups`) for the circles relay. Like every event,
 * the request was acknowledged before this runs (the ingress queues events as acknowledged work), so
 * the relay's reads and outbox writes never hold up Slack's 3-second deadline.
 */
export function registerMessageEvents(app: App, deps: SlackListenerDeps): void {
  const { db, logger } = deps.commands;
  const now = deps.commands.now ?? (() => new Date());
  app.event("message", async ({ event, body }) => {
    const teamId = (body as { team_id?: string }).team_id ?? "";
    const message = readSlackMessage(event as unknown as Record<string, unknown>, teamId);
    if (!message) return;
    const outcome = await relayChatMessage({ db, logger, now }, message);
    if (outcome.kind === "relayed")
      logger.debug("slack message relayed", { channel: message.channelId, op: message.op, ...outcome });
  });
}

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Subtypes that are a person's message; every other one is the system's (joins, topic changes…). */
const PERSON_SUBTYPES = new Set([undefined, "file_share", "thread_broadcast", "me_message"]);

/** Slack `ts` ("1700000000.000100") as an instant. */
const instantOf = (ts: string): Date => new Date(Math.round(Number(ts) * 1000));

/** A bot's message, ours included (a relayed copy is posted by our bot, under its author's name). */
const fromBot = (message: Fields): boolean => Boolean(message.bot_id) || message.subtype === "bot_message";

/** The thread a message replies in; null for a top-level message or a thread's root itself. */
function threadRootOf(message: Fields): string | null {
  const thread = text(message.thread_ts);
  return thread && thread !== text(message.ts) ? thread : null;
}

function authorOf(message: Fields): ChatMessageEvent["author"] {
  const userId = text(message.user);
  if (!userId) return null;
  // Message events carry the poster's profile; without it the relay names a linked person itself.
  const profile = isRecord(message.user_profile) ? message.user_profile : {};
  const displayName = text(profile.display_name) || text(profile.real_name) || text(profile.name) || "";
  return { userId, displayName, avatarUrl: text(profile.image_72) ?? null };
}

/** Shared files, as links: a Slack file's permalink opens for members of its workspace. */
function attachmentsOf(message: Fields): ChatMessageEvent["attachments"] {
  const files = Array.isArray(message.files) ? message.files.filter(isRecord) : [];
  return files.flatMap((file) => {
    const url = text(file.permalink) ?? text(file.url_private);
    if (!url || file.mode === "tombstone" || file.mode === "hidden_by_limit") return [];
    return [{ name: text(file.title) || text(file.name) || url, url }];
  });
}

const sameFiles = (a: Fields, b: Fields): boolean =>
  JSON.stringify(attachmentsOf(a)) === JSON.stringify(attachmentsOf(b));

/**
 * A Slack message event in neutral terms, or null when it is not a person's message to relay: bots
 * (our own copies included), system subtypes, and `message_changed` events that are no edit (Slack
 * sends those when a link unfurls or a thread gains a reply).
 */
export function readSlackMessage(event: Fields, teamId: string): ChatMessageEvent | null {
  const channelId = text(event.channel);
  if (event.type !== "message" || !channelId) return null;
  const base = { platform: "slack" as const, workspaceId: teamId, channelId };

  if (event.subtype === "message_deleted") {
    const messageId = text(event.deleted_ts);
    const previous = isRecord(event.previous_message) ? event.previous_message : {};
    if (!messageId || fromBot(previous)) return null;
    return {
      ...base,
      op: "deleted",
      messageId,
      threadRootId: threadRootOf(previous),
      author: authorOf(previous),
      text: "",
      attachments: [],
      occurredAt: instantOf(text(event.ts) ?? messageId),
    };
  }

  if (event.subtype === "message_changed") {
    const message = isRecord(event.message) ? event.message : null;
    const messageId = message ? text(message.ts) : undefined;
    if (!message || !messageId || fromBot(message)) return null;
    // A root deleted while it has replies stays as a tombstone: for the other channels it is gone.
    if (message.subtype === "tombstone")
      return {
        ...base,
        op: "deleted",
        messageId,
        threadRootId: null,
        author: null,
        text: "",
        attachments: [],
        occurredAt: instantOf(text(event.ts) ?? messageId),
      };
    const edited = isRecord(message.edited) ? text(message.edited.ts) : undefined;
    const previous = isRecord(event.previous_message) ? event.previous_message : null;
    if (!edited || !text(message.user)) return null;
    if (previous && previous.text === message.text && sameFiles(previous, message)) return null;
    return {
      ...base,
      op: "edited",
      messageId,
      threadRootId: threadRootOf(message),
      author: authorOf(message),
      text: text(message.text) ?? "",
      attachments: attachmentsOf(message),
      occurredAt: instantOf(edited),
    };
  }

  const messageId = text(event.ts);
  if (!PERSON_SUBTYPES.has(text(event.subtype)) || fromBot(event) || !messageId || !text(event.user))
    return null;
  return {
    ...base,
    op: "posted",
    messageId,
    threadRootId: threadRootOf(event),
    author: authorOf(event),
    text: text(event.text) ?? "",
    attachments: attachmentsOf(event),
    occurredAt: instantOf(messageId),
  };
}
