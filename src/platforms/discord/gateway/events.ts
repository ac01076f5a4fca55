import type { Message, PartialMessage } from "discord.js";
import type { ChatMessageEvent, ChatMessageOp } from "../../../relay/model.js";

/**
 * A gateway message as the relay reads it: plain data taken from discord.js's `Message` (a partial
 * one for a deletion of a message the client never saw), so the mapping is a pure function tests
 * drive without a gateway.
 */
export interface SourceMessage {
  id: string;
  /** Null outside a server (a DM): never relayed. */
  guildId: string | null;
  channelId: string;
  /** The text channel (or forum) a thread belongs to, when the message is in a thread. */
  threadParentId: string | null;
  /** Unknown (null) on a partial message: Discord sent only ids. */
  fromBot: boolean | null;
  fromWebhook: boolean;
  /** A join, a pin, a thread-created notice…: Discord's own lines, not someone's words. */
  system: boolean | null;
  author: { userId: string; displayName: string; avatarUrl: string | null } | null;
  content: string | null;
  attachments: { name: string; url: string }[];
  createdAt: Date;
  /** When its content was last edited; null for a message never edited (or a partial one). */
  editedAt: Date | null;
}

type AnyMessage = Message | PartialMessage;

/** Reads what the relay needs from a discord.js message, partial or whole. */
export function sourceMessageOf(message: AnyMessage): SourceMessage {
  const channel = message.channel;
  const inThread = channel?.isThread() ?? false;
  const author = message.author;
  // The server nickname and server avatar first, as the channel shows them.
  const member = message.member;
  return {
    id: message.id,
    guildId: message.guildId,
    channelId: message.channelId,
    threadParentId: inThread && channel?.isThread() ? channel.parentId : null,
    fromBot: author ? author.bot : null,
    fromWebhook: message.webhookId !== null && message.webhookId !== undefined,
    system: message.system,
    author: author
      ? {
          userId: author.id,
          displayName: member?.displayName ?? author.displayName,
          avatarUrl: member?.displayAvatarURL() ?? author.displayAvatarURL(),
        }
      : null,
    content: message.content,
    attachments: [...message.attachments.values()].map((attachment) => ({
      name: attachment.name,
      url: attachment.url,
    })),
    createdAt: new Date(message.createdTimestamp),
    editedAt: message.editedTimestamp ? new Date(message.editedTimestamp) : null,
  };
}

/**
 * Whether the message is someone's words in a server: not a bot's (our alerts and command answers
 * included), not a webhook's (our relayed copies arrive as webhook messages: relaying them would
 * loop), not one of Discord's system lines. A deleted message Discord only names by id passes: the
 * relay finds nothing to delete if it was never relayed.
 */
export function isRelayable(message: SourceMessage): boolean {
  return (
    message.guildId !== null && !message.fromWebhook && message.fromBot !== true && message.system !== true
  );
}

/**
 * The neutral event of a relayable message, else null. In a thread, the linked channel is the
 * thread's parent and the root is the thread's id, which is its starter message's id (a thread
 * started from a message, or a forum post whose first message shares the thread's id; that first
 * message is itself a root). A reply made with Discord's "Reply" (a `message_reference`) is not a
 * thread: it stays a message of the channel, as the channel shows it.
 */
export function chatMessageEventOf(
  op: ChatMessageOp,
  message: SourceMessage,
  occurredAt: Date,
): ChatMessageEvent | null {
  if (!isRelayable(message) || message.guildId === null) return null;
  const inThread = message.threadParentId !== null;
  return {
    op,
    platform: "discord",
    workspaceId: message.guildId,
    channelId: message.threadParentId ?? message.channelId,
    messageId: message.id,
    threadRootId: inThread && message.id !== message.channelId ? message.channelId : null,
    author: op === "deleted" ? null : message.author,
    text: op === "deleted" ? "" : (message.content ?? ""),
    attachments: op === "deleted" ? [] : message.attachments,
    occurredAt,
  };
}
