import type { ChannelSender, Delivery, SendResult } from "../../../outbox/sender.js";
import { describeError, postJson, retryAfterHeaderMs } from "../../http.js";
import { renderPost } from "../render.js";

export interface DiscordSenderOptions {
  /** The bot token. */
  token: string;
  /** `DISCORD_API_URL`; tests point it at a loopback fake. */
  apiUrl: string;
  timeoutMs?: number;
}

type Call = { ok: true; body: Record<string, unknown>; headers: Headers } | { ok: false; result: SendResult };

/** Discord answers in seconds (float); a number from the body wins over the header. */
function retryAfterMs(body: Record<string, unknown>, headers: Headers): number {
  if (typeof body.retry_after === "number") return Math.ceil(body.retry_after * 1000);
  return retryAfterHeaderMs(headers) ?? 1_000;
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
 * Posts outbox messages to channels (DMs: `POST /users/@me/channels` first) with pings disabled.
 * Discord bans a bot after 10,000 invalid requests (401, 403, 429) in 10 minutes, so those are
 * permanent failures or scheduled waits, never immediate retries.
 */
export function createDiscordSender(options: DiscordSenderOptions): ChannelSender {
  const apiUrl = options.apiUrl.replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? 10_000;
  const authorization = `Bot ${options.token}`;

  async function call(route: string, body: Record<string, unknown>): Promise<Call> {
    let reply: Awaited<ReturnType<typeof postJson>>;
    try {
      reply = await postJson(`${apiUrl}${route}`, authorization, body, timeoutMs);
    } catch (error) {
      return { ok: false, result: { kind: "transient", error: `${route}: ${describeError(error)}` } };
    }
    const json = (reply.body ?? {}) as Record<string, unknown>;
    if (reply.status === 429) {
      const global = json.global === true || reply.headers.get("x-ratelimit-scope") === "global";
      const result: SendResult = {
        kind: "rate_limited",
        retryAfterMs: retryAfterMs(json, reply.headers),
        scope: global ? "platform" : "channel",
      };
      return { ok: false, result };
    }
    if (reply.status >= 500) {
      return { ok: false, result: { kind: "transient", error: `${route}: HTTP ${reply.status}` } };
    }
    if (reply.status >= 200 && reply.status < 300 && reply.body !== null) {
      return { ok: true, body: json, headers: reply.headers };
    }
    // Every other 4xx is wrong for this target and stays wrong: 401/403, 10003 unknown channel,
    // 10013 unknown user, 50001 missing access, 50007 cannot DM this user, 50013 missing permissions.
    const code = typeof json.code === "number" ? ` ${json.code}` : "";
    const message = typeof json.message === "string" ? `: ${json.message}` : "";
    return {
      ok: false,
      result: { kind: "permanent", reason: `${route}: HTTP ${reply.status}${code}${message}` },
    };
  }

  return {
    minIntervalMs: 0,
    async send(delivery: Delivery): Promise<SendResult> {
      let channel = delivery.target;
      if (delivery.isDirectMessage) {
        const opened = await call("/users/@me/channels", { recipient_id: delivery.target });
        if (!opened.ok) return opened.result;
        if (typeof opened.body.id !== "string")
          return { kind: "transient", error: "DM channel: no id in the reply" };
        channel = opened.body.id;
      }
      const posted = await call(`/channels/${channel}/messages`, {
        ...renderPost(delivery.post),
        // Within a few minutes, a resend after a crash returns the first message instead of a second one.
        nonce: await nonceOf(delivery.dedupeKey),
        enforce_nonce: true,
      });
      if (!posted.ok) return posted.result;
      const remaining = posted.headers.get("x-ratelimit-remaining");
      const resetAfter = Number(posted.headers.get("x-ratelimit-reset-after"));
      return {
        kind: "sent",
        platformMessageId: `${channel}/${String(posted.body.id ?? "")}`,
        // The route's bucket is empty: wait for its reset rather than spend a request on a 429.
        ...(remaining === "0" && Number.isFinite(resetAfter)
          ? { pauseMs: Math.ceil(resetAfter * 1000) }
          : {}),
      };
    },
  };
}
