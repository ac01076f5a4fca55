import { REST } from "@discordjs/rest";

export interface DiscordRestOptions {
  /** `DISCORD_API_URL`: a base that ends with the API version, e.g. https://discord.com/api/v10. */
  apiUrl: string;
  /** The bot token, for routes that need one (command registration); interaction webhooks do not. */
  token?: string | undefined;
  retries?: number | undefined;
  /**
   * The client only answers interactions (their webhooks): Discord does not count those toward the
   * bot's global limit of 50 requests a second, so neither does the client (per-route limits stay).
   */
  interactionsOnly?: boolean;
}

/**
 * A `@discordjs/rest` client for `DISCORD_API_URL`. The client appends `/v{version}` itself, so the
 * version is split off the configured base (the outbox's sender uses the same variable whole).
 * It waits out 429s for their `retry_after` and never retries other 4xx, which would only count
 * toward Discord's invalid-request ban.
 */
export function discordRest(options: DiscordRestOptions): REST {
  const match = /^(.*?)(?:\/v(\d+))?\/*$/.exec(options.apiUrl);
  const rest = new REST({
    api: match?.[1] ?? options.apiUrl,
    version: match?.[2] ?? "10",
    retries: options.retries ?? 3,
    timeout: 10_000,
    ...(options.interactionsOnly ? { globalRequestsPerSecond: Number.POSITIVE_INFINITY } : {}),
  });
  return options.token ? rest.setToken(options.token) : rest;
}
