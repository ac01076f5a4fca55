import type { Env } from "../../config/env.js";

/** Everything the Discord interactions endpoint is configured with. */
export interface DiscordSettings {
  /** The application's Ed25519 public key, hex, from the Developer Portal's General Information. */
  publicKey: string;
  /** REST base including the version (`DISCORD_API_URL`); interaction follow-ups go there. */
  apiUrl: string;
  /**
   * How long to work on an interaction before deferring it (Discord wants a first answer within
   * 3 s). 0 defers every command and click at once, as a host far from Discord may prefer.
   */
  deferAfterMs?: number | undefined;
  /** Retries of a follow-up after a network error or a 5xx; 429s are waited out, other 4xx never retried. */
  retries?: number | undefined;
}

/**
 * Discord is on when interactions can be verified (DISCORD_PUBLIC_KEY). Answering needs no bot token:
 * follow-ups use the interaction's own webhook token. Otherwise null, and `/discord/*` answers 503.
 */
export function discordSettingsFromEnv(env: Env): DiscordSettings | null {
  if (!env.DISCORD_PUBLIC_KEY) return null;
  return { publicKey: env.DISCORD_PUBLIC_KEY, apiUrl: env.DISCORD_API_URL };
}
