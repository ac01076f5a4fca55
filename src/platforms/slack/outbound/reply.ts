import type { webApi } from "@slack/bolt";
import type { CommandResult } from "../../../commands/index.js";
import type { Logger } from "../../../logging/logger.js";
import type { ReplyMessage } from "../../../messages/model.js";
import { fallbackText, renderBlocks, SLACK_LIMITS } from "../render.js";
import { renderModal } from "../render-modal.js";

/** Where a command came from in Slack, and how to answer there. */
export interface SlackSurface {
  client: webApi.WebClient;
  teamId: string;
  userId: string;
  channelId?: string | undefined;
  /** Present for commands and message interactions; valid 30 minutes, 5 uses. */
  responseUrl?: string | undefined;
  /** Present for commands and interactions; a modal must be opened with it within 3 s. */
  triggerId?: string | undefined;
  /** A click on the App Home: there is no message to reply under, so "replace" re-publishes the home. */
  republishHome?: (() => Promise<void>) | undefined;
}

export interface DeliveryTools {
  logger: Logger;
  fetch: typeof fetch;
}

/**
 * Sends what the command core answered to the caller: replies through the response URL (ephemeral,
 * or replacing the clicked message), or a modal. Posts to subscribed channels do not pass here: the
 * core puts them in the alerts outbox. A failed call is logged with Slack's error code.
 */
export async function deliverResult(
  result: CommandResult,
  surface: SlackSurface,
  tools: DeliveryTools,
): Promise<void> {
  if (result.kind === "form") {
    if (!surface.triggerId) {
      tools.logger.warn("slack form without trigger", { form: result.form.formId });
      return;
    }
    await guarded(tools, "views.open", () =>
      surface.client.views.open({
        trigger_id: surface.triggerId ?? "",
        view: renderModal(result.form, {
          context: result.form.context,
          ...(surface.channelId ? { channelId: surface.channelId } : {}),
          ...(surface.responseUrl ? { responseUrl: surface.responseUrl } : {}),
        }),
      }),
    );
    return;
  }
  if (result.kind === "form_errors") return;
  for (const message of result.messages) await deliverMessage(message, surface, tools);
}

async function deliverMessage(
  message: ReplyMessage,
  surface: SlackSurface,
  tools: DeliveryTools,
): Promise<void> {
  const blocks = renderBlocks(message.blocks, SLACK_LIMITS.messageBlocks);
  const text = fallbackText(message.summary);
  const { target } = message;
  if (target.kind === "replace" && surface.republishHome) {
    await guarded(tools, "views.publish", surface.republishHome);
    return;
  }
  if (surface.responseUrl) {
    await postToResponseUrl(surface.responseUrl, tools, {
      response_type: message.visibility === "public" && target.kind === "origin" ? "in_channel" : "ephemeral",
      replace_original: target.kind === "replace",
      text,
      blocks,
    });
    return;
  }
  // No response URL (App Home): the app's direct-message conversation with the person.
  await guarded(tools, "chat.postMessage", () =>
    surface.client.chat.postMessage({ channel: surface.userId, text, blocks, unfurl_links: false }),
  );
}

async function postToResponseUrl(
  url: string,
  tools: DeliveryTools,
  payload: Record<string, unknown>,
): Promise<void> {
  try {
    const response = await tools.fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(payload),
    });
    if (!response.ok) tools.logger.warn("slack response_url refused the reply", { status: response.status });
  } catch (error) {
    tools.logger.warn("slack response_url unreachable", {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Slack error codes (`channel_not_found`, `not_in_channel`, `ratelimited`…) are logged, not thrown. */
async function guarded(tools: DeliveryTools, method: string, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    tools.logger.warn("slack api call failed", {
      method,
      error: code ?? (error instanceof Error ? error.message : String(error)),
    });
  }
}
