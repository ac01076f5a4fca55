/**
 * The circles relay (handbook §2.4): `relayChatMessage` turns a message event from a linked channel
 * into outbox rows for the circle's other channels; the senders show each copy as its author with
 * `relayAuthorLabel`. The contract between the platforms, the outbox and the senders is `model.ts`.
 */
export { AUTHOR_LABEL_LIMIT, PLATFORM_NAMES, relayAuthorLabel, relayCopyPost } from "./display.js";
export * from "./model.js";
export {
  inertMention,
  mentionedUserIds,
  neutraliseText,
  RELAY_ATTACHMENT_LIMIT,
  RELAY_TEXT_LIMIT,
} from "./neutralise.js";
export { type RelayDeps, type RelayOutcome, relayChatMessage } from "./relay-chat-message.js";
