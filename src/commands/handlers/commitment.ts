import { findMembersByIds, type MemberRow } from "../../db/repositories/member-lookup.js";
import type { PlanRow } from "../../db/repositories/plans.js";
import {
  type Labels,
  type Language,
  labelOf,
  OGP_VALUE_LABELS,
  POLICY_AREA_LABELS,
  RESOURCES_SECURED,
  SECTOR_LABELS,
} from "../../domain/vocabularies.js";
import { formatCivilDate } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { FormDefinition, FormValues } from "../../messages/model.js";
import {
  addCommitment,
  type CommitmentDraftInput,
  commitmentDraftViolations,
} from "../../services/add-commitment.js";
import { invalid, notFound } from "../../services/errors.js";
import {
  authorizePlanning,
  commitmentCapViolations,
  requirePlanInPreparation,
  violationRefusal,
} from "../../services/plan-preparation.js";
import { actingOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { checkFormFields, readChoices, readText } from "../forms.js";
import { messages, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";
import { choosePlanningMember, violationErrors } from "./planning.js";

const TITLE_MAX = 300;
const SHORT_TITLE_MAX = 100;
const OFFICE_MAX = 200;
const TEXT_MAX = 3000;
const ALIGNMENT_MAX = 500;

/**
 * Annex 2 over three steps of at most five fields (one Discord modal each; Slack shows them in one
 * modal): what and when, the problem and the action, then classification and resources.
 */
function commitmentForm(member: MemberRow, plan: PlanRow, language: Language): FormDefinition {
  const text = (key: string) => t(language, key);
  const line = (name: string, max: number, required: boolean, hint?: string) =>
    ({
      kind: "text",
      name,
      label: text(`plans.commitment.field.${name}`),
      required,
      multiline: false,
      maxLength: max,
      ...(hint ? { hint } : {}),
    }) as const;
  const paragraph = (name: string, required: boolean) =>
    ({
      kind: "text",
      name,
      label: text(`plans.commitment.field.${name}`),
      required,
      multiline: true,
      maxLength: TEXT_MAX,
    }) as const;
  const choices = (name: string, labels: Record<string, Labels>, hint: string) =>
    ({
      kind: "multi_select",
      name,
      label: text(`plans.commitment.field.${name}`),
      required: true,
      options: Object.keys(labels).map((code) => ({
        label: truncate(labelOf(labels, code, language), LIMITS.optionLabel),
        value: code,
      })),
      hint,
    }) as const;
  return {
    formId: "commitment",
    title: truncate(text("plans.commitment.form_title"), LIMITS.formTitle),
    submitLabel: text("plans.commitment.submit"),
    context: { memberId: member.id },
    steps: [
      {
        title: truncate(plan.title, 150),
        fields: [
          line("title", TITLE_MAX, true, text("plans.hint.english")),
          line("short_title", SHORT_TITLE_MAX, false),
          {
            kind: "date",
            name: "start_date",
            label: text("plans.commitment.field.start_date"),
            required: true,
          },
          {
            kind: "date",
            name: "end_date",
            label: text("plans.commitment.field.end_date"),
            required: true,
            hint: t(language, "plans.commitment.hint.commit1", {
              end: formatCivilDate(plan.periodEnd, language),
            }),
          },
          line("lead_agency", OFFICE_MAX, true),
        ],
      },
      {
        title: text("plans.commitment.step.problem"),
        fields: [
          paragraph("problem", true),
          paragraph("action", true),
          paragraph("expected_results", false),
          line("national_alignment", ALIGNMENT_MAX, false, text("plans.commitment.hint.national_alignment")),
        ],
      },
      {
        title: text("plans.commitment.step.classification"),
        fields: [
          choices("policy_areas", POLICY_AREA_LABELS, text("plans.commitment.hint.one_or_two")),
          choices("sectors", SECTOR_LABELS, text("plans.commitment.hint.one_or_two")),
          choices("ogp_values", OGP_VALUE_LABELS, text("plans.commitment.hint.at_least_one")),
          {
            kind: "select",
            name: "resources_secured",
            label: text("plans.commitment.field.resources_secured"),
            required: true,
            options: RESOURCES_SECURED.map((code) => ({
              label: text(`plans.resources_secured.${code}`),
              value: code,
            })),
          },
        ],
      },
    ],
  };
}

/** The validators' field names, as the commitment form names them. */
const COMMITMENT_FIELDS: Record<string, string> = {
  title: "title",
  startDate: "start_date",
  endDate: "end_date",
  planEnd: "end_date",
  leadAgency: "lead_agency",
  problem: "problem",
  action: "action",
  policyAreas: "policy_areas",
  sectors: "sectors",
  ogpValues: "ogp_values",
  resourcesSecured: "resources_secured",
};

/** `commitment add [MEMBER]`: the point of contact adds a commitment to the plan being written (Annex 2). */
export async function commitment(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [action = "", ref, ...rest] = args;
  if (action.toLowerCase() !== "add" || rest.length > 0) throw invalid("plans.commitment.usage");
  const choice = await choosePlanningMember(context, ref, "commitment", "add");
  if ("reply" in choice) return choice.reply;
  return openCommitmentForm(context, choice.member);
}

async function openCommitmentForm(context: LinkedContext, member: MemberRow): Promise<CommandResult> {
  authorizePlanning(context.caller, member);
  const plan = await requirePlanInPreparation(context.db, member);
  // PLAN-3 before the form, so nobody fills in three steps for a commitment the cap turns away.
  const [overCap] = await commitmentCapViolations(context.db, member, plan.id, 1);
  if (overCap) throw violationRefusal(overCap);
  return { kind: "form", status: "ok", form: commitmentForm(member, plan, context.language) };
}

function readCommitment(values: FormValues): CommitmentDraftInput {
  const optional = (name: string) => readText(values, name) || null;
  return {
    title: readText(values, "title"),
    shortTitle: optional("short_title"),
    startDate: readText(values, "start_date"),
    endDate: readText(values, "end_date"),
    leadAgencyOffice: readText(values, "lead_agency"),
    problem: readText(values, "problem"),
    action: readText(values, "action"),
    expectedResults: optional("expected_results"),
    nationalAlignment: optional("national_alignment"),
    resourcesSecured: readText(values, "resources_secured"),
    policyAreas: readChoices(values, "policy_areas"),
    sectors: readChoices(values, "sectors"),
    ogpValues: readChoices(values, "ogp_values"),
  };
}

/** Submission of the commitment form: stored as a draft commitment with its code, and the next step offered. */
export async function submitCommitment(
  base: CommandContext,
  formContext: Record<string, string>,
  values: FormValues,
): Promise<CommandResult> {
  const context = requireLinked(base);
  const [member] = await findMembersByIds(context.db, [formContext.memberId ?? ""]);
  if (!member) throw notFound("cmd.member.not_found", { ref: formContext.memberId ?? "" });
  authorizePlanning(context.caller, member);
  const plan = await requirePlanInPreparation(context.db, member);
  const input = readCommitment(values);
  const errors = checkFormFields(commitmentForm(member, plan, context.language), values, context.language);
  if (Object.keys(errors).length === 0)
    Object.assign(
      errors,
      violationErrors(commitmentDraftViolations(plan, input), COMMITMENT_FIELDS, "title", context.language),
    );
  if (Object.keys(errors).length > 0) return { kind: "form_errors", status: "invalid", errors };

  const added = await addCommitment(context, actingOf(context), member, input);
  const { code, title, startDate, endDate } = added.commitment;
  const confirmation = context.text("plans.commitment.added", { code, title, plan: added.plan.title });
  return messages(
    "ok",
    toCaller(confirmation, [
      { kind: "text", text: confirmation, tone: "success" },
      {
        kind: "fields",
        fields: [
          {
            label: context.text("plans.field.dates"),
            value: `${formatCivilDate(startDate, context.language)} – ${formatCivilDate(endDate, context.language)}`,
          },
          { label: context.text("plans.commitment.field.lead_agency"), value: input.leadAgencyOffice },
        ],
      },
      { kind: "text", text: context.text("plans.commitment.next", { code }) },
      {
        kind: "buttons",
        buttons: [
          {
            label: context.text("plans.button.add_milestone"),
            style: "primary",
            invoke: { command: "milestone", args: ["add", code] },
          },
        ],
      },
    ]),
  );
}
