import type { MessageParams } from "../messages/i18n/index.js";
import type { CommandStatus } from "./reply.js";

/**
 * A command that cannot go ahead: unlinked caller, missing role, bad argument, rule violation. It
 * becomes a short ephemeral message in the caller's language and nothing is written.
 */
export class CommandRefusal extends Error {
  constructor(
    readonly status: Exclude<CommandStatus, "ok">,
    readonly messageKey: string,
    readonly params: MessageParams = {},
  ) {
    super(messageKey);
  }
}

export const refuse = (messageKey: string, params: MessageParams = {}): CommandRefusal =>
  new CommandRefusal("refused", messageKey, params);
export const invalid = (messageKey: string, params: MessageParams = {}): CommandRefusal =>
  new CommandRefusal("invalid", messageKey, params);
export const notFound = (messageKey: string, params: MessageParams = {}): CommandRefusal =>
  new CommandRefusal("not_found", messageKey, params);
