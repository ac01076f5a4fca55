import type { Env } from "../config/env.js";
import type { Senders } from "../outbox/sender.js";
import { createDiscordSender } from "./discord/outbound/post.js";
import { createSlackSender, type SlackTokenSource } from "./slack/outbound/post.js";

export interface SenderCredentials {
  /** Resolves a Slack workspace's bot token; no Slack sender without it. */
  slackToken?: SlackTokenSource;
  /** The Discord bot token; no Discord sender without it. */
  discordToken?: string;
}

/** The senders for the platforms that have credentials, at the API addresses the environment names. */
export function createSenders(
  env: Pick<Env, "SLACK_API_URL" | "DISCORD_API_URL">,
  credentials: SenderCredentials,
): Senders {
  return {
    ...(credentials.slackToken
      ? { slack: createSlackSender({ token: credentials.slackToken, apiUrl: env.SLACK_API_URL }) }
      : {}),
    ...(credentials.discordToken
      ? { discord: createDiscordSender({ token: credentials.discordToken, apiUrl: env.DISCORD_API_URL }) }
      : {}),
  };
}
