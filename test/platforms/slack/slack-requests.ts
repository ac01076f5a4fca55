import { signSlackRequest } from "../../../src/platforms/slack/index.js";
import { NOW, TEAM } from "../../commands/fixtures.js";

/** Where a request goes: a Hono app in process (`app.request`), or a Worker in workerd. */
export interface RequestTarget {
  request(path: string, init: RequestInit): Response | Promise<Response>;
}

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const FORM = "application/x-www-form-urlencoded";

export interface SendOptions {
  secret?: string;
  /** Seconds since the epoch; Slack's clock, by default the test's `NOW`. */
  timestamp?: number;
  headers?: Record<string, string>;
  /** Changes the body after signing, as a tampering proxy would. */
  tamper?: (body: string) => string;
}

/** Posts a body to `/slack/events` the way Slack does: signed over the raw bytes with v0 HMAC. */
export async function sendToSlackEndpoint(
  app: RequestTarget,
  body: string,
  contentType: string,
  options: SendOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(NOW.getTime() / 1000);
  const signature = await signSlackRequest(options.secret ?? SIGNING_SECRET, timestamp, body);
  return app.request("/slack/events", {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": signature,
      ...options.headers,
    },
    body: options.tamper ? options.tamper(body) : body,
  });
}

/** A slash command as Slack form-encodes it. */
export function slashCommandBody(input: {
  userId: string;
  text: string;
  responseUrl: string;
  triggerId?: string;
  channelId?: string;
  /** What Slack names the place: a channel's name, `directmessage`, or `mpdm-…` for a group DM. */
  channelName?: string;
  teamId?: string;
}): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: input.teamId ?? TEAM,
    team_domain: "springfield",
    channel_id: input.channelId ?? "C0SPRING",
    channel_name: input.channelName ?? "open-gov",
    user_id: input.userId,
    user_name: "someone",
    command: "/ogp",
    text: input.text,
    api_app_id: "A0OGPLOCAL",
    is_enterprise_install: "false",
    response_url: input.responseUrl,
    trigger_id: input.triggerId ?? `trigger-${Math.random().toString(36).slice(2)}`,
  }).toString();
}

export const sendSlashCommand = (
  app: RequestTarget,
  input: Parameters<typeof slashCommandBody>[0],
  options?: SendOptions,
) => sendToSlackEndpoint(app, slashCommandBody(input), FORM, options);

/** Interactivity: `payload=` with the JSON Slack sends. */
export const sendInteraction = (
  app: RequestTarget,
  payload: Record<string, unknown>,
  options?: SendOptions,
) => sendToSlackEndpoint(app, `payload=${encodeURIComponent(JSON.stringify(payload))}`, FORM, options);

export const sendEvent = (
  app: RequestTarget,
  event: Record<string, unknown>,
  options?: SendOptions & { eventId?: string; teamId?: string },
) =>
  sendToSlackEndpoint(
    app,
    JSON.stringify({
      token: "legacy-verification-token",
      team_id: options?.teamId ?? TEAM,
      api_app_id: "A0OGPLOCAL",
      type: "event_callback",
      event_id: options?.eventId ?? `Ev${Math.random().toString(36).slice(2)}`,
      event_time: Math.floor(NOW.getTime() / 1000),
      authorizations: [
        { team_id: options?.teamId ?? TEAM, user_id: "U0BOT", is_bot: true, is_enterprise_install: false },
      ],
      event,
    }),
    "application/json",
    options,
  );

/** A click on a button of a message Slack showed (the button as the app rendered it). */
export function blockActionPayload(input: {
  userId: string;
  button: { action_id: string; value: string };
  responseUrl?: string;
  channelId?: string;
  fromHome?: boolean;
}): Record<string, unknown> {
  return {
    type: "block_actions",
    team: { id: TEAM, domain: "springfield" },
    user: { id: input.userId, username: "someone", team_id: TEAM },
    api_app_id: "A0OGPLOCAL",
    token: "legacy-verification-token",
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    container: input.fromHome
      ? { type: "view", view_id: "V0HOME" }
      : { type: "message", message_ts: "1700000000.000100" },
    ...(input.fromHome
      ? { view: { id: "V0HOME", type: "home", blocks: [], state: { values: {} } } }
      : {
          channel: { id: input.channelId ?? "C0SPRING", name: "open-gov" },
          message: { type: "message", ts: "1700000000.000100", text: "" },
          response_url: input.responseUrl,
        }),
    actions: [
      {
        type: "button",
        block_id: "b1",
        action_ts: "1700000001.000200",
        text: { type: "plain_text", text: "x" },
        ...input.button,
      },
    ],
  };
}

/** A modal submission: the view as opened, with what the person typed in its state. */
export function viewSubmissionPayload(input: {
  userId: string;
  view: {
    callback_id: string;
    private_metadata: string;
    blocks: { block_id?: string; type: string; element?: { type: string; action_id: string } }[];
  };
  values: Record<string, string | string[] | null>;
}): Record<string, unknown> {
  const state: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const block of input.view.blocks) {
    if (block.type !== "input" || !block.block_id || !block.element) continue;
    const typed = input.values[block.block_id];
    const { type, action_id: actionId } = block.element;
    const value =
      type === "static_select"
        ? {
            type,
            selected_option: typed
              ? { value: typed, text: { type: "plain_text", text: String(typed) } }
              : null,
          }
        : type === "multi_static_select"
          ? { type, selected_options: ((typed as string[] | null) ?? []).map((value) => ({ value })) }
          : type === "datepicker"
            ? { type, selected_date: typed ?? null }
            : { type, value: typed ?? null };
    state[block.block_id] = { [actionId]: value };
  }
  return {
    type: "view_submission",
    team: { id: TEAM, domain: "springfield" },
    user: { id: input.userId, username: "someone", name: "someone", team_id: TEAM },
    api_app_id: "A0OGPLOCAL",
    token: "legacy-verification-token",
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    view: {
      id: "V0MODAL",
      team_id: TEAM,
      type: "modal",
      callback_id: input.view.callback_id,
      private_metadata: input.view.private_metadata,
      blocks: input.view.blocks,
      state: { values: state },
      hash: "1700000000.abcd",
      title: { type: "plain_text", text: "x" },
      app_id: "A0OGPLOCAL",
      bot_id: "B0OGP",
    },
  };
}

/** What a Slack message shows of its text: its blocks' texts, fields and context elements, a line each. */
export function slackVisibleText(body: Record<string, unknown>): string {
  const blocks = (body.blocks ?? []) as {
    text?: { text: string };
    fields?: { text: string }[];
    elements?: { text?: string | { text: string } }[];
  }[];
  return blocks
    .flatMap((block) => [
      block.text?.text ?? "",
      ...(block.fields ?? []).map((field) => field.text),
      ...(block.elements ?? []).map((element) =>
        typeof element.text === "string" ? element.text : (element.text?.text ?? ""),
      ),
    ])
    .filter((part) => part !== "")
    .join("\n");
}
