import type { App, BlockAction } from "@slack/bolt";
import { buildHomeView, runCommand } from "../../../commands/index.js";
import { decodeInvocation } from "../../../messages/invocation.js";
import { deliverResult } from "../outbound/reply.js";
import { BUTTON_ACTION_PREFIX, LINK_ACTION_PREFIX, renderHomeView, SELECT_ACTION_ID } from "../render.js";
import { SUGGEST_ACTIONS } from "./external-select.js";
import type { SlackListenerDeps } from "./listener-deps.js";

const escaped = (prefix: string): string => prefix.replaceAll(".", "\\.");
const OUR_ACTIONS = new RegExp(
  `^(${escaped(BUTTON_ACTION_PREFIX)}\\d+|${escaped(SELECT_ACTION_ID)})$|${SUGGEST_ACTIONS.source}`,
);
const LINK_ACTIONS = new RegExp(`^${escaped(LINK_ACTION_PREFIX)}\\d+$`);

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
  // A link button opens its page in the browser; Slack still reports the click, which needs only an ack.
  app.action<BlockAction>({ action_id: LINK_ACTIONS }, async ({ ack }) => {
    await ack();
  });
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
