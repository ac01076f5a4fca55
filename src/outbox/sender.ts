import type { Platform } from "../domain/vocabularies.js";
import type { Post } from "../messages/model.js";
import type { RelayDelivery } from "../relay/model.js";

/** One outbox row, as a sender needs it. */
export interface Delivery {
  id: string;
  dedupeKey: string;
  kind: string;
  platform: Platform;
  workspaceId: string;
  /** Channel id, or user id when `isDirectMessage`. */
  target: string;
  isDirectMessage: boolean;
  post: Post;
  /**
   * Set on a circle's relayed copy (kind RELAY_KIND): the sender posts, edits or deletes it as its
   * author (Slack username/icon, a Discord channel webhook); `post` then renders the same text for a
   * sender that cannot.
   */
  relay?: RelayDelivery;
}

/**
 * Which limit a 429 named: the channel's own (Slack's 1/s per channel, a Discord route bucket), the
 * whole workspace's (a Slack method tier), or the whole platform's (Discord's global limit per bot).
 */
export type RateLimitScope = "channel" | "workspace" | "platform";

export type SendResult =
  /** `platformMessageId` is `channelId/messageId`, enough to edit or thread on the message later. */
  | { kind: "sent"; platformMessageId: string; pauseMs?: number }
  | { kind: "rate_limited"; retryAfterMs: number; scope: RateLimitScope }
  /** Worth retrying later: 5xx, network errors, timeouts. */
  | { kind: "transient"; error: string }
  /** Retrying cannot help (channel gone, bot removed, user refuses DMs, token revoked). */
  | { kind: "permanent"; reason: string };

/**
 * The delivery port: one message to one channel or person on one platform. A sender reports what
 * the platform said and never waits out a rate limit itself, so the outbox can schedule the wait
 * and keep other channels moving. It must not throw (a throw is treated as a transient failure).
 */
export interface ChannelSender {
  /** The least time between two messages to one channel: 1000 for Slack, 0 where only 429s pace. */
  readonly minIntervalMs: number;
  send(delivery: Delivery): Promise<SendResult>;
}

/** The senders a worker delivers through; rows of a platform without one are left for another worker. */
export type Senders = Partial<Record<Platform, ChannelSender>>;
