/**
 * The Slack adapter's public surface: a thin translator between Slack and the command core, with
 * signature verification in front. `createSlackEndpoints` builds the handlers `createApp` mounts on
 * `/slack/*`; `slackSettingsFromEnv` reads their configuration (null when Slack is not configured).
 */
import { App, LogLevel } from "@slack/bolt";
import type { Database } from "../../db/client.js";
import { claimInboundDelivery } from "../../db/repositories/inbound-deliveries.js";
import type { Logger } from "../../logging/logger.js";
import { authorizeWith, botTokenFor, type SlackTokens } from "./authorize.js";
import { registerBlockActions } from "./inbound/block-action.js";
import { registerAppHomeOpened } from "./inbound/events/app-home-opened.js";
import { registerInstallationRevoked } from "./inbound/events/installation-revoked.js";
import { registerExternalSelects } from "./inbound/external-select.js";
import { deliveryIdOf, readSlackIncoming } from "./inbound/incoming.js";
import type { SlackListenerDeps } from "./inbound/listener-deps.js";
import { HonoReceiver } from "./inbound/receiver.js";
import { verifySlackSignature } from "./inbound/signature.js";
import { registerSlashCommand } from "./inbound/slash-command.js";
import { registerViewSubmissions } from "./inbound/view-submission.js";
import { handleInstall, handleOAuthRedirect } from "./oauth.js";
import type { SlackSettings } from "./settings.js";
import { tokenSealer } from "./token-sealer.js";
import { slackLoggerFrom, WebClientPool, webClientOptions } from "./web-client.js";

export { signSlackRequest } from "./inbound/signature.js";
export { SLACK_BOT_SCOPES } from "./oauth.js";
export { createSlackSender, type SlackSenderOptions, type SlackTokenSource } from "./outbound/post.js";
export { type SlackSettings, slackSettingsFromEnv } from "./settings.js";

export interface SlackDependencies {
  db: Database;
  logger: Logger;
  now?: () => Date;
  /** How replies reach `response_url`s; the global fetch by default. */
  fetch?: typeof fetch;
}

/** What the HTTP app mounts: plain Request → Response handlers, so Hono's routing stays in `createApp`. */
export interface SlackEndpoints {
  /** `POST /slack/events`: slash commands, interactivity and the Events API on one URL. */
  events(request: Request): Promise<Response>;
  /** `GET /slack/install` (multi-workspace mode). */
  install(request: Request): Promise<Response>;
  /** `GET /slack/oauth_redirect` (multi-workspace mode). */
  oauthRedirect(request: Request): Promise<Response>;
  /** Resolves once the work started after earlier acks (replies, modals) has finished: tests, shutdown. */
  settled(): Promise<void>;
  /** The bot token for a workspace, for the alerts outbox's Slack sender. */
  botToken(teamId: string): Promise<string | undefined>;
}

const json = (status: number, body: Record<string, unknown>): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });

export function createSlackEndpoints(settings: SlackSettings, deps: SlackDependencies): SlackEndpoints {
  const { db, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const clientOptions = webClientOptions(settings, logger);
  const clients = new WebClientPool(clientOptions);
  const tokens: SlackTokens = {
    botToken: settings.botToken,
    installations: settings.oauth !== undefined,
    sealer: settings.oauth?.sealer ?? tokenSealer(undefined),
  };
  if (settings.oauth && !settings.oauth.sealer.encrypts)
    logger.warn("SLACK_TOKEN_ENCRYPTION_KEY is not set: workspace bot tokens are stored unencrypted");
  const receiver = new HonoReceiver(logger);
  const app = new App({
    receiver,
    authorize: authorizeWith(db, tokens),
    clientOptions,
    logger: slackLoggerFrom(logger),
    logLevel: LogLevel.WARN,
    // Conversation state is not used; Bolt's default in-memory store would only grow.
    convoStore: false,
  });
  app.error(async (error) => {
    logger.error("slack listener error", { error: error.message, code: error.code });
  });
  const listenerDeps: SlackListenerDeps = {
    commands: { db, logger, now },
    delivery: { logger, fetch: deps.fetch ?? ((input, init) => fetch(input, init)) },
  };
  registerSlashCommand(app, listenerDeps);
  registerBlockActions(app, listenerDeps);
  registerViewSubmissions(app, listenerDeps);
  registerExternalSelects(app, listenerDeps);
  registerAppHomeOpened(app, listenerDeps);
  registerInstallationRevoked(app, listenerDeps);

  async function events(request: Request): Promise<Response> {
    // The signature covers the exact bytes Slack sent: read them once, verify, only then parse.
    const rawBody = new TextDecoder().decode(await request.arrayBuffer());
    const check = await verifySlackSignature({
      signingSecret: settings.signingSecret,
      rawBody,
      timestampHeader: request.headers.get("x-slack-request-timestamp") ?? undefined,
      signatureHeader: request.headers.get("x-slack-signature") ?? undefined,
      now: now(),
    });
    if (!check.ok) {
      logger.warn("slack request refused", { reason: check.reason });
      return json(401, { error: check.reason, message: "The request is not signed by Slack for this app." });
    }
    const incoming = readSlackIncoming(rawBody, request.headers.get("content-type") ?? undefined);
    if (!incoming)
      return json(400, { error: "malformed_payload", message: "Not a Slack command, interaction or event." });
    if (incoming.kind === "url_verification") return json(200, { challenge: incoming.challenge });
    if (incoming.kind === "ssl_check") return new Response(null, { status: 200 });
    // Options requests write nothing and repeat whenever the person types the same text again: each
    // one is answered, never taken for a retried delivery.
    const readOnly = incoming.kind === "interactive" && incoming.body.type === "block_suggestion";
    if (
      !readOnly &&
      !(await claimInboundDelivery(db, "slack", await deliveryIdOf(incoming, rawBody), now()))
    ) {
      logger.info("slack delivery already handled", {
        kind: incoming.kind,
        retry: request.headers.get("x-slack-retry-num") ?? undefined,
      });
      return new Response(null, { status: 200 });
    }
    const retryNum = request.headers.get("x-slack-retry-num");
    const retryReason = request.headers.get("x-slack-retry-reason");
    return receiver.dispatch(incoming.body, {
      ...(retryNum && /^\d+$/.test(retryNum) ? { num: Number(retryNum) } : {}),
      ...(retryReason ? { reason: retryReason } : {}),
    });
  }

  const oauthOff = () =>
    json(404, { error: "oauth_not_configured", message: "This server runs Slack in single-workspace mode." });

  return {
    events,
    install: async () => (settings.oauth ? handleInstall(settings.oauth, now()) : oauthOff()),
    oauthRedirect: async (request) =>
      settings.oauth
        ? handleOAuthRedirect(request, settings.oauth, { db, logger, clients, now: now() })
        : oauthOff(),
    settled: () => receiver.settled(),
    botToken: async (teamId) => (await botTokenFor(db, tokens, teamId)) ?? undefined,
  };
}
