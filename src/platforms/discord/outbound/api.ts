import type { SendResult } from "../../../outbox/sender.js";
import { describeError, retryAfterHeaderMs } from "../../http.js";

/** A Discord REST answer read for the outbox: the JSON body on success, else what the sender reports. */
export type DiscordCall =
  | { ok: true; body: Record<string, unknown>; headers: Headers }
  | { ok: false; result: SendResult; code: number | null };

export interface DiscordApiOptions {
  /** The bot token. */
  token: string;
  /** `DISCORD_API_URL`; tests point it at a loopback fake. */
  apiUrl: string;
  timeoutMs?: number;
}

export type DiscordMethod = "GET" | "POST" | "PATCH" | "DELETE";

/** Discord answers in seconds (float); a number from the body wins over the header. */
function retryAfterMs(body: Record<string, unknown>, headers: Headers): number {
  if (typeof body.retry_after === "number") return Math.ceil(body.retry_after * 1000);
  return retryAfterHeaderMs(headers) ?? 1_000;
}

/**
 * Calls Discord's REST API with `fetch` (no SDK: the same code runs on Workers) and reads the answer
 * as the outbox needs it. It never retries: 429s become scheduled waits (`channel` scope unless
 * Discord says the limit is global, so one busy channel delays only itself), 5xx and network errors
 * transient failures, every other 4xx a permanent one (Discord bans a bot after 10,000 invalid
 * requests in 10 minutes). `auth: false` is for webhook routes, whose token is in the path.
 */
export function discordApi(options: DiscordApiOptions) {
  const apiUrl = options.apiUrl.replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? 10_000;
  const authorization = `Bot ${options.token}`;

  return async function call(
    method: DiscordMethod,
    route: string,
    body?: Record<string, unknown>,
    auth = true,
  ): Promise<DiscordCall> {
    // The route, without a webhook's token, names the call in failure reasons and logs.
    const shown = route.replace(/^(\/webhooks\/[^/]+\/)[^/?]+/, "$1…");
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${apiUrl}${route}`, {
        method,
        headers: {
          ...(auth ? { authorization } : {}),
          ...(body ? { "content-type": "application/json; charset=utf-8" } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      return {
        ok: false,
        code: null,
        result: { kind: "transient", error: `${shown}: ${describeError(error)}` },
      };
    }
    let json: Record<string, unknown> = {};
    try {
      const parsed: unknown = text ? JSON.parse(text) : {};
      if (parsed !== null && typeof parsed === "object") json = parsed as Record<string, unknown>;
    } catch {
      // An HTML error page from a proxy: the status alone decides.
    }
    const code = typeof json.code === "number" ? json.code : null;
    if (response.status === 429) {
      const global = json.global === true || response.headers.get("x-ratelimit-scope") === "global";
      const result: SendResult = {
        kind: "rate_limited",
        retryAfterMs: retryAfterMs(json, response.headers),
        scope: global ? "platform" : "channel",
      };
      return { ok: false, code, result };
    }
    if (response.status >= 500)
      return { ok: false, code, result: { kind: "transient", error: `${shown}: HTTP ${response.status}` } };
    if (response.status >= 200 && response.status < 300) {
      // A 204 (a deletion) has no body; any other success must be JSON.
      if (response.status === 204 || text) return { ok: true, body: json, headers: response.headers };
      return { ok: false, code, result: { kind: "transient", error: `${shown}: empty reply` } };
    }
    // Every other 4xx is wrong for this target and stays wrong: 401/403, 10003 unknown channel,
    // 10013 unknown user, 50001 missing access, 50007 cannot DM this user, 50013 missing permissions.
    const message = typeof json.message === "string" ? `: ${json.message}` : "";
    return {
      ok: false,
      code,
      result: {
        kind: "permanent",
        reason: `${shown}: HTTP ${response.status}${code !== null ? ` ${code}` : ""}${message}`,
      },
    };
  };
}

export type DiscordApi = ReturnType<typeof discordApi>;

/**
 * After a success whose route bucket is empty: how long to wait for its reset rather than spend a
 * request on a 429.
 */
export function pauseAfter(headers: Headers): { pauseMs?: number } {
  const remaining = headers.get("x-ratelimit-remaining");
  const resetAfter = Number(headers.get("x-ratelimit-reset-after"));
  return remaining === "0" && Number.isFinite(resetAfter) ? { pauseMs: Math.ceil(resetAfter * 1000) } : {};
}
