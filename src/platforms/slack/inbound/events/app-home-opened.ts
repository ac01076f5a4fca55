import type { App } from "@slack/bolt";
import { buildHomeView } from "../../../../commands/index.js";
import { renderHomeView } from "../../render.js";
import type { SlackListenerDeps } from "../listener-deps.js";

/** App Home: the person's members, statuses and due items, published each time the tab opens. */
export function registerAppHomeOpened(app: App, deps: SlackListenerDeps): void {
  app.event("app_home_opened", async ({ event, body, client }) => {
    if (event.tab !== undefined && event.tab !== "home") return;
    const teamId = (body as { team_id?: string }).team_id ?? "";
    const blocks = await buildHomeView(deps.commands, {
      platform: "slack",
      workspaceId: teamId,
      userId: event.user,
    });
    try {
      await client.views.publish({ user_id: event.user, view: renderHomeView(blocks) });
    } catch (error) {
      deps.commands.logger.warn("slack views.publish failed", {
        error: (error as { data?: { error?: string } }).data?.error ?? String(error),
      });
    }
  });
}
