import { writeAudited } from "../../db/audit.js";
import {
  endorsePlan,
  findStandingEndorsement,
  listStandingEndorsements,
  withdrawEndorsement,
} from "../../db/repositories/endorsements.js";
import { findMembersByIds } from "../../db/repositories/member-lookup.js";
import { findPersonName } from "../../db/repositories/people.js";
import { findPlanById, findPlanByRef, type PlanWithOwners } from "../../db/repositories/plans.js";
import { listMemberUpdateChannels } from "../../db/repositories/subscriptions.js";
import type { Language } from "../../domain/vocabularies.js";
import { formatCivilDate, formatInstant } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import type { ReplyBlock } from "../../messages/model.js";
import { enqueueChannelPost } from "../channel-posts.js";
import { actorOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { messages, notice, replacingOrigin, toCaller } from "../messages.js";
import {
  canPostUpdatesFor,
  isCivilSocietyOf,
  isPointOfContactFor,
  speaksForNonGovernment,
} from "../permissions.js";
import { invalid, notFound, refuse } from "../refusal.js";
import type { CommandResult } from "../reply.js";
import { retryOnceOnUniqueViolation } from "../unique-retry.js";

/** PLAN-5 (§3.3.1): endorsements are given, and may be withdrawn, before the plan is submitted. */
const BEFORE_SUBMISSION = ["draft", "co_creation"];

async function findPlan(context: LinkedContext, ref: string | undefined): Promise<PlanWithOwners> {
  if (!ref) throw invalid("cmd.endorse.usage");
  const plan = /^[0-9a-f-]{36}$/.test(ref)
    ? await findPlanById(context.db, ref)
    : await findPlanByRef(context.db, ref);
  if (!plan) throw notFound("cmd.plan.not_found", { ref });
  return plan;
}

/**
 * Only civil society of the plan's member(s), speaking for a non-government organization, endorses
 * (§1, §2.2, PLAN-5); government roles get a message that says why.
 */
function authorizeEndorsement(context: LinkedContext, plan: PlanWithOwners): { id: string; name: string } {
  const { caller } = context;
  if (!isCivilSocietyOf(caller, plan.memberIds)) {
    const government =
      isPointOfContactFor(caller, plan.memberIds) ||
      canPostUpdatesFor(caller, plan.memberIds) ||
      caller.roles.some(
        (grant) => grant.role === "government_official" && plan.memberIds.includes(grant.memberId ?? ""),
      );
    throw refuse(government ? "cmd.endorse.government_refused" : "cmd.endorse.not_civil_society", {
      owner: plan.ownerName,
    });
  }
  if (!caller.organization || !speaksForNonGovernment(caller)) throw refuse("cmd.endorse.no_organization");
  return caller.organization;
}

function requireBeforeSubmission(context: LinkedContext, plan: PlanWithOwners, key: string): void {
  if (!BEFORE_SUBMISSION.includes(plan.plan.status))
    throw refuse(key, {
      plan: plan.plan.title,
      status: context.text(`cmd.plan_status.${plan.plan.status}`),
    });
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
  const organization = authorizeEndorsement(context, plan);
  requireBeforeSubmission(context, plan, "cmd.endorse.submitted");
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
  const organization = authorizeEndorsement(context, plan);
  requireBeforeSubmission(context, plan, "cmd.endorse.submitted");
  const language = await channelLanguage(context, plan);
  const endorsement = await retryOnceOnUniqueViolation(() =>
    writeAudited(
      context.db,
      actorOf(context),
      async (writer) => {
        const given = await endorsePlan(writer, {
          planId: plan.plan.id,
          organizationId: organization.id,
          personId: context.caller.id,
          source: context.request.platform,
        });
        // A double click finds the standing endorsement: nothing new is written or announced.
        if (given.created) {
          const text = endorsedText(
            language,
            organization.name,
            plan,
            context.caller.name,
            given.endorsement.endorsedAt,
          );
          await enqueueChannelPost(
            writer.tx,
            {
              key: `endorsement:${given.endorsement.id}`,
              kind: "PLAN-5",
              subject: { kind: "plan", id: plan.plan.id },
              language,
              memberId: plan.memberIds[0] ?? null,
              channels: await listMemberUpdateChannels(writer.tx, plan.memberIds),
              summary: text,
              blocks: [
                { kind: "text", text, tone: "success" },
                { kind: "context", text: t(language, "cmd.endorse.rule") },
              ],
            },
            context.now,
          );
        }
        return given.endorsement;
      },
      context.now,
    ),
  );
  const endorserName = (await findPersonName(context.db, endorsement.personId)) ?? context.caller.name;
  const text = endorsedText(context.language, organization.name, plan, endorserName, endorsement.endorsedAt);
  const blocks: ReplyBlock[] = [{ kind: "text", text, tone: "success" }];
  // A button's outcome replaces the message that held it, for everyone who saw it.
  return messages(
    "ok",
    context.request.input.kind === "control" ? replacingOrigin(text, blocks) : toCaller(text, blocks),
  );
}

const endorsedText = (
  language: Language,
  organization: string,
  plan: PlanWithOwners,
  name: string,
  at: Date,
) =>
  t(language, "cmd.endorse.done", {
    organization,
    plan: plan.plan.title,
    name,
    when: formatInstant(at, language, plan.timeZone),
  });

/** Channels speak the (first) member's language. */
async function channelLanguage(context: LinkedContext, plan: PlanWithOwners): Promise<Language> {
  const [member] = await findMembersByIds(context.db, plan.memberIds);
  return (member?.language ?? "en") as Language;
}

async function withdraw(context: LinkedContext, plan: PlanWithOwners): Promise<CommandResult> {
  const organization = authorizeEndorsement(context, plan);
  requireBeforeSubmission(context, plan, "cmd.endorse.withdraw_submitted");
  const standing = await findStandingEndorsement(context.db, plan.plan.id, organization.id);
  if (!standing) throw notFound("cmd.endorse.nothing_to_withdraw", { organization: organization.name });
  const language = await channelLanguage(context, plan);
  const said = (lang: Language) =>
    t(lang, "cmd.endorse.withdrawn", {
      organization: organization.name,
      plan: plan.plan.title,
      name: context.caller.name,
      when: formatInstant(context.now, lang, plan.timeZone),
    });
  await writeAudited(
    context.db,
    actorOf(context),
    async (writer) => {
      await withdrawEndorsement(writer, standing.id);
      await enqueueChannelPost(
        writer.tx,
        {
          key: `endorsement:${standing.id}:withdrawn`,
          kind: "PLAN-5",
          subject: { kind: "plan", id: plan.plan.id },
          language,
          memberId: plan.memberIds[0] ?? null,
          channels: await listMemberUpdateChannels(writer.tx, plan.memberIds),
          summary: said(language),
          blocks: [{ kind: "text", text: said(language) }],
        },
        context.now,
      );
    },
    context.now,
  );
  return messages(
    "ok",
    toCaller(said(context.language), [{ kind: "text", text: said(context.language), tone: "success" }]),
  );
}
