import type { slack as english } from "../en/slack.js";

export const slack = {
  "slack.oauth.done_title": "OGP Local est installé",
  "slack.oauth.done":
    "OGP Local est maintenant installé dans {workspace}. Dans Slack, tapez /ogp help ; chacun lie son compte avec /ogp link CODE.",
  "slack.oauth.failed_title": "Installation non terminée",
  "slack.oauth.cancelled": "L'installation a été annulée dans Slack. Rien n'a été installé.",
  "slack.oauth.bad_state":
    "Ce lien d'installation a expiré ou n'a pas été lancé depuis ce serveur. Recommencez depuis la page d'installation.",
  "slack.oauth.exchange_failed":
    "Slack n'a pas confirmé l'installation. Réessayez dans un instant ; rien n'a été installé.",
} satisfies Record<keyof typeof english, string>;
