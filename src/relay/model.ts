import { z } from "zod";
import { PLATFORMS, type Platform } from "../domain/vocabularies.js";

/**
 * The circles relay (handbook §2.4, spec §2 Peer-learning circle): a message posted in one channel
 * linked to a circle appears in every other linked channel, on either platform. This module is the
 * contract between the platforms' inbound side (Slack message events, the Discord gateway), the
 * relay use case, the outbox and the platforms' senders; it names no platform API.
 */

/** What happened to a message in a linked channel, as either platform reports it. */
export type ChatMessageOp = "posted" | "edited" | "deleted";

/** One message event from a channel, read by a platform adapter into neutral terms. */
export interface ChatMessageEvent {
  op: ChatMessageOp;
  platform: Platform;
  /** Slack team id, Discord guild id. */
  workspaceId: string;
  channelId: string;
  /** Slack `ts`, Discord message snowflake. */
  messageId: string;
  /** For a reply in a thread: the thread root's message id (Slack `thread_ts`, a Discord thread's starter message). */
  threadRootId: string | null;
  /** Absent on a deletion, whose author the platforms do not always say. */
  author: { userId: string; displayName: string; avatarUrl: string | null } | null;
  /** The text as the platform sent it (its own markup); the relay neutralises it for the other channels. */
  text: string;
  attachments: { name: string; url: string }[];
  occurredAt: Date;
}

/** `platform:workspaceId:channelId:messageId`: what names a source message across the relay. */
export const sourceKeyOf = (event: {
  platform: Platform;
  workspaceId: string;
  channelId: string;
  messageId: string;
}): string => `${event.platform}:${event.workspaceId}:${event.channelId}:${event.messageId}`;

/** The outbox kind of a relayed copy, which alert subscriptions never take. */
export const RELAY_KIND = "circle.relay";

/**
 * A relayed copy as the outbox stores it (the row's payload), for one target channel. The text is
 * already neutral: no mention of the source platform can ping anyone in the target.
 */
export const relayPostSchema = z.object({
  op: z.enum(["post", "edit", "delete"]),
  /** The source message (`sourceKeyOf`): every copy, edit and deletion of one message shares it. */
  source: z.string().min(1),
  /** For a reply: the thread root's source key; the copy is threaded under the root's copy in the target. */
  threadRootSource: z.string().min(1).nullable(),
  author: z.object({
    name: z.string().min(1),
    /** The member the author speaks for, when they hold a role in one. */
    memberName: z.string().nullable(),
    platform: z.enum(PLATFORMS),
    avatarUrl: z.url().nullable(),
  }),
  text: z.string(),
  attachments: z.array(z.object({ name: z.string().min(1), url: z.url() })),
});
export type RelayPost = z.infer<typeof relayPostSchema>;

/**
 * A relayed copy as a sender receives it: the outbox has looked up, among its own sent rows, the
 * copy's id in this target channel (for an edit or a deletion) and the thread root's copy (for a
 * reply), as `platformMessageId`s (`channelId/messageId`).
 */
export interface RelayDelivery extends RelayPost {
  copyMessageId: string | null;
  threadRootCopyMessageId: string | null;
}
