import type { FormDefinition, ReplyMessage } from "../messages/model.js";

/** Why a command ended as it did: adapters log it and pick the HTTP status the platform expects. */
export type CommandStatus =
  | "ok"
  | "unlinked"
  | "refused"
  | "invalid"
  | "not_found"
  | "unknown_command"
  | "failed";

export type CommandResult =
  /**
   * Answers to the caller. Posts to the channels that follow a member are not here: the core writes
   * them to the alerts outbox in the transaction of the facts they announce (see `channel-posts.ts`).
   */
  | { kind: "messages"; status: CommandStatus; messages: ReplyMessage[] }
  | { kind: "form"; status: "ok"; form: FormDefinition }
  /** A form submission was refused field by field; nothing was written. */
  | { kind: "form_errors"; status: "invalid"; errors: Record<string, string> };
