import { writeAudited } from "../db/audit.js";
import type { Executor } from "../db/client.js";
import {
  type EndorsementRow,
  findStandingEndorsement,
  endorsePlan as insertEndorsement,
  withdrawEndorsement as markWithdrawn,
} from "../db/repositories/endorsements.js";
import { findMembersByIds } from "../db/repositories/member-lookup.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import type { PlanWithOwners } from "../db/repositories/plans.js";
import { listMemberUpdateChannels } from "../db/repositories/subscriptions.js";
import type { Language } from "../domain/vocabularies.js";
import { t } from "../messages/i18n/index.js";
import type { ReplyBlock } from "../messages/model.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { endorsementText } from "./announcements/endorsement.js";
import { enqueueChannelPost } from "./channel-posts.js";
import { label, notFound, refuse } from "./errors.js";
import {
  canPostUpdatesFor,
  isCivilSocietyOf,
  isPointOfContactFor,
  speaksForNonGovernment,
} from "./permissions.js";
import { retryOnceOnUniqueViolation } from "./unique-retry.js";

/** PLAN-5 (§3.3.1): endorsements are given, and may be withdrawn, before the plan is submitted. */
const BEFORE_SUBMISSION = ["draft", "co_creation"];

/**
 * Only civil society of the plan's member(s), speaking for a non-government organization, endorses
 * (§1, §2.2, PLAN-5); government roles are told why they cannot. Returns the organization.
 */
export function authorizeEndorsement(
  person: PersonWithRoles,
  plan: PlanWithOwners,
): { id: string; name: string } {
  if (!isCivilSocietyOf(person, plan.memberIds)) {
    const government =
      isPointOfContactFor(person, plan.memberIds) ||
      canPostUpdatesFor(person, plan.memberIds) ||
      person.roles.some(
        (grant) => grant.role === "government_official" && plan.memberIds.includes(grant.memberId ?? ""),
      );
    throw refuse(government ? "cmd.endorse.government_refused" : "cmd.endorse.not_civil_society", {
      owner: plan.ownerName,
    });
  }
  if (!person.organization || !speaksForNonGovernment(person)) throw refuse("cmd.endorse.no_organization");
  return person.organization;
}

/** PLAN-5: a submitted plan's endorsements are settled; `code` says which act came too late. */
export function requireBeforeSubmission(plan: PlanWithOwners, code: string): void {
  if (!BEFORE_SUBMISSION.includes(plan.plan.status))
    throw refuse(code, { plan: plan.plan.title, status: label(`cmd.plan_status.${plan.plan.status}`) });
}

/** The language of the plan's channels: its (first) member's. */
async function channelLanguage(deps: Pick<ServiceDeps, "db">, plan: PlanWithOwners): Promise<Language> {
  const [member] = await findMembersByIds(deps.db, plan.memberIds);
  return (member?.language ?? "en") as Language;
}

/** Tells the channels following the plan's members (PLAN-5), in the transaction of what they learn. */
async function announce(
  tx: Executor,
  now: Date,
  plan: PlanWithOwners,
  key: string,
  language: Language,
  blocks: ReplyBlock[],
): Promise<void> {
  const summary = blocks.find((block) => block.kind === "text")?.text ?? plan.plan.title;
  await enqueueChannelPost(
    tx,
    {
      key,
      kind: "PLAN-5",
      subject: { kind: "plan", id: plan.plan.id },
      language,
      memberId: plan.memberIds[0] ?? null,
      channels: await listMemberUpdateChannels(tx, plan.memberIds),
      summary,
      blocks,
    },
    now,
  );
}

/**
 * Records the acting person's organization's endorsement of a plan (PLAN-5) and announces it to the
 * member's channels in the same transaction. Idempotent: a double click finds the standing
 * endorsement, writes nothing and announces nothing (`created: false`).
 */
export async function endorsePlan(
  deps: ServiceDeps,
  acting: Acting,
  plan: PlanWithOwners,
): Promise<{ endorsement: EndorsementRow; created: boolean }> {
  const organization = authorizeEndorsement(acting.person, plan);
  requireBeforeSubmission(plan, "cmd.endorse.submitted");
  const language = await channelLanguage(deps, plan);
  return retryOnceOnUniqueViolation(() =>
    writeAudited(
      deps.db,
      auditActor(acting),
      async (writer) => {
        const given = await insertEndorsement(writer, {
          planId: plan.plan.id,
          organizationId: organization.id,
          personId: acting.person.id,
          source: acting.source,
        });
        if (given.created) {
          const text = endorsementText(
            "endorsed",
            language,
            organization.name,
            plan,
            acting.person.name,
            given.endorsement.endorsedAt,
          );
          await announce(writer.tx, deps.now, plan, `endorsement:${given.endorsement.id}`, language, [
            { kind: "text", text, tone: "success" },
            { kind: "context", text: t(language, "cmd.endorse.rule") },
          ]);
        }
        return given;
      },
      deps.now,
    ),
  );
}

/** Withdraws the organization's standing endorsement before submission (PLAN-5) and says so in the channels. */
export async function withdrawEndorsement(
  deps: ServiceDeps,
  acting: Acting,
  plan: PlanWithOwners,
): Promise<void> {
  const organization = authorizeEndorsement(acting.person, plan);
  requireBeforeSubmission(plan, "cmd.endorse.withdraw_submitted");
  const standing = await findStandingEndorsement(deps.db, plan.plan.id, organization.id);
  if (!standing) throw notFound("cmd.endorse.nothing_to_withdraw", { organization: organization.name });
  const language = await channelLanguage(deps, plan);
  const text = endorsementText("withdrawn", language, organization.name, plan, acting.person.name, deps.now);
  await writeAudited(
    deps.db,
    auditActor(acting),
    async (writer) => {
      await markWithdrawn(writer, standing.id);
      await announce(writer.tx, deps.now, plan, `endorsement:${standing.id}:withdrawn`, language, [
        { kind: "text", text },
      ]);
    },
    deps.now,
  );
}
