import type { Executor } from "../db/client.js";
import type { ChannelRef } from "../db/repositories/subscriptions.js";
import type { Language } from "../domain/vocabularies.js";
import type { ReplyBlock } from "../messages/model.js";
import { enqueueAlerts, routedKey } from "../outbox/index.js";

/**
 * A message for the channels that follow a member (or the Support Unit's). It goes through the
 * alerts outbox, written in the transaction of the facts it announces, so it is sent exactly when
 * they are stored, on whichever platform each channel lives, with the outbox's retries and pacing.
 */
export interface ChannelPost {
  /** What is announced, once per channel for ever: e.g. `update:<id>:r2`. */
  key: string;
  /** The outbox's alert kind: a rule ID (`MOD-2`) or a product kind (`update.posted`). */
  kind: string;
  /** What the post is about, e.g. `{ kind: "progress_update", id }`. */
  subject: { kind: string; id: string };
  memberId: string | null;
  channels: ChannelRef[];
  /** The language the post is written in: its members'. */
  language: Language;
  summary: string;
  blocks: ReplyBlock[];
}

export async function enqueueChannelPost(tx: Executor, post: ChannelPost, now: Date): Promise<number> {
  return enqueueAlerts(
    tx,
    post.channels.map((channel) => ({
      dedupeKey: routedKey(post.key, {
        platform: channel.platform,
        workspaceId: channel.workspaceId,
        target: channel.channelId,
      }),
      kind: post.kind,
      alertKey: post.key,
      subject: post.subject,
      memberId: post.memberId,
      platform: channel.platform,
      workspaceId: channel.workspaceId,
      target: channel.channelId,
      post: { language: post.language, summary: post.summary, blocks: post.blocks },
    })),
    now,
  );
}
