import type { ReplyBlock, ReplyMessage, Tone } from "../messages/model.js";
import type { CommandResult, CommandStatus } from "./reply.js";

/** A message only the caller sees, where they ran the command. */
export const toCaller = (summary: string, blocks: ReplyBlock[]): ReplyMessage => ({
  visibility: "ephemeral",
  target: { kind: "origin" },
  summary,
  blocks,
});

/** The outcome that replaces the message whose button was clicked, for everyone who saw it. */
export const replacingOrigin = (summary: string, blocks: ReplyBlock[]): ReplyMessage => ({
  visibility: "public",
  target: { kind: "replace" },
  summary,
  blocks,
});

export const messages = (status: CommandStatus, ...list: ReplyMessage[]): CommandResult => ({
  kind: "messages",
  status,
  messages: list,
});

/** A one-line answer to the caller. */
export const notice = (status: CommandStatus, text: string, tone: Tone): CommandResult =>
  messages(status, toCaller(text, [{ kind: "text", text, tone }]));
