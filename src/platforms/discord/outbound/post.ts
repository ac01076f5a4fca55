import type { ChannelSender, Delivery, SendResult } from "../../../outbox/sender.js";
import { renderPost } from "../render.js";
import { discordApi, pauseAfter } from "./api.js";
import { createRelaySender } from "./relay.js";

export interface DiscordSenderOptions {
  /** The bot token. */
  token: string;
  /** `DISCORD_API_URL`; tests point it at a loopback fake. */
  apiUrl: string;
  timeoutMs?: number;
}

/** A stable 25-character nonce (Discord's maximum) per alert, for `enforce_nonce`. */
async function nonceOf(dedupeKey: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(dedupeKey));
  return [...new Uint8Array(digest)]
    .map((byte) => byte.toString(16).padStart(2, "0"))
    .join("")
    .slice(0, 25);
}

/**
 * Posts outbox messages to channels (DMs: `POST /users/@me/channels` first) with pings disabled, and
 * a circle's relayed copies (`delivery.relay`) through the channel's webhook, as their author.
 * Discord bans a bot after 10,000 invalid requests (401, 403, 429) in 10 minutes, so those are
 * permanent failures or scheduled waits, never immediate retries.
 */
export function createDiscordSender(options: DiscordSenderOptions): ChannelSender {
  const call = discordApi(options);
  const relay = createRelaySender(call);

  return {
    minIntervalMs: 0,
    async send(delivery: Delivery): Promise<SendResult> {
      if (delivery.relay) return relay.send(delivery.target, delivery.relay, delivery.post.language);
      let channel = delivery.target;
      if (delivery.isDirectMessage) {
        const opened = await call("POST", "/users/@me/channels", { recipient_id: delivery.target });
        if (!opened.ok) return opened.result;
        if (typeof opened.body.id !== "string")
          return { kind: "transient", error: "DM channel: no id in the reply" };
        channel = opened.body.id;
      }
      const posted = await call("POST", `/channels/${channel}/messages`, {
        ...renderPost(delivery.post),
        // Within a few minutes, a resend after a crash returns the first message instead of a second one.
        nonce: await nonceOf(delivery.dedupeKey),
        enforce_nonce: true,
      });
      if (!posted.ok) return posted.result;
      return {
        kind: "sent",
        platformMessageId: `${channel}/${String(posted.body.id ?? "")}`,
        ...pauseAfter(posted.headers),
      };
    },
  };
}
