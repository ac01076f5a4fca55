import type { ChannelSender, Delivery, RateLimitScope, SendResult } from "../../../outbox/sender.js";
import { describeError, postJson, retryAfterHeaderMs } from "../../http.js";
import { renderMessage } from "../render.js";
import { sendRelayedCopy } from "./relay.js";

/** A workspace's bot token (from its installation); undefined when the app is not installed there. */
export type SlackTokenSource = (workspaceId: string) => string | undefined | Promise<string | undefined>;

export interface SlackSenderOptions {
  token: SlackTokenSource;
  /** `SLACK_API_URL` (a trailing slash or none); tests and benchmarks point it at a loopback fake. */
  apiUrl: string;
  timeoutMs?: number;
}

/** `ok: false` errors that go away by themselves; every other error needs a person to act. */
const TRANSIENT_ERRORS = new Set([
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
  "team_added_to_org",
]);

type Call = { ok: true; body: Record<string, unknown> } | { ok: false; result: SendResult };

/**
 * Posts outbox messages with `chat.postMessage` (DMs: `conversations.open` first); a circle's relayed
 * copy is posted, updated or deleted as its author (`./relay.ts`). Rate limits come
 * back as results, never as waits (Slack's own client would hide them), and the channel limit of
 * about one message per second is declared so the outbox paces before sending.
 */
export function createSlackSender(options: SlackSenderOptions): ChannelSender {
  const apiUrl = options.apiUrl.replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function call(
    method: string,
    token: string,
    body: Record<string, unknown>,
    rateScope: RateLimitScope,
  ): Promise<Call> {
    let reply: Awaited<ReturnType<typeof postJson>>;
    try {
      reply = await postJson(`${apiUrl}/${method}`, `Bearer ${token}`, body, timeoutMs);
    } catch (error) {
      return { ok: false, result: { kind: "transient", error: `${method}: ${describeError(error)}` } };
    }
    const json = (reply.body ?? {}) as Record<string, unknown>;
    const error = typeof json.error === "string" ? json.error : undefined;
    if (reply.status === 429 || error === "ratelimited") {
      const retryAfterMs = retryAfterHeaderMs(reply.headers) ?? 1_000;
      return { ok: false, result: { kind: "rate_limited", retryAfterMs, scope: rateScope } };
    }
    if (reply.status >= 500) {
      return { ok: false, result: { kind: "transient", error: `${method}: HTTP ${reply.status}` } };
    }
    if (reply.status !== 200 || reply.body === null) {
      return { ok: false, result: { kind: "permanent", reason: `${method}: HTTP ${reply.status}` } };
    }
    if (json.ok === true) return { ok: true, body: json };
    const code = error ?? "unknown_error";
    return {
      ok: false,
      result: TRANSIENT_ERRORS.has(code)
        ? { kind: "transient", error: `${method}: ${code}` }
        : { kind: "permanent", reason: `${method}: ${code}` },
    };
  }

  return {
    minIntervalMs: 1_000,
    async send(delivery: Delivery): Promise<SendResult> {
      const token = await options.token(delivery.workspaceId);
      if (!token)
        return { kind: "permanent", reason: `no Slack installation for workspace ${delivery.workspaceId}` };
      if (delivery.relay)
        return sendRelayedCopy(delivery, delivery.relay, (method, body) =>
          call(method, token, body, "channel"),
        );
      let channel = delivery.target;
      if (delivery.isDirectMessage) {
        // Opening a DM is limited per workspace, not per channel.
        const opened = await call("conversations.open", token, { users: delivery.target }, "workspace");
        if (!opened.ok) return opened.result;
        const id = (opened.body.channel as { id?: unknown } | undefined)?.id;
        if (typeof id !== "string") return { kind: "transient", error: "conversations.open: no channel id" };
        channel = id;
      }
      const posted = await call(
        "chat.postMessage",
        token,
        {
          channel,
          ...renderMessage(delivery.post),
          unfurl_links: false,
          unfurl_media: false,
          link_names: false,
          // Ties the message to its outbox row for whoever reads the channel's history or audits a duplicate.
          metadata: {
            event_type: "ogp_outbox_alert",
            event_payload: { outbox_id: delivery.id, dedupe_key: delivery.dedupeKey, kind: delivery.kind },
          },
        },
        "channel",
      );
      if (!posted.ok) return posted.result;
      // ok: true means posted: even a reply missing its fields must not be retried into a duplicate.
      const postedChannel = typeof posted.body.channel === "string" ? posted.body.channel : channel;
      return { kind: "sent", platformMessageId: `${postedChannel}/${String(posted.body.ts ?? "")}` };
    },
  };
}
