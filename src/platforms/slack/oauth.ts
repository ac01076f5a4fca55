import type { Language } from "../../domain/vocabularies.js";
import type { Logger } from "../../logging/logger.js";
import { t } from "../../messages/i18n/index.js";
import { pickLanguage } from "../../messages/language.js";
import type { OAuthStateStore, SlackInstallationStore } from "./stores.js";
import type { TokenSealer } from "./token-sealer.js";
import type { WebClientPool } from "./web-client.js";

/** Multi-workspace install (`/slack/install` → Slack → `/slack/oauth_redirect`). */
export interface SlackOAuthSettings {
  clientId: string;
  clientSecret: string;
  /** Signs the `state` parameter so a callback can only finish an install this server started. */
  stateSecret: string;
  /** Our `/slack/oauth_redirect` as Slack must call it (from PUBLIC_BASE_URL); Slack's default when absent. */
  redirectUri?: string | undefined;
  scopes: readonly string[];
  /** Seals the bot token before it is stored (SLACK_TOKEN_ENCRYPTION_KEY). */
  sealer: TokenSealer;
}

/**
 * The bot scopes `slack/manifest.json` asks for (a test keeps them in step): the command, posting
 * replies and channel posts (also in public channels the bot was not invited to), opening the direct
 * messages the alerts outbox sends reminders through, and the circles relay: reading the messages of
 * the channels the bot is in (public and private) and posting copies under their author's name.
 */
export const SLACK_BOT_SCOPES = [
  "commands",
  "chat:write",
  "chat:write.public",
  "im:write",
  "channels:history",
  "groups:history",
  "chat:write.customize",
] as const;

const AUTHORIZE_URL = "https://slack.com/oauth/v2/authorize";
const STATE_COOKIE = "ogp_slack_oauth_state";
const STATE_TTL_SECONDS = 10 * 60;
const encoder = new TextEncoder();

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");

async function hmacKey(secret: string) {
  return crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
}

async function createOAuthState(secret: string, now: Date): Promise<string> {
  const expires = Math.floor(now.getTime() / 1000) + STATE_TTL_SECONDS;
  const nonce = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const payload = `${expires}.${nonce}`;
  const mac = new Uint8Array(
    await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(payload)),
  );
  return `${payload}.${base64url(mac)}`;
}

/**
 * A state is ours, unexpired, and the one this browser was given (the cookie), against login CSRF;
 * its nonce and expiry are returned, for the single-use check.
 */
async function verifyOAuthState(
  secret: string,
  state: string,
  cookieState: string | undefined,
  now: Date,
): Promise<{ nonce: string; expiresAt: Date } | null> {
  const [expires = "", nonce = "", mac = ""] = state.split(".");
  if (!cookieState || cookieState !== state || !/^\d+$/.test(expires)) return null;
  if (Number(expires) < now.getTime() / 1000) return null;
  const expected = new Uint8Array(
    await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(`${expires}.${nonce}`)),
  );
  const given = encoder.encode(mac);
  const wanted = encoder.encode(base64url(expected));
  // Same length first, then every byte, so the comparison time does not depend on where they differ.
  let difference = given.length ^ wanted.length;
  for (let i = 0; i < wanted.length; i++) difference |= (given[i] ?? 0) ^ (wanted[i] ?? 0);
  return difference === 0 ? { nonce, expiresAt: new Date(Number(expires) * 1000) } : null;
}

function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/** How an install ended, for the person in the browser: the web layer shows it as a page. */
export interface InstallOutcome {
  status: 200 | 400 | 502;
  language: Language;
  title: string;
  text: string;
  /** Clears the state cookie: a state finishes one install at most. */
  headers: Record<string, string>;
}

const CLEAR_STATE_COOKIE = {
  "set-cookie": `${STATE_COOKIE}=; Path=/slack; Max-Age=0; HttpOnly; Secure; SameSite=Lax`,
};

const outcome = (
  language: Language,
  status: InstallOutcome["status"],
  titleKey: string,
  text: string,
): InstallOutcome => ({
  status,
  language,
  title: t(language, titleKey),
  text,
  headers: CLEAR_STATE_COOKIE,
});

const languageOf = (request: Request): Language =>
  pickLanguage(
    new URL(request.url).searchParams.get("lang") ?? undefined,
    request.headers.get("accept-language") ?? undefined,
  );

