import type { App } from "@slack/bolt";
import type { SlackListenerDeps } from "../listener-deps.js";

/**
 * `tokens_revoked` and `app_uninstalled`: the workspace's token is dead, so its installation stops
 * serving requests (a reinstall through OAuth brings it back).
 */
export function registerInstallationRevoked(app: App, deps: SlackListenerDeps): void {
  const revoke = async (body: { team_id?: string; enterprise_id?: string }) => {
    const teamId = body.team_id ?? "";
    const revoked = await deps.installations.revoke(
      { teamId, enterpriseId: body.enterprise_id ?? "" },
      { personId: null, label: `slack:${teamId}`, source: "slack" },
      deps.commands.now?.() ?? new Date(),
    );
    deps.commands.logger.info("slack installation revoked", { team: teamId, found: revoked });
  };
  app.event("app_uninstalled", async ({ body }) => revoke(body));
  app.event("tokens_revoked", async ({ body, event }) => {
    if ((event.tokens.bot ?? []).length > 0) await revoke(body);
  });
}
