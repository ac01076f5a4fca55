/**
 * The Slack adapter's public surface: a thin translator between Slack and the command core, with
 * signature verification in front. `createSlackEndpoints` builds the handlers `createApp` mounts on
 * `/slack/*`; `slackSettingsFromEnv` reads their configuration (null when Slack is not configured).
 */
import { App, LogLevel } from "@slack/bolt";
import type { CommandDeps } from "../../commands/index.js";
import { decodeInvocation, FORM_COMMANDS, isCommandName } from "../../messages/invocation.js";
import {
  createIngress,
  type InboundLedger,
  JobRunner,
  jsonResponse,
  malformed,
  type SignatureVerifiers,
} from "../ingress/index.js";
import { authorizeWith, botTokenFor, type SlackTokens } from "./authorize.js";
import { unescapeSlashText } from "./escape.js";
import { registerBlockActions } from "./inbound/block-action.js";
import { registerAppHomeOpened } from "./inbound/events/app-home-opened.js";
import { registerInstallationRevoked } from "./inbound/events/installation-revoked.js";
import { registerMessageEvents } from "./inbound/events/message.js";
import { registerExternalSelects } from "./inbound/external-select.js";
import { deliveryIdOf, readSlackIncoming, type SlackIncoming } from "./inbound/incoming.js";
import type { SlackListenerDeps } from "./inbound/listener-deps.js";
import { HonoReceiver, type SlackRetry } from "./inbound/receiver.js";
import { slackSignatureVerifier } from "./inbound/signature.js";
import { registerSlashCommand } from "./inbound/slash-command.js";
import { registerViewSubmissions } from "./inbound/view-submission.js";
import { handleInstall, handleOAuthRedirect, type InstallOutcome } from "./oauth.js";
import type { SlackSettings } from "./settings.js";
import type { OAuthStateStore, SlackInstallationStore } from "./stores.js";
import { tokenSealer } from "./token-sealer.js";
import { slackLoggerFrom, WebClientPool, webClientOptions } from "./web-client.js";

export { signSlackRequest } from "./inbound/signature.js";
export { type InstallOutcome, SLACK_BOT_SCOPES } from "./oauth.js";
export { createSlackSender, type SlackSenderOptions, type SlackTokenSource } from "./outbound/post.js";
export { type SlackSettings, slackSettingsFromEnv } from "./settings.js";
export type {
  SlackActor,
  SlackInstallationRecord,
  SlackInstallationStore,
  StoredSlackInstallation,
} from "./stores.js";

/** A response URL takes replies for 30 minutes; work older than that could not answer. */
const RESPONSE_URL_LIFETIME_MS = 30 * 60_000;

/** A request acknowledged before its listener ran: what the listener needs, kept with the claim. */
interface DeferredSlackWork {
  body: Record<string, unknown>;
  retry: SlackRetry;
}

/** Whether a command or a clicked control asks for a command that may answer with a form. */
function mayOpenForm(incoming: SlackIncoming): boolean {
  if (incoming.kind === "slash_command") {
    const [first = ""] = unescapeSlashText(incoming.body.text ?? "")
      .trim()
      .toLowerCase()
      .split(/\s+/);
    return isCommandName(first) && FORM_COMMANDS.has(first);
  }
  if (incoming.kind !== "interactive" || incoming.body.type !== "block_actions") return false;
  const actions = Array.isArray(incoming.body.actions) ? (incoming.body.actions as unknown[]) : [];
  return actions.some((action) => {
    const { value, selected_option } = (action ?? {}) as {
      value?: unknown;
      selected_option?: { value?: unknown };
    };
    const carried = typeof value === "string" ? value : selected_option?.value;
    const command = typeof carried === "string" ? decodeInvocation(carried)?.command : undefined;
    return command !== undefined && FORM_COMMANDS.has(command);
  });
}

/**
 * Requests handled within the request, Bolt included: modal submissions and external select
 * options, whose HTTP answer is the listener's own (validation errors, options), and whatever may
 * open a form, whose trigger id is valid 3 seconds — too short to wait behind queued work.
 * Everything else is acknowledged empty and worked on after.
 */
const answeredWithinRequest = (incoming: SlackIncoming): boolean =>
  (incoming.kind === "interactive" &&
    (incoming.body.type === "view_submission" || incoming.body.type === "block_suggestion")) ||
  mayOpenForm(incoming);

function retryOf(headers: Headers): SlackRetry {
  const num = headers.get("x-slack-retry-num");
  const reason = headers.get("x-slack-retry-reason");
  return {
    ...(num && /^\d+$/.test(num) ? { num: Number(num) } : {}),
    ...(reason ? { reason } : {}),
  };
}

export interface SlackDependencies {
  /** The command core, with the logger and clock the adapter uses too. */
  commands: CommandDeps;
  deliveries: InboundLedger;
  installations: SlackInstallationStore;
  oauthStates: OAuthStateStore;
  /** How replies reach `response_url`s; the global fetch by default. */
  fetch?: typeof fetch;
  /** How signatures are checked; WebCrypto by default, the runtime may bring a faster one. */
  signatures?: SignatureVerifiers | undefined;
}