/** Starts an install: a signed state in a short-lived cookie, then Slack's consent screen. */
export async function handleInstall(settings: SlackOAuthSettings, now: Date): Promise<Response> {
  const state = await createOAuthState(settings.stateSecret, now);
  const target = new URL(AUTHORIZE_URL);
  target.searchParams.set("client_id", settings.clientId);
  target.searchParams.set("scope", settings.scopes.join(","));
  target.searchParams.set("state", state);
  if (settings.redirectUri) target.searchParams.set("redirect_uri", settings.redirectUri);
  return new Response(null, {
    status: 302,
    headers: {
      location: target.toString(),
      "set-cookie": `${STATE_COOKIE}=${state}; Path=/slack; Max-Age=${STATE_TTL_SECONDS}; HttpOnly; Secure; SameSite=Lax`,
      "cache-control": "no-store",
    },
  });
}

interface OAuthAccess {
  ok?: boolean;
  access_token?: string;
  scope?: string;
  bot_user_id?: string;
  app_id?: string;
  team?: { id?: string; name?: string } | null;
  enterprise?: { id?: string; name?: string } | null;
  authed_user?: { id?: string } | null;
  is_enterprise_install?: boolean;
}

/** Finishes an install: checks the state, exchanges the code for a bot token, stores the installation. */
export async function handleOAuthRedirect(
  request: Request,
  settings: SlackOAuthSettings,
  deps: {
    installations: SlackInstallationStore;
    oauthStates: OAuthStateStore;
    logger: Logger;
    clients: WebClientPool;
    now: Date;
  },
): Promise<InstallOutcome> {
  const language = languageOf(request);
  const url = new URL(request.url);
  if (url.searchParams.get("error"))
    return outcome(language, 400, "slack.oauth.failed_title", t(language, "slack.oauth.cancelled"));
  const code = url.searchParams.get("code");
  const state = url.searchParams.get("state") ?? "";
  const verified = code
    ? await verifyOAuthState(settings.stateSecret, state, readCookie(request, STATE_COOKIE), deps.now)
    : null;
  // A state finishes one install: replaying a callback (with the victim's cookie) finds it used.
  if (!code || !verified || !(await deps.oauthStates.use(verified.nonce, verified.expiresAt, deps.now)))
    return outcome(language, 400, "slack.oauth.failed_title", t(language, "slack.oauth.bad_state"));
  let access: OAuthAccess;
  try {
    access = (await deps.clients.anonymous().oauth.v2.access({
      client_id: settings.clientId,
      client_secret: settings.clientSecret,
      code,
      ...(settings.redirectUri ? { redirect_uri: settings.redirectUri } : {}),
    })) as OAuthAccess;
  } catch (error) {
    deps.logger.warn("slack oauth exchange failed", {
      error:
        (error as { data?: { error?: string } }).data?.error ??
        (error instanceof Error ? error.message : "?"),
    });
    return outcome(language, 502, "slack.oauth.failed_title", t(language, "slack.oauth.exchange_failed"));
  }
  const teamId = access.team?.id ?? "";
  const enterpriseId = access.enterprise?.id ?? "";
  if (!access.access_token || (!teamId && !enterpriseId))
    return outcome(language, 502, "slack.oauth.failed_title", t(language, "slack.oauth.exchange_failed"));
  await deps.installations.save(
    {
      teamId,
      enterpriseId,
      isEnterpriseInstall: access.is_enterprise_install === true,
      botToken: await settings.sealer.seal(access.access_token),
      botId: null,
      botUserId: access.bot_user_id ?? null,
      installerUserId: access.authed_user?.id ?? null,
      scopes: access.scope ?? null,
      // Kept for reference without its secrets: the token lives in `bot_token` only.
      installation: {
        appId: access.app_id ?? null,
        team: access.team ?? null,
        enterprise: access.enterprise ?? null,
        scope: access.scope ?? null,
        botUserId: access.bot_user_id ?? null,
        installerUserId: access.authed_user?.id ?? null,
      },
    },
    { personId: null, label: `slack-oauth:${access.authed_user?.id ?? "?"}`, source: "slack" },
    deps.now,
  );
  deps.logger.info("slack installed", { team: teamId, enterprise: enterpriseId });
  const name = access.team?.name ?? access.enterprise?.name ?? teamId;
  return outcome(
    language,
    200,
    "slack.oauth.done_title",
    t(language, "slack.oauth.done", { workspace: name }),
  );
}
