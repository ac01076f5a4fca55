import type { Env } from "../../config/env.js";
import { SLACK_BOT_SCOPES, type SlackOAuthSettings } from "./oauth.js";
import { tokenSealer } from "./token-sealer.js";
import type { SlackApiSettings } from "./web-client.js";

/** Everything the Slack adapter is configured with. */
export interface SlackSettings extends SlackApiSettings {
  signingSecret: string;
  /** Single-workspace mode: the bot token of the one workspace. */
  botToken?: string | undefined;
  /** Multi-workspace mode: OAuth install with installations stored in the database. */
  oauth?: SlackOAuthSettings | undefined;
}

/**
 * Slack is on when requests can be verified (SLACK_SIGNING_SECRET) and answered: a bot token, or the
 * OAuth client id, secret and state secret. Otherwise null, and `/slack/*` answers 503.
 */
export function slackSettingsFromEnv(env: Env): SlackSettings | null {
  if (!env.SLACK_SIGNING_SECRET) return null;
  const oauth =
    env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET && env.SLACK_STATE_SECRET
      ? {
          clientId: env.SLACK_CLIENT_ID,
          clientSecret: env.SLACK_CLIENT_SECRET,
          stateSecret: env.SLACK_STATE_SECRET,
          redirectUri: env.PUBLIC_BASE_URL
            ? new URL("/slack/oauth_redirect", env.PUBLIC_BASE_URL).toString()
            : undefined,
          scopes: SLACK_BOT_SCOPES,
          sealer: tokenSealer(env.SLACK_TOKEN_ENCRYPTION_KEY),
        }
      : undefined;
  if (!env.SLACK_BOT_TOKEN && !oauth) return null;
  return {
    signingSecret: env.SLACK_SIGNING_SECRET,
    botToken: env.SLACK_BOT_TOKEN,
    oauth,
    apiUrl: env.SLACK_API_URL,
  };
}
