import type { App } from "@slack/bolt";
import { runCommand } from "../../../commands/index.js";
import type { ChannelKind } from "../../../commands/request.js";
import { unescapeSlashText } from "../escape.js";
import { deliverResult } from "../outbound/reply.js";
import type { SlackListenerDeps } from "./listener-deps.js";

/**
 * Slack names the place a slash command ran in: `directmessage` for a DM, `mpdm-…` for a group DM,
 * the channel's name otherwise (a private channel's too).
 */
function slackChannelKind(channelName: string | undefined): ChannelKind | undefined {
  if (channelName === undefined) return undefined;
  if (channelName === "directmessage") return "direct_message";
  return channelName.startsWith("mpdm-") ? "group_message" : "channel";
}

/**
 * `/ogp <command> …`: acknowledged at once (Slack's 3 s), then run through the command core and
 * answered through the response URL, or with a modal opened with the command's trigger id. Any slash
 * command routed to this app is read as `/ogp`, so a workspace may register it under another name.
 */
export function registerSlashCommand(app: App, deps: SlackListenerDeps): void {
  app.command(/.*/, async ({ command, ack, client }) => {
    await ack();
    const result = await runCommand(deps.commands, {
      platform: "slack",
      workspaceId: command.team_id,
      userId: command.user_id,
      channelId: command.channel_id,
      channelKind: slackChannelKind(command.channel_name),
      input: { kind: "text", text: unescapeSlashText(command.text ?? "") },
    });
    await deliverResult(
      result,
      {
        client,
        teamId: command.team_id,
        userId: command.user_id,
        channelId: command.channel_id,
        responseUrl: command.response_url,
        triggerId: command.trigger_id,
      },
      deps.delivery,
    );
  });
}
