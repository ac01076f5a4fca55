import { findStandingEndorsement, listStandingEndorsements } from "../../db/repositories/endorsements.js";
import { findPersonName } from "../../db/repositories/people.js";
import { findPlanById, findPlanByRef, type PlanWithOwners } from "../../db/repositories/plans.js";
import { formatCivilDate, formatInstant } from "../../messages/format.js";
import type { ReplyBlock } from "../../messages/model.js";
import { endorsementText } from "../../services/announcements/endorsement.js";
import {
  authorizeEndorsement,
  endorsePlan,
  requireBeforeSubmission,
  withdrawEndorsement,
} from "../../services/endorse-plan.js";
import { invalid, notFound } from "../../services/errors.js";
import { actingOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { messages, notice, replacingOrigin, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";

async function findPlan(context: LinkedContext, ref: string | undefined): Promise<PlanWithOwners> {
  if (!ref) throw invalid("cmd.endorse.usage");
  const plan = /^[0-9a-f-]{36}$/.test(ref)
    ? await findPlanById(context.db, ref)
    : await findPlanByRef(context.db, ref);
  if (!plan) throw notFound("cmd.plan.not_found", { ref });
  return plan;
}

function planSummary(context: LinkedContext, plan: PlanWithOwners, endorsers: string[]): ReplyBlock[] {
  const { text, language } = context;
  return [
    { kind: "heading", text: plan.plan.title },
    {
      kind: "fields",
      fields: [
        { label: text("cmd.endorse.owner"), value: plan.ownerName },
        {
          label: text("cmd.status.period"),
          value: `${formatCivilDate(plan.plan.periodStart, language)} – ${formatCivilDate(plan.plan.periodEnd, language)}`,
        },
        { label: text("cmd.status.plan_status"), value: text(`cmd.plan_status.${plan.plan.status}`) },
        {
          label: text("cmd.status.endorsements"),
          value: endorsers.length > 0 ? endorsers.join(", ") : text("cmd.status.no_endorsement"),
        },
      ],
    },
  ];
}

/** `endorse PLAN`, `endorse confirm PLAN` (the button), `endorse withdraw PLAN`. */
export async function endorse(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [first, second] = args;
  if (first?.toLowerCase() === "withdraw") return withdraw(context, await findPlan(context, second));
  if (first?.toLowerCase() === "confirm") return confirm(context, await findPlan(context, second));
  if (args.length !== 1) throw invalid("cmd.endorse.usage");
  const plan = await findPlan(context, first);
  const organization = authorizeEndorsement(context.caller, plan);
  requireBeforeSubmission(plan, "cmd.endorse.submitted");
  const standing = await findStandingEndorsement(context.db, plan.plan.id, organization.id);
  if (standing)
    return notice(
      "ok",
      context.text("cmd.endorse.already", {
        organization: organization.name,
        when: formatInstant(standing.endorsedAt, context.language, plan.timeZone),
      }),
      "info",
    );
  const endorsers = (await listStandingEndorsements(context.db, plan.plan.id)).map((row) => row.organization);
  const question = context.text("cmd.endorse.question", {
    organization: organization.name,
    plan: plan.plan.title,
  });
  return messages(
    "ok",
    toCaller(question, [
      ...planSummary(context, plan, endorsers),
      { kind: "text", text: question },
      {
        kind: "buttons",
        buttons: [
          {
            label: context.text("cmd.endorse.confirm_button"),
            style: "primary",
            invoke: { command: "endorse", args: ["confirm", plan.plan.id] },
          },
        ],
      },
      { kind: "context", text: context.text("cmd.endorse.rule") },
    ]),
  );
}

/** The confirm button: re-authorized on the server, idempotent on a double click. */
async function confirm(context: LinkedContext, plan: PlanWithOwners): Promise<CommandResult> {
  const { endorsement } = await endorsePlan(context, actingOf(context), plan);
  const organization = authorizeEndorsement(context.caller, plan);
  const endorserName = (await findPersonName(context.db, endorsement.personId)) ?? context.caller.name;
  const text = endorsementText(
    "endorsed",
    context.language,
    organization.name,
    plan,
    endorserName,
    endorsement.endorsedAt,
  );
  const blocks: ReplyBlock[] = [{ kind: "text", text, tone: "success" }];
  // A button's outcome replaces the message that held it, for everyone who saw it.
  return messages(
    "ok",
    context.request.input.kind === "control" ? replacingOrigin(text, blocks) : toCaller(text, blocks),
  );
}

async function withdraw(context: LinkedContext, plan: PlanWithOwners): Promise<CommandResult> {
  await withdrawEndorsement(context, actingOf(context), plan);
  const organization = authorizeEndorsement(context.caller, plan);
  const text = endorsementText(
    "withdrawn",
    context.language,
    organization.name,
    plan,
    context.caller.name,
    context.now,
  );
  return messages("ok", toCaller(text, [{ kind: "text", text, tone: "success" }]));
}
