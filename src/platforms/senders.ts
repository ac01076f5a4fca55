import type { Env } from "../config/env.js";
import type { Senders } from "../outbox/sender.js";
import type { SlackTokenSource } from "./slack/outbound/post.js";

export interface SenderCredentials {
  /** Resolves a Slack workspace's bot token; no Slack sender without it. */
  slackToken?: SlackTokenSource;
  /** The Discord bot token; no Discord sender without it. */
  discordToken?: string;
}

/**
 * The senders for the platforms that have credentials, at the API addresses the environment names;
 * a platform's code loads only when it has them.
 */
export async function createSenders(
  env: Pick<Env, "SLACK_API_URL" | "DISCORD_API_URL">,
  credentials: SenderCredentials,
): Promise<Senders> {
  const { slackToken, discordToken } = credentials;
  return {
    ...(slackToken
      ? {
          slack: (await import("./slack/outbound/post.js")).createSlackSender({
            token: slackToken,
            apiUrl: env.SLACK_API_URL,
          }),
        }
      : {}),
    ...(discordToken
      ? {
          discord: (await import("./discord/outbound/post.js")).createDiscordSender({
            token: discordToken,
            apiUrl: env.DISCORD_API_URL,
          }),
        }
      : {}),
  };
}
