import type { ArgumentKind } from "./catalog.js";
import type { CommandName, Invocation } from "./invocation.js";

/**
 * The neutral reply model: what a command answers, with no platform markup. Every string is plain
 * text (adapters escape it for their markup, so user text can never ping or break formatting), and
 * every limit below is the stricter of Slack's and Discord's so both adapters can render it as is.
 */

export type Tone = "info" | "success" | "warning" | "error";

export interface ReplyField {
  label: string;
  value: string;
}

export interface ReplyLink {
  label: string;
  url: string;
}

export interface ReplyConfirm {
  title: string;
  text: string;
  confirm: string;
  deny: string;
}

export interface ReplyButton {
  label: string;
  invoke: Invocation;
  style?: "primary" | "danger";
  /** Ask before acting (Slack confirm dialog; Discord adapters may skip it for an explicit button). */
  confirm?: ReplyConfirm;
}

export interface ReplySelectOption {
  label: string;
  description?: string;
  /** What choosing this option runs. */
  invoke: Invocation;
}

/**
 * Where the full list of a select's choices comes from when `options` could not hold them all: an
 * adapter that can search as the person types (Slack's external select) asks `suggestArguments` for
 * this command and argument, and choosing suggestion value V runs `{ command, args: [V] }`, exactly
 * as the listed option for V would.
 */
export interface ReplySelectSearch {
  command: CommandName;
  argument: ArgumentKind;
}

export interface ReplySelect {
  placeholder: string;
  /** At most `LIMITS.selectOptions`. */
  options: ReplySelectOption[];
  /**
   * Set when there are more choices than `options` holds; `notListed` is for adapters that cannot
   * search: how many choices were left out and how to name one.
   */
  search?: ReplySelectSearch & { notListed: string };
}

export type ReplyBlock =
  | { kind: "heading"; text: string }
  | { kind: "text"; text: string; tone?: Tone }
  /** At most `LIMITS.fields` fields. */
  | { kind: "fields"; fields: ReplyField[] }
  /** Bulleted lines; adapters split long lists over several blocks. */
  | { kind: "list"; items: string[] }
  | { kind: "links"; links: ReplyLink[] }
  /** One row of at most `LIMITS.buttonsPerRow` buttons. */
  | { kind: "buttons"; buttons: ReplyButton[] }
  | { kind: "select"; select: ReplySelect }
  /** Small print: who did what when, rule citations. */
  | { kind: "context"; text: string }
  | { kind: "divider" };

export type Visibility = "ephemeral" | "public";

export type ReplyTarget =
  /** Where the command was run (ephemeral: only the caller sees it). */
  | { kind: "origin" }
  /** The message holding the clicked button or select, replaced by the outcome. */
  | { kind: "replace" };

export interface ReplyMessage {
  visibility: Visibility;
  target: ReplyTarget;
  /** Plain-text summary for notifications and clients that cannot show blocks. */
  summary: string;
  blocks: ReplyBlock[];
}

export type FormId = "update" | "update_edit" | "modify" | "meeting";

export interface FormOption {
  label: string;
  value: string;
}

interface FormFieldBase {
  /** Key of the value in the submission; unique in the form. */
  name: string;
  label: string;
  required: boolean;
  hint?: string;
}

export type FormField =
  | (FormFieldBase & {
      kind: "text";
      multiline: boolean;
      maxLength: number;
      initial?: string;
      placeholder?: string;
    })
  | (FormFieldBase & { kind: "number"; min: number; max: number; initial?: number })
  /** An ISO date `YYYY-MM-DD` (a date picker where the platform has one). */
  | (FormFieldBase & { kind: "date"; initial?: string })
  /** At most `LIMITS.selectOptions` options. */
  | (FormFieldBase & { kind: "select"; options: FormOption[]; initial?: string })
  | (FormFieldBase & { kind: "multi_select"; options: FormOption[]; initial?: string[] });

/** A step holds at most `LIMITS.fieldsPerStep` fields: one Discord modal. Slack shows all steps in one modal. */
export interface FormStep {
  title: string;
  fields: FormField[];
}

export interface FormDefinition {
  formId: FormId;
  /** At most `LIMITS.formTitle` characters. */
  title: string;
  submitLabel: string;
  /** Small opaque ids the submission carries back (at most `LIMITS.formContext` characters as JSON). */
  context: Record<string, string>;
  steps: FormStep[];
}

/** What a form submission carries: text, a chosen option, or several options, by field name. */
export type FormValues = Record<string, string | string[] | undefined>;

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

/** The stricter of Slack's and Discord's limits (spec chat-platforms.md). */
export const LIMITS = {
  selectOptions: 25,
  buttonsPerRow: 5,
  fields: 10,
  fieldsPerStep: 5,
  formTitle: 24,
  formContext: 90,
  optionLabel: 75,
  textLength: 2000,
  listItemsPerPage: 20,
} as const;

/** Cuts text to a length, marking the cut, so long user text is shortened rather than rejected. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
