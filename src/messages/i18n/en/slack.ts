/** Texts only the Slack adapter shows: the pages of the multi-workspace install. */
export const slack = {
  "slack.oauth.done_title": "OGP Local is installed",
  "slack.oauth.done":
    "OGP Local is now installed in {workspace}. In Slack, type /ogp help; people link their account with /ogp link CODE.",
  "slack.oauth.failed_title": "Installation not completed",
  "slack.oauth.cancelled": "The installation was cancelled in Slack. Nothing was installed.",
  "slack.oauth.bad_state":
    "This installation link has expired or was not started from this server. Start again from the install page.",
  "slack.oauth.exchange_failed":
    "Slack did not confirm the installation. Try again in a moment; nothing was installed.",
};
