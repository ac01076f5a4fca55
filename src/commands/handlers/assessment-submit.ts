import { findLatestSubmittedPlan, listAssessableCommitments } from "../../db/repositories/assessments.js";
import { listAllMemberIds } from "../../db/repositories/member-lookup.js";
import { findPlanById, type PlanWithOwners } from "../../db/repositories/plans.js";
import { RULE_SECTIONS } from "../../domain/rules/index.js";
import { ASSESSMENT_KINDS, type AssessmentKind, type Language } from "../../domain/vocabularies.js";
import { civilDateIn, formatCivilDate } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { FormDefinition, FormValues, ReplyField } from "../../messages/model.js";
import { invalid, notFound, refuse } from "../../services/errors.js";
import { isSupportUnit, membersWithRole } from "../../services/permissions.js";
import { authorizeAssessment, submitAssessment } from "../../services/submit-assessment.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import { checkFormFields, parseWebUrl, readText } from "../forms.js";
import { messages, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";
import { chooseMember } from "../resolve.js";

type Assessable = Awaited<ReturnType<typeof listAssessableCommitments>>[number];

function assessmentForm(
  plan: PlanWithOwners,
  commitments: Assessable[],
  today: string,
  language: Language,
): FormDefinition {
  const text = (key: string, params?: Record<string, string>) => t(language, key, params);
  return {
    formId: "assessment",
    title: truncate(text("cmd.assessment.form_title"), LIMITS.formTitle),
    submitLabel: text("cmd.assessment.submit"),
    context: { planId: plan.plan.id },
    steps: [
      {
        title: truncate(`${plan.ownerName} — ${plan.plan.title}`, 200),
        fields: [
          {
            kind: "select",
            name: "kind",
            label: text("cmd.assessment.field.kind"),
            required: true,
            hint: text("cmd.assessment.hint.plan", { plan: plan.plan.title, owner: plan.ownerName }),
            options: ASSESSMENT_KINDS.map((kind) => ({
              label: text(`cmd.assessment.kind.${kind}`),
              value: kind,
            })),
          },
          ...(commitments.length > 0
            ? [
                {
                  kind: "select" as const,
                  name: "commitment",
                  label: text("cmd.assessment.field.commitment"),
                  required: false,
                  hint: text("cmd.assessment.hint.commitment"),
                  options: commitments.slice(0, LIMITS.selectOptions).map((commitment) => ({
                    label: truncate(`${commitment.code} · ${commitment.title}`, LIMITS.optionLabel),
                    value: commitment.id,
                  })),
                },
              ]
            : []),
          {
            kind: "text",
            name: "report_url",
            label: text("cmd.assessment.field.report_url"),
            required: true,
            multiline: false,
            maxLength: 1000,
            placeholder: "https://…",
          },
          {
            kind: "date",
            name: "submitted_on",
            label: text("cmd.assessment.field.submitted_on"),
            required: true,
            initial: today,
          },
        ],
      },
    ],
  };
}

/** `assessment submit [MEMBER]`: the monitoring body (or the Support Unit) submits a report (§3.5). */
export async function assessment(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [action, ref, ...rest] = args;
  if (action?.toLowerCase() !== "submit" || rest.length > 0) throw invalid("cmd.assessment.usage");
  const { caller } = context;
  const candidates = isSupportUnit(caller)
    ? await listAllMemberIds(context.db)
    : membersWithRole(caller, "monitoring_body");
  if (!ref && candidates.length === 0) throw refuse("cmd.assessment.no_rights");
  const choice = await chooseMember(context, ref, candidates, "assessment", { variant: "submit" });
  if ("reply" in choice) return choice.reply;
  const { member } = choice;
  authorizeAssessment(caller, [member.id], member.name);
  const plan = await findLatestSubmittedPlan(context.db, member.id);
  if (!plan) throw notFound("cmd.assessment.no_plan", { member: member.name });
  const commitments = await listAssessableCommitments(context.db, plan.plan.id);
  const today = civilDateIn(context.now, plan.timeZone);
  return { kind: "form", status: "ok", form: assessmentForm(plan, commitments, today, context.language) };
}

/** Submission of the assessment form: checked field by field, then recorded (DUE-ASSESS-*). */
export async function submitAssessmentForm(
  base: CommandContext,
  formContext: Record<string, string>,
  values: FormValues,
): Promise<CommandResult> {
  const context = requireLinked(base);
  const plan = await findPlanById(context.db, formContext.planId ?? "");
  if (!plan) throw notFound("cmd.plan.not_found", { ref: formContext.planId ?? "" });
  authorizeAssessment(context.caller, plan.memberIds, plan.ownerName);
  const commitments = await listAssessableCommitments(context.db, plan.plan.id);
  const today = civilDateIn(context.now, plan.timeZone);
  const form = assessmentForm(plan, commitments, today, context.language);
  const errors = checkFormFields(form, values, context.language);

  const kind = readText(values, "kind") as AssessmentKind;
  const commitment = commitments.find((row) => row.id === readText(values, "commitment")) ?? null;
  if (!errors.kind && !errors.commitment) {
    if (kind === "end_of_commitment" && commitments.length === 0)
      errors.kind = context.text("cmd.assessment.error.no_commitments");
    else if (kind === "end_of_commitment" && !commitment)
      errors.commitment = context.text("cmd.assessment.error.commitment_needed");
    else if (kind !== "end_of_commitment" && commitment)
      errors.commitment = context.text("cmd.assessment.error.commitment_not_taken");
  }
  const reportUrl = parseWebUrl(readText(values, "report_url"));
  if (!errors.report_url && !reportUrl) errors.report_url = context.text("cmd.assessment.error.report_url");
  const submittedOn = readText(values, "submitted_on");
  if (!errors.submitted_on && submittedOn > today)
    errors.submitted_on = context.text("cmd.assessment.error.future");
  else if (!errors.submitted_on && plan.plan.submittedOn && submittedOn < plan.plan.submittedOn)
    errors.submitted_on = context.text("cmd.assessment.error.before_plan", {
      date: formatCivilDate(plan.plan.submittedOn, context.language),
    });
  if (Object.keys(errors).length > 0 || !reportUrl) return { kind: "form_errors", status: "invalid", errors };

  const submitted = await submitAssessment(context, actingOf(context), plan, {
    kind,
    commitment: commitment && { id: commitment.id, code: commitment.code },
    submittedOn,
    reportUrl,
  });
  const { assessment: row, answered } = submitted;
  const kindLabel = context.text(`cmd.assessment.kind.${kind}`);
  const confirmation = context.text("cmd.assessment.recorded", {
    kind: kindLabel,
    subject: commitment
      ? commitment.code
      : context.text("cmd.assessment.subject_plan", { plan: plan.plan.title }),
    date: formatCivilDate(submittedOn, context.language),
  });
  const fields: ReplyField[] = [
    { label: context.text("cmd.assessment.field.kind"), value: kindLabel },
    {
      label: context.text("cmd.assessment.field.submitted_on"),
      value: formatCivilDate(submittedOn, context.language),
    },
  ];
  if (row.dueOn)
    fields.push({
      label: context.text("cmd.assessment.field.due_on"),
      value: formatCivilDate(row.dueOn, context.language),
    });
  const listed = context.text("cmd.assessment.listed", { owner: plan.ownerName });
  return messages(
    "ok",
    toCaller(confirmation, [
      { kind: "text", text: confirmation, tone: "success" },
      { kind: "fields", fields },
      { kind: "links", links: [{ label: context.text("cmd.assessment.report"), url: reportUrl }] },
      {
        kind: "context",
        text: answered
          ? `${context.text("cmd.assessment.cleared", {
              rule: answered.ruleId,
              section: RULE_SECTIONS[answered.ruleId],
              date: formatCivilDate(answered.dueOn, context.language),
            })} ${listed}`
          : listed,
      },
    ]),
  );
}
