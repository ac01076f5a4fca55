import type { Executor } from "../db/client.js";
import { channelsShareCircle, findRelayCopies } from "../db/repositories/circle-relay.js";
import type { Platform } from "../domain/vocabularies.js";
import { type RelayDelivery, type RelayPost, relayPostSchema } from "../relay/model.js";
import type { OutboxRow } from "./claim.js";
import { type RouteTarget, routedKey } from "./keys.js";

/**
 * The circles relay in the outbox: one row per relayed operation (post, edit, delete) of a source
 * message per target channel. Its payload is a `Post` rendering the copy (for a sender that cannot
 * post as the author) plus the `RelayPost` under `relay`. Before a row is sent, the copies it refers
 * to (the copy to edit or delete, the thread root's copy to reply under) are looked up among the
 * outbox's own sent rows of the same target channel.
 */

/** What a relay row announces before routing: each op of each source message once (an edit once per edit time). */
export function relayAlertKey(relay: Pick<RelayPost, "op" | "source">, editedAt?: Date): string {
  if (relay.op === "edit") {
    if (!editedAt) throw new Error("a relayed edit is keyed by its edit time");
    return `relay:${relay.source}:edit:${editedAt.getTime()}`;
  }
  return `relay:${relay.source}:${relay.op}`;
}

/** The dedupe key of the copy of `source` posted in a target channel: what an edit or a reply refers to. */
export const relayPostKey = (source: string, route: RouteTarget): string =>
  routedKey(relayAlertKey({ op: "post", source }), route);

/** A source key (`sourceKeyOf`) read back into its channel and message; null when it is not one. */
export function parseSourceKey(
  source: string,
): { platform: Platform; workspaceId: string; channelId: string; messageId: string } | null {
  const parts = source.split(":");
  if (parts.length !== 4 || (parts[0] !== "slack" && parts[0] !== "discord")) return null;
  const [platform, workspaceId = "", channelId = "", messageId = ""] = parts as [Platform, ...string[]];
  return channelId && messageId ? { platform, workspaceId, channelId, messageId } : null;
}

/** How long a row waits for the copy it refers to when that copy is still on its way. */
export const RELAY_REFERENCE_WAIT_MS = 2_000;

export type RelayReadiness =
  | { kind: "ready"; relay: RelayDelivery }
  /** A copy it refers to is not sent yet: try again shortly, without counting an attempt. */
  | { kind: "wait"; reason: string }
  /** Nothing to do any more (the copy to edit was never made, or the channels were unlinked). */
  | { kind: "cancel"; reason: string };

/** The relay payload of a row of kind RELAY_KIND, or why it cannot be read. */
export function readRelayPayload(
  payload: unknown,
): { ok: true; relay: RelayPost } | { ok: false; error: string } {
  const parsed = relayPostSchema.safeParse((payload as { relay?: unknown } | null)?.relay);
  return parsed.success ? { ok: true, relay: parsed.data } : { ok: false, error: parsed.error.message };
}

const SETTLED_UNSENT = new Set(["failed", "cancelled"]);

/**
 * Decides whether a relay row can go now, and with which copies. Unlinking stops the relay at once:
 * a pending post or edit whose source and target channels no longer share a circle is cancelled
 * (a deletion still goes, since it only takes a copy away). A thread root whose copy never reached
 * this channel (posted before the link, or failed) leaves the reply at the channel's top level.
 */
export async function prepareRelayDelivery(
  db: Executor,
  row: Pick<OutboxRow, "platform" | "workspaceId" | "target">,
  relay: RelayPost,
): Promise<RelayReadiness> {
  const route: RouteTarget = {
    platform: row.platform as Platform,
    workspaceId: row.workspaceId,
    target: row.target,
  };
  const source = parseSourceKey(relay.source);
  if (!source) return { kind: "cancel", reason: `relay: unreadable source ${relay.source}` };
  if (relay.op !== "delete") {
    const linked = await channelsShareCircle(db, source, {
      platform: route.platform,
      workspaceId: route.workspaceId,
      channelId: route.target,
    });
    if (!linked) return { kind: "cancel", reason: "relay: the channels are no longer linked to one circle" };
  }

  const copyKey = relay.op === "post" ? null : relayPostKey(relay.source, route);
  const root = relay.threadRootSource ? parseSourceKey(relay.threadRootSource) : null;
  // A thread started in this very channel: its root is the original message, not a copy.
  const rootIsHere =
    root !== null &&
    root.platform === route.platform &&
    root.workspaceId === route.workspaceId &&
    root.channelId === route.target;
  const rootKey = relay.threadRootSource && !rootIsHere ? relayPostKey(relay.threadRootSource, route) : null;
  const copies = await findRelayCopies(
    db,
    [copyKey, rootKey].filter((key): key is string => key !== null),
  );

  let copyMessageId: string | null = null;
  if (copyKey) {
    const copy = copies.get(copyKey);
    if (!copy) return { kind: "cancel", reason: "relay: the message was never relayed to this channel" };
    if (SETTLED_UNSENT.has(copy.state))
      return { kind: "cancel", reason: `relay: the copy to ${relay.op} was not delivered (${copy.state})` };
    if (copy.state !== "sent" || !copy.platformMessageId)
      return { kind: "wait", reason: `relay: waiting for the copy to ${relay.op} to be sent` };
    copyMessageId = copy.platformMessageId;
  }

  let threadRootCopyMessageId: string | null = null;
  if (rootIsHere && root) threadRootCopyMessageId = `${root.channelId}/${root.messageId}`;
  else if (rootKey) {
    const rootCopy = copies.get(rootKey);
    if (rootCopy?.state === "sent" && rootCopy.platformMessageId)
      threadRootCopyMessageId = rootCopy.platformMessageId;
    else if (relay.op === "post" && rootCopy && !SETTLED_UNSENT.has(rootCopy.state))
      return { kind: "wait", reason: "relay: waiting for the thread root's copy to be sent" };
  }
  return { kind: "ready", relay: { ...relay, copyMessageId, threadRootCopyMessageId } };
}
