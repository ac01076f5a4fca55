import type { Authorize, AuthorizeResult } from "@slack/bolt";
import type { SlackInstallationStore } from "./stores.js";
import type { TokenSealer } from "./token-sealer.js";

/** Which tokens this server holds: one workspace's bot token, OAuth installations, or both. */
export interface SlackTokens {
  botToken?: string | undefined;
  botUserId?: string | undefined;
  installations: boolean;
  /** How installations' tokens are stored. */
  sealer: TokenSealer;
}

/**
 * Bolt's `authorize`: the installation of the request's workspace when OAuth is on, else the single
 * bot token. Bolt never calls `auth.test` with it, so start-up and every request stay offline-safe.
 */
export function authorizeWith(
  installations: SlackInstallationStore,
  tokens: SlackTokens,
): Authorize<boolean> {
  return async (source): Promise<AuthorizeResult> => {
    if (tokens.installations) {
      const installation = await installations.find({
        teamId: source.teamId,
        enterpriseId: source.enterpriseId,
        isEnterpriseInstall: source.isEnterpriseInstall,
      });
      if (installation)
        return {
          botToken: await tokens.sealer.open(installation.botToken),
          ...(installation.botId ? { botId: installation.botId } : {}),
          ...(installation.botUserId ? { botUserId: installation.botUserId } : {}),
          ...(source.teamId ? { teamId: source.teamId } : {}),
          ...(source.enterpriseId ? { enterpriseId: source.enterpriseId } : {}),
        };
    }
    if (tokens.botToken)
      return { botToken: tokens.botToken, ...(tokens.botUserId ? { botUserId: tokens.botUserId } : {}) };
    throw new Error(`no Slack installation for team ${source.teamId ?? source.enterpriseId ?? "?"}`);
  };
}

/** The bot token for posting to a workspace other than the request's (a subscribed channel elsewhere). */
export async function botTokenFor(
  installations: SlackInstallationStore,
  tokens: SlackTokens,
  teamId: string,
): Promise<string | null> {
  if (tokens.installations) {
    const installation = await installations.find({
      teamId,
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    if (installation) return tokens.sealer.open(installation.botToken);
  }
  return tokens.botToken ?? null;
}
