import type { Delivery, SendResult } from "../../../outbox/sender.js";
import { type RelayDelivery, relayAuthorLabel } from "../../../relay/index.js";
import { escapeSlackText, slackLinkLabel, slackLinkTarget } from "../escape.js";

/** One Web API call as the Slack sender makes it: the reply's body, or the result to report. */
export type SlackCall = (
  method: string,
  body: Record<string, unknown>,
) => Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; result: SendResult }>;

/** `channelId/ts` of a copy, split; null when it is not one. */
function splitMessageId(platformMessageId: string | null): { channel: string; ts: string } | null {
  const [channel, ts] = (platformMessageId ?? "").split("/");
  return channel && ts ? { channel, ts } : null;
}

/** The copy's text in mrkdwn: the neutral text escaped (so it cannot ping), then each attachment's link. */
function relayText(relay: RelayDelivery): string {
  const links = relay.attachments.map(
    (attachment) => `<${slackLinkTarget(attachment.url)}|${slackLinkLabel(attachment.name)}>`,
  );
  return [escapeSlackText(relay.text), ...links].filter((line) => line !== "").join("\n");
}

/**
 * A circle's relayed copy in a Slack channel, posted as its author (`username` and `icon_url`, which
 * `chat:write.customize` allows), under the thread root's copy for a reply; an edit or a deletion
 * changes the copy the outbox found. Slack cannot show a message as another user, so the name
 * carries the member and the platform the author wrote from.
 */
export async function sendRelayedCopy(
  delivery: Delivery,
  relay: RelayDelivery,
  call: SlackCall,
): Promise<SendResult> {
  const channel = delivery.target;
  if (relay.op === "post") {
    const root = splitMessageId(relay.threadRootCopyMessageId);
    const posted = await call("chat.postMessage", {
      channel,
      text: relayText(relay),
      username: relayAuthorLabel(relay.author, delivery.post.language),
      ...(relay.author.avatarUrl ? { icon_url: relay.author.avatarUrl } : {}),
      ...(root && root.channel === channel ? { thread_ts: root.ts } : {}),
      unfurl_links: false,
      unfurl_media: false,
      link_names: false,
      // Marks the copy as ours for whoever reads the channel's history (and audits a duplicate).
      metadata: {
        event_type: "ogp_outbox_alert",
        event_payload: { outbox_id: delivery.id, dedupe_key: delivery.dedupeKey, kind: delivery.kind },
      },
    });
    if (!posted.ok) return posted.result;
    const postedChannel = typeof posted.body.channel === "string" ? posted.body.channel : channel;
    return { kind: "sent", platformMessageId: `${postedChannel}/${String(posted.body.ts ?? "")}` };
  }
  const copy = splitMessageId(relay.copyMessageId);
  if (!copy) return { kind: "permanent", reason: `relay ${relay.op}: no copy to ${relay.op}` };
  if (relay.op === "edit") {
    const updated = await call("chat.update", {
      channel: copy.channel,
      ts: copy.ts,
      text: relayText(relay),
      link_names: false,
    });
    return updated.ok ? { kind: "sent", platformMessageId: `${copy.channel}/${copy.ts}` } : updated.result;
  }
  const deleted = await call("chat.delete", { channel: copy.channel, ts: copy.ts });
  // Already gone (someone removed the copy by hand): what the deletion wanted.
  if (deleted.ok || (deleted.result.kind === "permanent" && /message_not_found$/.test(deleted.result.reason)))
    return { kind: "sent", platformMessageId: `${copy.channel}/${copy.ts}` };
  return deleted.result;
}
