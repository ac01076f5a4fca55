import type { App } from "@slack/bolt";
import { runCommand } from "../../../commands/index.js";
import { unescapeSlashText } from "../escape.js";
import { deliverResult } from "../outbound/reply.js";
import type { SlackListenerDeps } from "./listener-deps.js";

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
