import type { APIModalSubmitInteraction } from "discord-api-types/v10";
import { checkFormFields, runCommand } from "../../../commands/index.js";
import { readModalRef, readModalValues } from "../render-modal.js";
import {
  answerResult,
  commandRequest,
  correctionAnswer,
  type DiscordAnswer,
  expiredFormAnswer,
  type InteractionContext,
  nextStepAnswer,
} from "./answer.js";

/**
 * A submitted step of a drafted form. Each step is checked on its own (required, lengths, ranges,
 * known options) before the next is offered; once every step has passed, the command runs with all
 * the answers, so the core validates the whole form and writes once. Errors list the fields and offer to
 * reopen the step with the answers kept; the draft is dropped once the command has answered.
 */
export async function answerModalSubmit(
  context: InteractionContext,
  interaction: APIModalSubmitInteraction,
): Promise<DiscordAnswer> {
  const ref = readModalRef(interaction.data.custom_id);
  const draft = ref ? await context.drafts.find(ref.draftId, context.caller.userId) : null;
  const step = ref && draft ? draft.form.steps[ref.step] : undefined;
  if (!ref || !draft || !step) return expiredFormAnswer(context);
  Object.assign(draft.values, readModalValues(interaction.data.components, step.fields));

  const errors = checkFormFields(draft.form, draft.values, context.language, [ref.step]);
  if (Object.keys(errors).length === 0) draft.completedSteps.add(ref.step);
  // The answers are kept either way: a correction reopens the step with them.
  await context.drafts.save(draft);
  if (Object.keys(errors).length > 0) return correctionAnswer(context, errors, draft);
  // A step reopened for a correction does not send the person through the later ones again.
  const next = draft.form.steps.findIndex((_, index) => !draft.completedSteps.has(index));
  if (next >= 0) return nextStepAnswer(context, draft, next);

  const result = await runCommand(
    context.commands,
    commandRequest(context, {
      kind: "form",
      formId: draft.form.formId,
      context: draft.form.context,
      values: draft.values,
    }),
  );
  if (result.kind !== "form_errors") await context.drafts.discard(draft.id);
  return answerResult(context, result, draft);
}
