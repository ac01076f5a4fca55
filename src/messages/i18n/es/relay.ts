import type { relay as english } from "../en/relay.js";

/** Textos del relevo de los círculos (manual §2.4). */
export const relay = {
  "relay.author": "{name} vía {platform}",
  "relay.author_member": "{name} ({member}) vía {platform}",
  "relay.unknown_author": "Una persona en {platform}",
  "relay.someone": "alguien",
  "relay.deleted": "Este mensaje se eliminó.",
  "relay.attachments": "Archivos adjuntos",
} satisfies Record<keyof typeof english, string>;
