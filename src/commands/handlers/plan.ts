import { findMembersByIds, type MemberRow } from "../../db/repositories/member-lookup.js";
import type { Language } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { FormDefinition, FormValues, ReplyBlock } from "../../messages/model.js";
import { planPeriod, planSubmittedBlocks } from "../../services/announcements/plan.js";
import { draftPlan, planDraftViolations, requireNoOpenPlan } from "../../services/draft-plan.js";
import { invalid, notFound } from "../../services/errors.js";
import { authorizePlanning } from "../../services/plan-preparation.js";
import {
  type EndorsementRequestOutcome,
  requestPlanEndorsement,
} from "../../services/request-plan-endorsement.js";
import { checkPlanSubmission, type SubmissionProblem, submitPlan } from "../../services/submit-plan.js";
import { actingOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { checkFormFields, parseWebUrl, readText } from "../forms.js";
import { messages, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";
import { choosePlanningMember, describeViolation, violationErrors } from "./planning.js";

const TITLE_MAX = 200;
const VISION_MAX = 3000;
const SPACE_MAX = 500;

/** The Annex 1 fields asked in chat: one step, so one Discord modal. */
function planDraftForm(member: MemberRow, language: Language): FormDefinition {
  const text = (key: string) => t(language, key);
  return {
    formId: "plan_draft",
    title: truncate(text("plans.draft.form_title"), LIMITS.formTitle),
    submitLabel: text("plans.draft.submit"),
    context: { memberId: member.id },
    steps: [
      {
        title: member.name,
        fields: [
          {
            kind: "text",
            name: "title",
            label: text("plans.draft.field.title"),
            required: true,
            multiline: false,
            maxLength: TITLE_MAX,
            hint: text("plans.hint.english"),
          },
          {
            kind: "date",
            name: "period_start",
            label: text("plans.draft.field.period_start"),
            required: true,
          },
          {
            kind: "date",
            name: "period_end",
            label: text("plans.draft.field.period_end"),
            required: true,
            hint: text(member.mandateEnd ? "plans.draft.hint.plan1" : "plans.draft.hint.plan2"),
          },
          {
            kind: "text",
            name: "long_term_vision",
            label: text("plans.draft.field.long_term_vision"),
            required: true,
            multiline: true,
            maxLength: VISION_MAX,
            hint: text("plans.draft.hint.long_term_vision"),
          },
          {
            kind: "text",
            name: "participation_space",
            label: text("plans.draft.field.participation_space"),
            required: false,
            multiline: false,
            maxLength: SPACE_MAX,
            hint: text("plans.draft.hint.participation_space"),
          },
        ],
      },
    ],
  };
}

/** The validators' field names, as the draft form names them. */
const DRAFT_FIELDS: Record<string, string> = {
  title: "title",
  longTermVision: "long_term_vision",
  periodStart: "period_start",
  periodEnd: "period_end",
  mandateEnd: "period_end",
};

/** `plan draft [MEMBER]`, `plan submit [MEMBER]`, `plan request-endorsement [MEMBER]`: the point of contact writes the plan (§3.2–§3.3). */
export async function plan(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [action = "", ref, ...rest] = args;
  const variant = action.toLowerCase();
  if (rest.length > 0 || !["draft", "submit", "request-endorsement"].includes(variant))
    throw invalid("plans.usage");
  const choice = await choosePlanningMember(context, ref, "plan", variant);
  if ("reply" in choice) return choice.reply;
  const { member } = choice;
  if (variant === "draft") return openDraftForm(context, member);
  if (variant === "submit") return submit(context, member);
  return requestEndorsement(context, member);
}

async function openDraftForm(context: LinkedContext, member: MemberRow): Promise<CommandResult> {
  authorizePlanning(context.caller, member);
  await requireNoOpenPlan(context.db, member, context.now);
  return { kind: "form", status: "ok", form: planDraftForm(member, context.language) };
}

/** Submission of the draft form: the plan is recorded as a draft, and the next steps offered. */
export async function submitPlanDraft(
  base: CommandContext,
  formContext: Record<string, string>,
  values: FormValues,
): Promise<CommandResult> {
  const context = requireLinked(base);
  const [member] = await findMembersByIds(context.db, [formContext.memberId ?? ""]);
  if (!member) throw notFound("cmd.member.not_found", { ref: formContext.memberId ?? "" });
  authorizePlanning(context.caller, member);
  const space = readText(values, "participation_space");
  // A link is an online space; anything else names a place.
  const online = space ? parseWebUrl(space) : null;
  const input = {
    title: readText(values, "title"),
    periodStart: readText(values, "period_start"),
    periodEnd: readText(values, "period_end"),
    longTermVision: readText(values, "long_term_vision"),
    participationSpacesOnline: online,
    participationSpacesOffline: space && !online ? space : null,
  };
  const errors = checkFormFields(planDraftForm(member, context.language), values, context.language);
  if (Object.keys(errors).length === 0)
    Object.assign(
      errors,
      violationErrors(planDraftViolations(member, input), DRAFT_FIELDS, "period_end", context.language),
    );
  if (Object.keys(errors).length > 0) return { kind: "form_errors", status: "invalid", errors };

  const drafted = await draftPlan(context, actingOf(context), member, input);
  const confirmation = context.text("plans.draft.recorded", {
    member: member.name,
    plan: drafted.title,
    number: drafted.number,
  });
  return messages(
    "ok",
    toCaller(confirmation, [
      { kind: "text", text: confirmation, tone: "success" },
      {
        kind: "fields",
        fields: [
          { label: context.text("plans.field.period"), value: planPeriod(drafted, context.language) },
          {
            label: context.text("cmd.status.plan_status"),
            value: context.text(`cmd.plan_status.${drafted.status}`),
          },
        ],
      },
      { kind: "text", text: context.text("plans.draft.next") },
      {
        kind: "buttons",
        buttons: [
          {
            label: context.text("plans.button.add_commitment"),
            style: "primary",
            invoke: { command: "commitment", args: ["add", member.slug] },
          },
        ],
      },
    ]),
  );
}

const problemLine = (problem: SubmissionProblem, language: Language): string => {
  const text = describeViolation(problem, language);
  return problem.commitment ? `${problem.commitment}: ${text}` : text;
};

/**
 * `plan submit`: every problem at once, each naming its rule, or the plan submitted and announced.
 * A plan held back by its endorsement alone (PLAN-5) sends the endorsement requests to civil society
 * there and then; with other problems too, nothing is written and a button offers to ask.
 */
async function submit(context: LinkedContext, member: MemberRow): Promise<CommandResult> {
  authorizePlanning(context.caller, member);
  const check = await checkPlanSubmission(context, member);
  if (check.problems.length > 0) {
    const heading = context.text("plans.submit.refused", {
      plan: check.plan.title,
      count: check.problems.length,
    });
    const needsEndorsement = check.problems.some((problem) => problem.ruleId === "PLAN-5");
    const onlyEndorsement = check.problems.every((problem) => problem.ruleId === "PLAN-5");
    const requested = onlyEndorsement
      ? await requestPlanEndorsement(context, actingOf(context), member)
      : null;
    const blocks: ReplyBlock[] = [
      { kind: "text", text: heading, tone: "error" },
      { kind: "list", items: check.problems.map((problem) => problemLine(problem, context.language)) },
      ...(requested ? endorsementRequestBlocks(context, requested) : []),
      ...(needsEndorsement && !requested
        ? [
            { kind: "text" as const, text: context.text("plans.submit.ask_endorsement") },
            {
              kind: "buttons" as const,
              buttons: [
                {
                  label: context.text("plans.button.request_endorsement"),
                  invoke: { command: "plan" as const, args: ["request-endorsement", member.slug] },
                },
              ],
            },
          ]
        : []),
    ];
    return messages("refused", toCaller(heading, blocks));
  }
  const submitted = await submitPlan(context, actingOf(context), member);
  const { summary, blocks } = planSubmittedBlocks(
    member,
    submitted.plan,
    submitted.endorsers,
    submitted.commitments,
    context.language,
  );
  return messages(
    "ok",
    toCaller(summary, [
      ...blocks,
      {
        kind: "context",
        text:
          submitted.shared > 0
            ? context.text("plans.submit.shared", { count: submitted.shared })
            : context.text("plans.submit.not_shared"),
      },
    ]),
  );
}

/** Who was asked to endorse the plan (PLAN-5), who had been, who cannot be reached in chat, and what next. */
function endorsementRequestBlocks(context: LinkedContext, outcome: EndorsementRequestOutcome): ReplyBlock[] {
  const line = (key: string, names: string[]) =>
    names.length > 0 ? [{ kind: "text" as const, text: context.text(key, { names: names.join(", ") }) }] : [];
  return [
    {
      kind: "text",
      text: context.text("plans.endorsement_request.sent", {
        plan: outcome.plan.title,
        count: outcome.asked.length,
      }),
      tone: outcome.asked.length > 0 ? "success" : "info",
    },
    ...line("plans.endorsement_request.asked", outcome.asked),
    ...line("plans.endorsement_request.already_asked", outcome.alreadyAsked),
    ...line("plans.endorsement_request.unreachable", outcome.unreachable),
    {
      kind: "context",
      text: context.text("plans.endorsement_request.next", {
        status: context.text(`cmd.plan_status.${outcome.plan.status}`),
      }),
    },
  ];
}

/** `plan request-endorsement`: civil society of the member is asked, each in a direct message (PLAN-5). */
async function requestEndorsement(context: LinkedContext, member: MemberRow): Promise<CommandResult> {
  const outcome = await requestPlanEndorsement(context, actingOf(context), member);
  const summary = context.text("plans.endorsement_request.sent", {
    plan: outcome.plan.title,
    count: outcome.asked.length,
  });
  return messages("ok", toCaller(summary, endorsementRequestBlocks(context, outcome)));
}
