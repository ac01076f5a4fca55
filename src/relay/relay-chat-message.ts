import type { Database } from "../db/client.js";
import {
  findRelayedCopySource,
  findRelayTargets,
  findSpeaker,
  namesOfChatUsers,
} from "../db/repositories/circle-relay.js";
import type { Logger } from "../logging/logger.js";
import { t } from "../messages/i18n/index.js";
import { truncate } from "../messages/limits.js";
import { enqueueAlerts, type NewAlert, routedKey } from "../outbox/index.js";
import { relayAlertKey } from "../outbox/relay.js";
import { PLATFORM_NAMES, relayCopyPost } from "./display.js";
import { type ChatMessageEvent, RELAY_KIND, type RelayPost, sourceKeyOf } from "./model.js";
import { mentionedUserIds, neutraliseText, RELAY_ATTACHMENT_LIMIT } from "./neutralise.js";

export interface RelayDeps {
  db: Database;
  now: () => Date;
  logger: Logger;
}

export type RelayOutcome =
  /** The channel is linked to no circle (or to one with no other channel). */
  | { kind: "not_linked" }
  /** The message is a copy the relay posted: relaying it back would loop. */
  | { kind: "own_copy" }
  /** A post or edit with neither text nor an attachment that can be linked to. */
  | { kind: "empty" }
  /** `written` new outbox rows, of `targets` channels (fewer rows when the event came before). */
  | { kind: "relayed"; targets: number; written: number };

const OPS = { posted: "post", edited: "edit", deleted: "delete" } as const;

const ATTACHMENT_NAME_LIMIT = 100;

/** A web address a reader can open, or null (a copy must not carry a link the schema would refuse). */
function webUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

function linkableAttachments(event: ChatMessageEvent): RelayPost["attachments"] {
  return event.attachments
    .flatMap((attachment) => {
      const url = webUrl(attachment.url);
      return url ? [{ name: truncate(attachment.name.trim() || url, ATTACHMENT_NAME_LIMIT), url }] : [];
    })
    .slice(0, RELAY_ATTACHMENT_LIMIT);
}

/**
 * The circles relay (handbook §2.4): a message posted, edited or deleted in a channel linked to a
 * circle is posted, edited or deleted in every other channel of the circle, on either platform,
 * through the outbox (pacing, 429s, retries; each op of each message once per target, however often
 * the platform delivers the event). The circle's channels are read now, so an unlinked channel is
 * neither relayed from nor to. Copies the relay posted itself are never relayed back.
 */
export async function relayChatMessage(deps: RelayDeps, event: ChatMessageEvent): Promise<RelayOutcome> {
  const { db } = deps;
  const targets = await findRelayTargets(db, event);
  if (targets.length === 0) return { kind: "not_linked" };
  const ownCopy = await findRelayedCopySource(db, {
    platform: event.platform,
    workspaceId: event.workspaceId,
    platformMessageId: `${event.channelId}/${event.messageId}`,
  });
  if (ownCopy) return { kind: "own_copy" };

  const op = OPS[event.op];
  const attachments = op === "delete" ? [] : linkableAttachments(event);
  if (op !== "delete" && event.text.trim() === "" && attachments.length === 0) return { kind: "empty" };

  const source = sourceKeyOf(event);
  // A reply under one of our copies belongs to the thread of the message that copy stands for.
  const threadRootSource = event.threadRootId
    ? ((await findRelayedCopySource(db, {
        platform: event.platform,
        workspaceId: event.workspaceId,
        platformMessageId: `${event.channelId}/${event.threadRootId}`,
      })) ?? sourceKeyOf({ ...event, messageId: event.threadRootId }))
    : null;
  const circleId = targets[0]?.circleId ?? "";
  const speaker = event.author
    ? await findSpeaker(db, { ...event, userId: event.author.userId }, circleId)
    : null;
  const names = await namesOfChatUsers(
    db,
    event.platform,
    event.workspaceId,
    mentionedUserIds(event.platform, event.text),
  );
  const avatarUrl = webUrl(event.author?.avatarUrl);
  const now = deps.now();

  const alerts: NewAlert[] = targets.map((target) => {
    const relay: RelayPost = {
      op,
      source,
      threadRootSource,
      author: {
        name:
          event.author?.displayName.trim() ||
          speaker?.personName ||
          t(target.language, "relay.unknown_author", { platform: PLATFORM_NAMES[event.platform] }),
        memberName: speaker?.memberName ?? null,
        platform: event.platform,
        avatarUrl,
      },
      text:
        op === "delete"
          ? ""
          : neutraliseText(event.platform, event.text, {
              names,
              someone: t(target.language, "relay.someone"),
            }),
      attachments,
    };
    const alertKey = relayAlertKey(relay, event.occurredAt);
    const route = { platform: target.platform, workspaceId: target.workspaceId, target: target.channelId };
    return {
      dedupeKey: routedKey(alertKey, route),
      kind: RELAY_KIND,
      alertKey,
      subject: { kind: "circle", id: target.circleId },
      platform: target.platform,
      workspaceId: target.workspaceId,
      target: target.channelId,
      post: relayCopyPost(relay, target.language),
      relay,
    };
  });
  const written = await db.transaction((tx) => enqueueAlerts(tx, alerts, now));
  deps.logger.debug("circle message relayed", { source, op, targets: targets.length, written });
  return { kind: "relayed", targets: targets.length, written };
}
