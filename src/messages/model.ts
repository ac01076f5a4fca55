import { z } from "zod";
import { LANGUAGES } from "../domain/vocabularies.js";
import { ARGUMENT_KINDS, COMMAND_NAMES, encodeInvocation, type Invocation } from "./invocation.js";

/**
 * The one message model: what a command answers, what the scheduler and the command core post to
 * channels through the outbox, what a form asks. No platform markup: every string is plain text
 * (each platform's renderer escapes it, so user text can never ping or break formatting), and the
 * limits in `limits.ts` are the stricter of Slack's and Discord's so both renderers can show it as is.
 * A new kind of content is one block here and one case in each platform's `render.ts`.
 */

const text = z.string();
const label = z.string().min(1);

export const toneSchema = z.enum(["info", "success", "warning", "error"]);
export type Tone = z.infer<typeof toneSchema>;

const encodable = (invocation: Invocation): boolean => {
  try {
    encodeInvocation(invocation);
    return true;
  } catch {
    return false;
  }
};

/** A command with its arguments, as a button or a select option carries it (see `invocation.ts`). */
export const invocationSchema = z
  .object({ command: z.enum(COMMAND_NAMES), args: z.array(z.string()) })
  .refine(encodable, "the invocation does not fit a platform's control id");

export const fieldSchema = z.object({ label: text, value: text });
export type ReplyField = z.infer<typeof fieldSchema>;

export const linkSchema = z.object({ label: label, url: z.url() });
export type ReplyLink = z.infer<typeof linkSchema>;

const confirmSchema = z.object({ title: label, text: label, confirm: label, deny: label });
export type ReplyConfirm = z.infer<typeof confirmSchema>;

/** Runs a command when clicked; the command authorizes the clicker again on the server. */
export const actionButtonSchema = z.object({
  label: label,
  invoke: invocationSchema,
  style: z.enum(["primary", "danger"]).optional(),
  /** Ask before acting (Slack's confirm dialog; Discord has none and acts on the click). */
  confirm: confirmSchema.optional(),
});
export type ActionButton = z.infer<typeof actionButtonSchema>;

/** Opens a web page (the member's public page); nothing comes back to the server. */
export const linkButtonSchema = z.object({ label: label, url: z.url() });
export type LinkButton = z.infer<typeof linkButtonSchema>;

export const buttonSchema = z.union([actionButtonSchema, linkButtonSchema]);
export type ReplyButton = z.infer<typeof buttonSchema>;

export const isActionButton = (button: ReplyButton): button is ActionButton => "invoke" in button;

const selectOptionSchema = z.object({
  label: label,
  description: z.string().optional(),
  /** What choosing this option runs. */
  invoke: invocationSchema,
});
export type ReplySelectOption = z.infer<typeof selectOptionSchema>;

/**
 * Where the full list of a select's choices comes from when `options` could not hold them all: a
 * platform that can search as the person types (Slack's external select) asks `suggestArguments` for
 * this command and argument, and choosing suggestion value V runs `{ command, args: [V] }`, exactly
 * as the listed option for V would.
 */
export const selectSearchSchema = z.object({
  command: z.enum(COMMAND_NAMES),
  argument: z.enum(ARGUMENT_KINDS),
});
export type ReplySelectSearch = z.infer<typeof selectSearchSchema>;

export const selectSchema = z.object({
  placeholder: label,
  /** At most `LIMITS.selectOptions`. */
  options: z.array(selectOptionSchema),
  /**
   * Set when there are more choices than `options` holds; `notListed` is for platforms that cannot
   * search: how many choices were left out and how to name one.
   */
  search: selectSearchSchema.extend({ notListed: text }).optional(),
});
export type ReplySelect = z.infer<typeof selectSchema>;

export const blockSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("heading"), text: text }),
  z.object({ kind: z.literal("text"), text: text, tone: toneSchema.optional() }),
  /** At most `LIMITS.fields` fields. */
  z.object({ kind: z.literal("fields"), fields: z.array(fieldSchema) }),
  /** Bulleted lines; renderers split long lists over several blocks. */
  z.object({ kind: z.literal("list"), items: z.array(text) }),
  z.object({ kind: z.literal("links"), links: z.array(linkSchema) }),
  /** One row of at most `LIMITS.buttonsPerRow` buttons. */
  z.object({ kind: z.literal("buttons"), buttons: z.array(buttonSchema) }),
  z.object({ kind: z.literal("select"), select: selectSchema }),
  /** Small print: who did what when, rule citations. */
  z.object({ kind: z.literal("context"), text: text }),
  z.object({ kind: z.literal("divider") }),
]);
export type ReplyBlock = z.infer<typeof blockSchema>;

/** A message: a plain-text summary (the notification preview, and the text of clients without blocks) and its blocks. */
export const messageSchema = z.object({ summary: z.string().min(1), blocks: z.array(blockSchema) });
export type Message = z.infer<typeof messageSchema>;

/**
 * A message posted to a channel or a person through the outbox: translated when it was written, so
 * what is sent is exactly what the row holds; `language` is the reader's, for the renderer's own words.
 */
export const postSchema = messageSchema.extend({ language: z.enum(LANGUAGES) });
export type Post = z.infer<typeof postSchema>;

export type Visibility = "ephemeral" | "public";

export type ReplyTarget =
  /** Where the command was run (ephemeral: only the caller sees it). */
  | { kind: "origin" }
  /** The message holding the clicked button or select, replaced by the outcome. */
  | { kind: "replace" };

/** A message answering the person who ran a command or clicked. */
export interface ReplyMessage extends Message {
  visibility: Visibility;
  target: ReplyTarget;
}

export type FormId =
  | "update"
  | "update_edit"
  | "modify"
  | "meeting"
  | "assessment"
  | "plan_draft"
  | "commitment"
  | "milestone"
  | "apply"
  | "application_reject";

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
