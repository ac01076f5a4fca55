import type { MessageTable } from "../types.js";

/** Texts only the Slack adapter shows: the pages of the multi-workspace install. */
export const slackMessages = {
  en: {
    "slack.oauth.done_title": "OGP Local is installed",
    "slack.oauth.done":
      "OGP Local is now installed in {workspace}. In Slack, type /ogp help; people link their account with /ogp link CODE.",
    "slack.oauth.failed_title": "Installation not completed",
    "slack.oauth.cancelled": "The installation was cancelled in Slack. Nothing was installed.",
    "slack.oauth.bad_state":
      "This installation link has expired or was not started from this server. Start again from the install page.",
    "slack.oauth.exchange_failed":
      "Slack did not confirm the installation. Try again in a moment; nothing was installed.",
  },
  fr: {
    "slack.oauth.done_title": "OGP Local est installé",
    "slack.oauth.done":
      "OGP Local est maintenant installé dans {workspace}. Dans Slack, tapez /ogp help ; chacun lie son compte avec /ogp link CODE.",
    "slack.oauth.failed_title": "Installation non terminée",
    "slack.oauth.cancelled": "L'installation a été annulée dans Slack. Rien n'a été installé.",
    "slack.oauth.bad_state":
      "Ce lien d'installation a expiré ou n'a pas été lancé depuis ce serveur. Recommencez depuis la page d'installation.",
    "slack.oauth.exchange_failed":
      "Slack n'a pas confirmé l'installation. Réessayez dans un instant ; rien n'a été installé.",
  },
  es: {
    "slack.oauth.done_title": "OGP Local está instalado",
    "slack.oauth.done":
      "OGP Local ya está instalado en {workspace}. En Slack, escriba /ogp help; cada persona vincula su cuenta con /ogp link CÓDIGO.",
    "slack.oauth.failed_title": "Instalación no completada",
    "slack.oauth.cancelled": "La instalación se canceló en Slack. No se instaló nada.",
    "slack.oauth.bad_state":
      "Este enlace de instalación venció o no se inició desde este servidor. Empiece de nuevo desde la página de instalación.",
    "slack.oauth.exchange_failed":
      "Slack no confirmó la instalación. Inténtelo de nuevo en un momento; no se instaló nada.",
  },
} satisfies MessageTable;
