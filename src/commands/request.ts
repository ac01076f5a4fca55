import type { Database } from "../db/client.js";
import type { Language, Platform } from "../domain/vocabularies.js";
import type { Logger } from "../logging/logger.js";
import type { Invocation } from "../messages/invocation.js";
import type { FormId, FormValues } from "../messages/model.js";

/** What the caller sent: typed text, a clicked control, or a submitted form. */
export type CommandInput =
  /** Text after the slash command, e.g. `endorse mxtdb` (Slack); parsed by the core. */
  | { kind: "text"; text: string }
  /** A command with structured arguments, as typed with Discord's options. */
  | { kind: "invoke"; invocation: Invocation }
  /** A clicked button or chosen select option; its outcome may replace the message that held it. */
  | { kind: "control"; invocation: Invocation }
  | { kind: "form"; formId: FormId; context: Record<string, string>; values: FormValues };

/**
 * One command from a chat platform. The caller is identified by platform user id only: the core
 * finds the linked person and decides on that person's roles (spec §1), never on a display name.
 */
/**
 * What kind of place the command was run in, as the platform says: a shared channel, a direct
 * message, a group direct message, or a thread. Absent when the platform does not say.
 */
export type ChannelKind = "channel" | "direct_message" | "group_message" | "thread";

export interface CommandRequest {
  platform: Platform;
  /** Slack team id; Discord guild id (empty in DMs). */
  workspaceId: string;
  userId: string;
  /** Where the command was run, for `subscribe` and a channel's member context. */
  channelId?: string;
  channelKind?: ChannelKind;
  /** The platform's locale when it sends one (Discord); otherwise the person's language is used. */
  locale?: Language;
  input: CommandInput;
}

export interface CommandDeps {
  db: Database;
  logger: Logger;
  now?: () => Date;
  /** LINK_CODE_SECRET, for `link`. */
  linkCodeSecret?: string | undefined;
}
