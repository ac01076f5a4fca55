import { createHmac } from "node:crypto";

/** Aroha Ngata, Kōwhai Coast's point of contact, linked to Slack in the demo (demo/demo-dossier.json). */
export const DEMO_SLACK_TEAM = "T0KOWHAI";
export const DEMO_SLACK_USER = "U0AROHA";

/**
 * A `/ogp` slash command from the demo's linked Slack user, form-encoded and signed as Slack signs
 * (v0 HMAC over `v0:timestamp:body`) at the current time, with its reply going to `responseUrl`.
 */
export function signedSlashCommand(input: {
  text: string;
  responseUrl: string;
  triggerId: string;
  secret: string;
}) {
  const body = new URLSearchParams({
    token: "legacy",
    team_id: DEMO_SLACK_TEAM,
    team_domain: "kowhai",
    channel_id: "C0BENCH",
    channel_name: "bench",
    user_id: DEMO_SLACK_USER,
    user_name: "aroha",
    command: "/ogp",
    text: input.text,
    api_app_id: "A0OGPLOCAL",
    response_url: input.responseUrl,
    trigger_id: input.triggerId,
  }).toString();
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac("sha256", input.secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return {
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": signature,
    },
  };
}
