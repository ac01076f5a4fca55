import type { relay as english } from "../en/relay.js";

/** Textes du relais des cercles (manuel §2.4). */
export const relay = {
  "relay.author": "{name} via {platform}",
  "relay.author_member": "{name} ({member}) via {platform}",
  "relay.unknown_author": "Une personne sur {platform}",
  "relay.someone": "quelqu'un",
  "relay.deleted": "Ce message a été supprimé.",
  "relay.attachments": "Pièces jointes",
} satisfies Record<keyof typeof english, string>;
