import type { App, BlockAction } from "@slack/bolt";
import { buildHomeView, decodeInvocation, runCommand } from "../../commands/index.js";
import { deliverResult } from "./deliver.js";
import { SUGGEST_ACTIONS } from "./external-select.js";
import type { SlackListenerDeps } from "./listener-deps.js";
import { BUTTON_ACTION_PREFIX, SELECT_ACTION_ID } from "./render-blocks.js";
import { renderHomeView } from "./render-home.js";

const OUR_ACTIONS = new RegExp(
  `^(${BUTTON_ACTION_PREFIX.replaceAll(".", "\\.")}\\d+|${SELECT_ACTION_ID.replaceAll(".", "\\.")})$|${SUGGEST_ACTIONS.source}`,
);

/** The invocation a clicked button or chosen option carries, or null for anything else. */
function chosenValue(action: BlockAction["actions"][number]): string | null {
  if (action.type === "button") return action.value ?? null;
  // An external select's option carries the same invocation as the static option it stands for.
  if (action.type === "static_select" || action.type === "external_select")
    return action.selected_option?.value ?? null;
  return null;
}

/**
 * Buttons and selects: each carries a command invocation that re-runs through the core, which
 * authorizes the clicker on the server. Acknowledged first; the outcome replaces the clicked message.
 */
export function registerBlockActions(app: App, deps: SlackListenerDeps): void {
  app.action<BlockAction>({ action_id: OUR_ACTIONS }, async ({ ack, body, action, client }) => {
    await ack();
    const invocation = decodeInvocation(chosenValue(action) ?? "");
    if (!invocation) {
      deps.commands.logger.warn("slack action without a valid invocation", { action: action.action_id });
      return;
    }
    const teamId = body.team?.id ?? body.user.team_id ?? "";
    const userId = body.user.id;
    const fromHome = body.view?.type === "home";
    const result = await runCommand(deps.commands, {
      platform: "slack",
      workspaceId: teamId,
      userId,
      ...(body.channel?.id ? { channelId: body.channel.id } : {}),
      input: { kind: "control", invocation },
    });
    await deliverResult(
      result,
      {
        client,
        teamId,
        userId,
        channelId: body.channel?.id,
        // Home tab clicks carry no response URL.
        responseUrl: (body.response_url as string | undefined) || undefined,
        triggerId: body.trigger_id,
        republishHome: fromHome
          ? async () => {
              const blocks = await buildHomeView(deps.commands, {
                platform: "slack",
                workspaceId: teamId,
                userId,
              });
              await client.views.publish({ user_id: userId, view: renderHomeView(blocks) });
            }
          : undefined,
      },
      deps.delivery,
    );
  });
}
