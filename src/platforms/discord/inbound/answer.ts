import type { APIModalInteractionResponseCallbackData } from "discord-api-types/v10";
import type {
  CommandDeps,
  CommandInput,
  CommandRequest,
  CommandResult,
  FieldErrors,
} from "../../../commands/index.js";
import type { Language } from "../../../domain/vocabularies.js";
import { t } from "../../../messages/i18n/index.js";
import type { ReplyBlock } from "../../../messages/model.js";
import { adapterMessage, type DiscordMessage, renderMessage } from "../render.js";
import { renderModal, stepButtonId } from "../render-modal.js";
import type { FormDraft, FormDrafts } from "./drafts.js";
import type { DiscordCaller } from "./incoming.js";

/** Where a reply goes: over the message the interaction came from (type 7 / PATCH), or as a new one. */
export type Placement = "update" | "new";

export interface PlacedReply {
  placement: Placement;
  message: DiscordMessage;
}

/** What an interaction is answered with, before timing decides between answering now and deferring. */
export type DiscordAnswer =
  | { kind: "replies"; replies: [PlacedReply, ...PlacedReply[]] }
  /** `whenLate` replaces the modal when it can no longer be opened (deferred, or after a modal). */
  | { kind: "modal"; modal: APIModalInteractionResponseCallbackData; whenLate: DiscordMessage };

/** Everything a handler needs about one verified interaction. */
export interface InteractionContext {
  commands: CommandDeps;
  drafts: FormDrafts;
  caller: DiscordCaller;
  /** For the adapter's own texts: the client's locale, else the person's language. */
  language: Language;
  /** The interaction came from an ephemeral message of ours (a form step), which its outcome replaces. */
  replacesOwnMessage: boolean;
}

export function commandRequest(context: InteractionContext, input: CommandInput): CommandRequest {
  const { caller } = context;
  return {
    platform: "discord",
    workspaceId: caller.workspaceId,
    userId: caller.userId,
    ...(caller.channelId ? { channelId: caller.channelId } : {}),
    ...(caller.channelKind ? { channelKind: caller.channelKind } : {}),
    ...(caller.locale ? { locale: caller.locale } : {}),
    input,
  };
}

const ownPlacement = (context: InteractionContext): Placement =>
  context.replacesOwnMessage ? "update" : "new";

/** A message of the adapter's own (form steps, expiry), where the interaction came from. */
function ownReply(
  context: InteractionContext,
  blocks: ReplyBlock[],
  button?: { customId: string; label: string },
): DiscordAnswer {
  return {
    kind: "replies",
    replies: [
      { placement: ownPlacement(context), message: adapterMessage(blocks, context.language, button) },
    ],
  };
}

/** Opens a step of a drafted form; if that is no longer possible, a button opens it instead. */
export function modalAnswer(context: InteractionContext, draft: FormDraft, step: number): DiscordAnswer {
  return {
    kind: "modal",
    modal: renderModal(draft, step, context.language),
    whenLate: adapterMessage(
      [{ kind: "text", text: t(context.language, "discord.form.ready") }],
      context.language,
      {
        customId: stepButtonId(draft, step),
        label: t(context.language, "discord.form.open"),
      },
    ),
  };
}

export const expiredFormAnswer = (context: InteractionContext): DiscordAnswer =>
  ownReply(context, [{ kind: "text", text: t(context.language, "discord.form.expired"), tone: "warning" }]);

/** Step `next` follows: Discord cannot answer a modal with a modal, so a button opens it. */
export function nextStepAnswer(context: InteractionContext, draft: FormDraft, next: number): DiscordAnswer {
  const { language } = context;
  const steps = draft.form.steps.length;
  return ownReply(
    context,
    [
      {
        kind: "text",
        text: t(language, "discord.form.step_saved", {
          step: next,
          steps,
          next: draft.form.steps[next]?.title ?? "",
        }),
        tone: "success",
      },
    ],
    {
      customId: stepButtonId(draft, next),
      label: t(language, "discord.form.continue", { step: next + 1, steps }),
    },
  );
}

/**
 * Field errors, listed with their labels (a Discord modal cannot show them beside the fields), and a
 * button that reopens the step of the first one with every answer kept.
 */
export function correctionAnswer(
  context: InteractionContext,
  errors: FieldErrors,
  draft?: FormDraft,
): DiscordAnswer {
  const { language } = context;
  const fields =
    draft?.form.steps.flatMap((step, index) => step.fields.map((field) => ({ field, index }))) ?? [];
  const items = Object.entries(errors).map(([name, error]) => {
    const label = fields.find(({ field }) => field.name === name)?.field.label ?? name;
    return `${label}: ${error}`;
  });
  const firstStep = fields.find(({ field }) => field.name in errors)?.index;
  return ownReply(
    context,
    [
      { kind: "text", text: t(language, "discord.form.fix"), tone: "error" },
      { kind: "list", items },
    ],
    draft && firstStep !== undefined
      ? {
          customId: stepButtonId(draft, firstStep),
          label: t(language, "discord.form.fix_button", { step: firstStep + 1 }),
        }
      : undefined,
  );
}

/**
 * The command core's answer as Discord replies: a form opens as a modal (its answers drafted step by
 * step); messages replace the clicked message when the core says so, or the adapter's own step
 * message; the rest are new messages.
 */
export async function answerResult(
  context: InteractionContext,
  result: CommandResult,
  draft?: FormDraft,
): Promise<DiscordAnswer> {
  switch (result.kind) {
    case "form":
      return modalAnswer(context, await context.drafts.open(context.caller.userId, result.form), 0);
    case "form_errors":
      return correctionAnswer(context, result.errors, draft);
    case "messages": {
      const replies = result.messages.map(
        (message, index): PlacedReply => ({
          placement:
            message.target.kind === "replace" || (index === 0 && context.replacesOwnMessage)
              ? "update"
              : "new",
          message: renderMessage(message, context.language),
        }),
      );
      const [first, ...rest] = replies;
      if (!first) throw new Error("the command core answered without a message");
      return { kind: "replies", replies: [first, ...rest] };
    }
  }
}
