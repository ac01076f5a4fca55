import type { Executor } from "../db/client.js";
import type { ChannelRef } from "../db/repositories/subscriptions.js";
import { enqueueAlerts, type OutboxMessage } from "../notify/index.js";
import { encodeInvocation } from "./invocation.js";
import type { ReplyBlock } from "./reply.js";

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
  memberId: string | null;
  channels: ChannelRef[];
  summary: string;
  blocks: ReplyBlock[];
}

/** The reply model in the outbox's message shape (see `src/notify/message.ts`). */
function toOutboxMessage(summary: string, blocks: ReplyBlock[]): OutboxMessage {
  const title = blocks.find((block) => block.kind === "heading");
  const body: string[] = [];
  const footer: string[] = [];
  const fields: { label: string; value: string }[] = [];
  const buttons: NonNullable<OutboxMessage["buttons"]> = [];
  for (const block of blocks) {
    if (block.kind === "text") body.push(block.text);
    else if (block.kind === "list") body.push(block.items.map((item) => `• ${item}`).join("\n"));
    else if (block.kind === "context") footer.push(block.text);
    else if (block.kind === "fields")
      fields.push(...block.fields.filter((field) => field.label && field.value));
    else if (block.kind === "links")
      for (const link of block.links) buttons.push({ label: link.label, url: link.url });
    else if (block.kind === "buttons")
      for (const button of block.buttons)
        buttons.push({
          label: button.label,
          action: encodeInvocation(button.invoke),
          ...(button.style ? { style: button.style } : {}),
        });
  }
  return {
    ...(title?.kind === "heading" ? { title: title.text } : {}),
    text: body.join("\n\n") || summary,
    ...(fields.length > 0 ? { fields } : {}),
    ...(buttons.length > 0 ? { buttons } : {}),
    ...(footer.length > 0 ? { footer: footer.join(" · ") } : {}),
  };
}

export async function enqueueChannelPost(tx: Executor, post: ChannelPost, now: Date): Promise<number> {
  const message = toOutboxMessage(post.summary, post.blocks);
  return enqueueAlerts(
    tx,
    post.channels.map((channel) => ({
      dedupeKey: `${post.key}:${channel.platform}:${channel.workspaceId}:${channel.channelId}`,
      kind: post.kind,
      memberId: post.memberId,
      platform: channel.platform,
      workspaceId: channel.workspaceId,
      target: channel.channelId,
      message,
    })),
    now,
  );
}
