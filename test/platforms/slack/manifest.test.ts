import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SLACK_BOT_SCOPES } from "../../../src/platforms/slack/index.js";

const manifest = JSON.parse(readFileSync(new URL("../../../slack/manifest.json", import.meta.url), "utf8"));

describe("Slack app manifest", () => {
  it("asks for the scopes the OAuth install requests, no more", () => {
    expect(manifest.oauth_config.scopes.bot).toEqual([...SLACK_BOT_SCOPES]);
  });

  it("sends the command, interactivity and events to the one endpoint the server verifies", () => {
    const urls = [
      ...manifest.features.slash_commands.map((command: { url: string }) => command.url),
      manifest.settings.interactivity.request_url,
      manifest.settings.interactivity.message_menu_options_url,
      manifest.settings.event_subscriptions.request_url,
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe("/slack/events");
    expect(manifest.features.slash_commands.map((command: { command: string }) => command.command)).toEqual([
      "/ogp",
    ]);
    expect(new URL(manifest.oauth_config.redirect_urls[0]).pathname).toBe("/slack/oauth_redirect");
  });

  it("subscribes to the events the adapter handles, with the Home tab on", () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      "app_home_opened",
      "app_uninstalled",
      "message.channels",
      "message.groups",
      "tokens_revoked",
    ]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });
});
