import {
  type CommitmentInContext,
  findCommitmentByCode,
  findCommitmentById,
} from "../../db/repositories/commitments.js";
import { findMembersByIds } from "../../db/repositories/member-lookup.js";
import type { Language } from "../../domain/vocabularies.js";
import { formatMonth } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { FormDefinition, FormValues } from "../../messages/model.js";
import { addMilestone, authorizeMilestone, milestoneViolations } from "../../services/add-milestone.js";
import { invalid, notFound } from "../../services/errors.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import { checkFormFields, readText } from "../forms.js";
import { messages, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";
import { violationErrors } from "./planning.js";

const DESCRIPTION_MAX = 500;
const ORGANIZATION_MAX = 200;

/** Annex 2 §17: one step, with the commitment's first and last months offered. */
function milestoneForm(commitment: CommitmentInContext, language: Language): FormDefinition {
  const text = (key: string) => t(language, key);
  const { code, title, startDate, endDate } = commitment.commitment;
  const month = (name: string, initial: string) =>
    ({
      kind: "text",
      name,
      label: text(`plans.milestone.field.${name}`),
      required: true,
      multiline: false,
      maxLength: 7,
      initial,
      placeholder: initial,
      hint: text("plans.milestone.hint.month"),
    }) as const;
  return {
    formId: "milestone",
    title: truncate(text("plans.milestone.form_title"), LIMITS.formTitle),
    submitLabel: text("plans.milestone.submit"),
    context: { commitmentId: commitment.commitment.id },
    steps: [
      {
        title: truncate(`${code} · ${title}`, 150),
        fields: [
          {
            kind: "text",
            name: "description",
            label: text("plans.milestone.field.description"),
            required: true,
            multiline: true,
            maxLength: DESCRIPTION_MAX,
            hint: text("plans.hint.english"),
          },
          month("start_month", startDate.slice(0, 7)),
          month("end_month", endDate.slice(0, 7)),
          {
            kind: "text",
            name: "responsible_organization",
            label: text("plans.milestone.field.responsible_organization"),
            required: true,
            multiline: false,
            maxLength: ORGANIZATION_MAX,
            initial: commitment.commitment.leadAgency.office,
          },
        ],
      },
    ],
  };
}

/** The validators' field names, as the milestone form names them. */
const MILESTONE_FIELDS: Record<string, string> = {
  "milestone.startMonth": "start_month",
  "milestone.endMonth": "end_month",
};

/** `milestone add COMMITMENT`: the point of contact adds a milestone while the plan is being written. */
export async function milestone(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [action = "", code, ...rest] = args;
  if (action.toLowerCase() !== "add" || !code || rest.length > 0) throw invalid("plans.milestone.usage");
  const commitment = await findCommitmentByCode(context.db, code);
  if (!commitment) throw notFound("cmd.commitment.not_found", { ref: code });
  authorizeMilestone(context.caller, commitment);
  return { kind: "form", status: "ok", form: milestoneForm(commitment, context.language) };
}

/** Submission of the milestone form: stored, not started, and the next steps offered. */
export async function submitMilestone(
  base: CommandContext,
  formContext: Record<string, string>,
  values: FormValues,
): Promise<CommandResult> {
  const context = requireLinked(base);
  const commitment = await findCommitmentById(context.db, formContext.commitmentId ?? "");
  if (!commitment) throw notFound("cmd.commitment.not_found", { ref: formContext.commitmentId ?? "" });
  authorizeMilestone(context.caller, commitment);
  const input = {
    description: readText(values, "description"),
    startMonth: readText(values, "start_month"),
    endMonth: readText(values, "end_month"),
    responsibleOrganization: readText(values, "responsible_organization"),
  };
  const errors = checkFormFields(milestoneForm(commitment, context.language), values, context.language);
  if (Object.keys(errors).length === 0)
    Object.assign(
      errors,
      violationErrors(
        milestoneViolations(commitment, input),
        MILESTONE_FIELDS,
        "end_month",
        context.language,
      ),
    );
  if (Object.keys(errors).length > 0) return { kind: "form_errors", status: "invalid", errors };

  const added = await addMilestone(context, actingOf(context), commitment, input);
  const { code } = commitment.commitment;
  const [member] = await findMembersByIds(context.db, commitment.memberIds);
  const confirmation = context.text("plans.milestone.added", {
    code,
    position: added.position,
    from: formatMonth(added.startMonth, context.language),
    to: formatMonth(added.endMonth, context.language),
  });
  return messages(
    "ok",
    toCaller(confirmation, [
      { kind: "text", text: confirmation, tone: "success" },
      { kind: "text", text: truncate(added.description, LIMITS.textLength) },
      {
        kind: "buttons",
        buttons: [
          {
            label: context.text("plans.button.add_milestone"),
            invoke: { command: "milestone", args: ["add", code] },
          },
          ...(member
            ? [
                {
                  label: context.text("plans.button.add_commitment"),
                  invoke: { command: "commitment" as const, args: ["add", member.slug] },
                },
                {
                  label: context.text("plans.button.submit"),
                  invoke: { command: "plan" as const, args: ["submit", member.slug] },
                },
              ]
            : []),
        ],
      },
    ]),
  );
}
