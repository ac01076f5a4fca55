import type { Platform } from "../domain/vocabularies.js";

/** Every command, one name across platforms (Slack `/ogp <name>`, Discord `/ogp <name>` or `/ogp-support-unit <name>`). */
export const COMMAND_NAMES = [
  "help",
  "link",
  "status",
  "due",
  "update",
  "endorse",
  "modify",
  "approve",
  "reject",
  "meeting",
  "evidence",
  "subscribe",
  "unsubscribe",
  "snooze",
  "revoke",
  "letter",
  "comment",
  "complete",
  "assessment",
  "plan",
  "commitment",
  "milestone",
  "circle",
  "peers",
  "apply",
  "application",
  "grant",
  "override",
  "register",
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** The slash command everything is typed under in Slack, and most of it in Discord. */
export const SLASH_COMMAND = "ogp";

/**
 * Discord allows 25 subcommands per slash command, fewer than there are commands, so the Support
 * Unit's decisions (§1, §4) are a second slash command there. Slack types them under `/ogp`.
 */
export const DISCORD_SUPPORT_UNIT_COMMAND = "ogp-support-unit";
export const SUPPORT_UNIT_DECISION_COMMANDS: readonly CommandName[] = [
  "application",
  "grant",
  "override",
  "register",
];

/** The slash command that carries `command` on `platform`: what help texts tell a person to type. */
export const slashCommandFor = (platform: Platform, command: CommandName): string =>
  platform === "discord" && SUPPORT_UNIT_DECISION_COMMANDS.includes(command)
    ? DISCORD_SUPPORT_UNIT_COMMAND
    : SLASH_COMMAND;

/**
 * The commands that may answer with a form to fill in rather than a message. Platforms that can open
 * a form only as the first answer (Discord's modal) prepare these within the request.
 */
export const FORM_COMMANDS: ReadonlySet<CommandName> = new Set([
  "update",
  "modify",
  "meeting",
  "assessment",
  "plan",
  "commitment",
  "milestone",
  "apply",
  "application",
]);

export const isCommandName = (value: string): value is CommandName =>
  (COMMAND_NAMES as readonly string[]).includes(value);

/** What a command argument refers to, so adapters can offer suggestions (autocomplete, external selects) for it. */
export const ARGUMENT_KINDS = [
  "member",
  "plan",
  "commitment",
  "milestone",
  "modification",
  "progress_update",
  "evidence_subject",
  "evidence_kind",
  "subscription_kind",
  "subscription_subject",
  "link_code",
  "member_status",
  "role",
  "language",
  "organization_kind",
  "organization",
  "circle",
  "policy_area",
  "url",
  "text",
] as const;
export type ArgumentKind = (typeof ARGUMENT_KINDS)[number];

export const isArgumentKind = (value: string): value is ArgumentKind =>
  (ARGUMENT_KINDS as readonly string[]).includes(value);

/**
 * A command with its arguments, as a button or a select option carries it. Clicking re-runs the
 * command through the core, so the server authorizes the clicker again; nothing is trusted from the
 * platform but the identity of who clicked.
 */
export interface Invocation {
  command: CommandName;
  args: string[];
}

/** Discord's custom_id holds 100 characters; Slack's option values 150. Invocations fit both. */
export const MAX_INVOCATION_LENGTH = 100;

export function encodeInvocation(invocation: Invocation): string {
  const encoded = [invocation.command, ...invocation.args].join(" ");
  if (encoded.length > MAX_INVOCATION_LENGTH || invocation.args.some((arg) => /\s/.test(arg) || arg === ""))
    throw new Error(
      `invocation cannot be encoded in ${MAX_INVOCATION_LENGTH} characters: ${invocation.command}`,
    );
  return encoded;
}

/** The inverse of `encodeInvocation`; null for anything a platform hands back that is not one. */
export function decodeInvocation(encoded: string): Invocation | null {
  const [command = "", ...args] = encoded.trim().split(" ");
  if (!isCommandName(command) || encoded.length > MAX_INVOCATION_LENGTH) return null;
  return { command, args: args.filter((arg) => arg !== "") };
}
