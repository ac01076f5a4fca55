import { type APIMessageComponentInteraction, ComponentType } from "discord-api-types/v10";
import { runCommand } from "../../../commands/index.js";
import { decodeInvocation } from "../../../messages/invocation.js";
import { SELECT_PREFIX } from "../render.js";
import { readStepButtonRef } from "../render-modal.js";
import {
  answerResult,
  commandRequest,
  type DiscordAnswer,
  expiredFormAnswer,
  type InteractionContext,
  modalAnswer,
} from "./answer.js";

/**
 * A form-step button ("Continue", "Correct", "Open the form"): the step's modal from the person's
 * draft, or null for any other component. It only reads the draft (one primary-key lookup), so it is
 * answered at once, never deferred: a modal can only be the first answer to a click.
 */
export async function answerStepButton(
  context: InteractionContext,
  interaction: APIMessageComponentInteraction,
): Promise<DiscordAnswer | null> {
  const step = readStepButtonRef(interaction.data.custom_id);
  if (!step) return null;
  const draft = await context.drafts.find(step.draftId, context.caller.userId);
  return draft && step.step < draft.form.steps.length
    ? modalAnswer(context, draft, step.step)
    : expiredFormAnswer(context);
}

/**
 * Buttons and select options. Ours carry an encoded invocation (a button's custom id, a select
 * option's value) that re-runs the command through the core, so the server authorizes whoever
 * clicked; the core decides whether the outcome replaces the clicked message.
 */
export async function answerComponent(
  context: InteractionContext,
  interaction: APIMessageComponentInteraction,
): Promise<DiscordAnswer> {
  const { data } = interaction;
  const chosen =
    data.component_type === ComponentType.StringSelect && data.custom_id.startsWith(SELECT_PREFIX)
      ? data.values[0]
      : data.custom_id;
  const invocation = decodeInvocation(chosen ?? "");
  // Not one of ours (or from a version that encoded differently): the core answers as to unknown text.
  const input = invocation
    ? ({ kind: "control", invocation } as const)
    : ({ kind: "text", text: chosen ?? "" } as const);
  return answerResult(context, await runCommand(context.commands, commandRequest(context, input)));
}