/** What the HTTP app mounts: plain Request → Response handlers, so Hono's routing stays in `createApp`. */
export interface SlackEndpoints {
  /** `POST /slack/events`: slash commands, interactivity and the Events API on one URL. */
  events(request: Request): Promise<Response>;
  /** `GET /slack/install` (multi-workspace mode). */
  install(request: Request): Promise<Response>;
  /**
   * `GET /slack/oauth_redirect` (multi-workspace mode): how the install ended, which the web layer
   * shows as a page; a plain answer when this server does not install through OAuth.
   */
  oauthRedirect(request: Request): Promise<InstallOutcome | Response>;
  /** Resolves once the work started after earlier acks (replies, modals) has finished: tests, shutdown. */
  settled(): Promise<void>;
  /** Takes up the acknowledged work a stopped or crashed process left, now and then every second. */
  startWork(): Promise<void>;
  /** Stops taking up left work and waits for the work under way: shutdown. */
  stopWork(): Promise<void>;
  /** Runs the acknowledged work left behind once, and waits for it (a Worker's Cron Trigger). */
  catchUp(): Promise<void>;
  /** Acknowledged work queued or running in this process (`/metrics`). */
  workDepth(): number;
  /** The bot token for a workspace, for the alerts outbox's Slack sender. */
  botToken(teamId: string): Promise<string | undefined>;
}

export function createSlackEndpoints(settings: SlackSettings, deps: SlackDependencies): SlackEndpoints {
  const { commands, installations } = deps;
  const { logger } = commands;
  const now = commands.now ?? (() => new Date());
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
    authorize: authorizeWith(installations, tokens),
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
    commands: { ...commands, now },
    delivery: { logger, fetch: deps.fetch ?? ((input, init) => fetch(input, init)) },
    installations,
  };
  registerSlashCommand(app, listenerDeps);
  registerBlockActions(app, listenerDeps);
  registerViewSubmissions(app, listenerDeps);
  registerExternalSelects(app, listenerDeps);
  registerAppHomeOpened(app, listenerDeps);
  registerInstallationRevoked(app, listenerDeps);
  registerMessageEvents(app, listenerDeps);

  const jobs = new JobRunner(
    "slack",
    deps.deliveries,
    async (payload) => {
      const { body, retry } = payload as DeferredSlackWork;
      await receiver.process(body, retry);
    },
    { logger, now, expiresAfterMs: RESPONSE_URL_LIFETIME_MS },
  );

  const events = createIngress<SlackIncoming>(
    {
      platform: "slack",
      verify: slackSignatureVerifier(settings.signingSecret, deps.signatures),
      parse: (body, headers) =>
        readSlackIncoming(body, headers.get("content-type") ?? undefined) ??
        malformed("Not a Slack command, interaction or event."),
      deliveryId: (incoming, _body, headers) =>
        // Handshakes write nothing, and options requests repeat whenever the person types the same
        // text again: each one is answered, never taken for a retried delivery.
        incoming.kind === "url_verification" ||
        incoming.kind === "ssl_check" ||
        (incoming.kind === "interactive" && incoming.body.type === "block_suggestion")
          ? null
          : deliveryIdOf(incoming, headers.get("x-slack-signature") ?? ""),
      duplicate: () => new Response(null, { status: 200 }),
      defer: (incoming, headers) =>
        incoming.kind === "url_verification" ||
        incoming.kind === "ssl_check" ||
        answeredWithinRequest(incoming)
          ? null
          : {
              payload: { body: incoming.body, retry: retryOf(headers) } satisfies DeferredSlackWork,
              ack: new Response(null, { status: 200 }),
            },
      handle: async (incoming, headers) => {
        if (incoming.kind === "url_verification") return jsonResponse(200, { challenge: incoming.challenge });
        if (incoming.kind === "ssl_check") return new Response(null, { status: 200 });
        return receiver.dispatch(incoming.body, retryOf(headers));
      },
    },
    { deliveries: deps.deliveries, jobs, logger, now },
  );

  const oauthOff = () =>
    jsonResponse(404, {
      error: "oauth_not_configured",
      message: "This server runs Slack in single-workspace mode.",
    });

  return {
    events,
    install: async () => (settings.oauth ? handleInstall(settings.oauth, now()) : oauthOff()),
    oauthRedirect: async (request) =>
      settings.oauth
        ? handleOAuthRedirect(request, settings.oauth, {
            installations,
            oauthStates: deps.oauthStates,
            logger,
            clients,
            now: now(),
          })
        : oauthOff(),
    settled: async () => {
      await Promise.all([receiver.settled(), jobs.settled()]);
    },
    startWork: () => jobs.start(),
    stopWork: () => jobs.stop(),
    catchUp: () => jobs.catchUp(),
    workDepth: () => jobs.depth,
    botToken: async (teamId) => (await botTokenFor(installations, tokens, teamId)) ?? undefined,
  };
}
