import type { slack as english } from "../en/slack.js";

export const slack = {
  "slack.oauth.done_title": "OGP Local está instalado",
  "slack.oauth.done":
    "OGP Local ya está instalado en {workspace}. En Slack, escriba /ogp help; cada persona vincula su cuenta con /ogp link CÓDIGO.",
  "slack.oauth.failed_title": "Instalación no completada",
  "slack.oauth.cancelled": "La instalación se canceló en Slack. No se instaló nada.",
  "slack.oauth.bad_state":
    "Este enlace de instalación venció o no se inició desde este servidor. Empiece de nuevo desde la página de instalación.",
  "slack.oauth.exchange_failed":
    "Slack no confirmó la instalación. Inténtelo de nuevo en un momento; no se instaló nada.",
} satisfies Record<keyof typeof english, string>;
