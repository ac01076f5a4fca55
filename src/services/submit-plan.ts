import { writeAudited } from "../db/audit.js";
import type { Executor } from "../db/client.js";
import { listSupportUnitSubscriptions, supportUnitWants } from "../db/repositories/alert-audiences.js";
import type { MemberRow } from "../db/repositories/member-lookup.js";
import {
  listEndorsementsForSubmission,
  listPlanCommitments,
  markPlanSubmitted,
  type PlanCommitment,
} from "../db/repositories/plan-authoring.js";
import type { PlanRow } from "../db/repositories/plans.js";
import { type ChannelRef, listMemberUpdateChannels } from "../db/repositories/subscriptions.js";
import type { MessageParams } from "../domain/message-params.js";
import {
  endorsingOrganizations,
  type Violation,
  validateCommitment,
  validatePlanLanguage,
  validatePlanPeriod,
  validatePlanSubmission,
} from "../domain/rules/index.js";
import type { Language } from "../domain/vocabularies.js";
import { SUPPORT_UNIT_LANGUAGE } from "../domain/vocabularies.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { planSubmittedBlocks } from "./announcements/plan.js";
import { enqueueChannelPost } from "./channel-posts.js";
import { refuse } from "./errors.js";
import {
  authorizePlanning,
  commitmentCapViolations,
  memberToday,
  requirePlanInPreparation,
} from "./plan-preparation.js";

/** The outbox kind of a submission notice, which Support Unit alert channels may filter on. */
export const PLAN_SUBMITTED_KIND = "plan.submitted";

/** Something that keeps the plan from being submitted: a rule violation, or a plan with no commitment. */
export interface SubmissionProblem {
  ruleId: string | null;
  /** The commitment it is about, by code; null for the plan itself. */
  commitment: string | null;
  messageKey: string;
  params: MessageParams;
}

export interface PlanSubmissionCheck {
  plan: PlanRow;
  commitments: PlanCommitment[];
  /** PLAN-5: the endorsing non-government organizations, which the submission lists. */
  endorsers: string[];
  problems: SubmissionProblem[];
}

const problemOf = (violation: Violation, commitment: string | null = null): SubmissionProblem => ({
  ruleId: violation.ruleId,
  commitment,
  messageKey: violation.messageKey,
  params: violation.params,
});

/** PLAN-5 on the plan's endorsements as they stand, and the organizations a submission lists. */
async function endorsementCheck(db: Executor, planId: string) {
  const endorsements = await listEndorsementsForSubmission(db, planId);
  const endorsing = new Set(endorsingOrganizations({ endorsements }));
  const names = new Map(endorsements.map((row) => [row.organizationId, row.organization]));
  return {
    violations: validatePlanSubmission({ endorsements }),
    endorsers: [...endorsing].map((id) => names.get(id) ?? id),
  };
}

/**
 * The member's plan in preparation as it stands, against every rule a submission must meet: PLAN-1
 * or PLAN-2 (period), PLAN-6 (English texts), PLAN-3 (its commitments active), COMMIT-1, COMMIT-2 and
 * MILESTONE-1 for each commitment, and PLAN-5 (a non-government endorsement). Reads only.
 */
export async function checkPlanSubmission(
  deps: ServiceDeps,
  member: MemberRow,
): Promise<PlanSubmissionCheck> {
  const plan = await requirePlanInPreparation(deps.db, member);
  const commitments = await listPlanCommitments(deps.db, plan.id);
  const problems: SubmissionProblem[] = [
    ...validatePlanPeriod({
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      mandateEnd: member.mandateEnd,
    }).map((violation) => problemOf(violation)),
    ...validatePlanLanguage({
      language: "en",
      englishFields: { title: plan.title, longTermVision: plan.longTermVision },
    }).map((violation) => problemOf(violation)),
    ...(await commitmentCapViolations(deps.db, member, plan.id, 0)).map((violation) => problemOf(violation)),
  ];
  if (commitments.length === 0)
    problems.push({ ruleId: null, commitment: null, messageKey: "plans.submit.no_commitments", params: {} });
  for (const { commitment, policyAreas, sectors, ogpValues, milestones } of commitments) {
    const violations = validateCommitment(
      {
        title: commitment.title,
        startDate: commitment.startDate,
        endDate: commitment.endDate,
        leadAgency: commitment.leadAgency.office,
        problem: commitment.problem,
        action: commitment.action,
        policyAreas,
        sectors,
        ogpValues,
        resourcesSecured: commitment.resourcesSecured,
        milestones,
      },
      { planEnd: plan.periodEnd, addedLaterOn: null },
    );
    problems.push(...violations.map((violation) => problemOf(violation, commitment.code)));
  }
  const endorsement = await endorsementCheck(deps.db, plan.id);
  problems.push(...endorsement.violations.map((violation) => problemOf(violation)));
  return { plan, commitments, endorsers: endorsement.endorsers, problems };
}

/** Where a submission is announced: the member's channels, and the Support Unit's that take this kind. */
async function announcementChannels(
  tx: Executor,
  member: MemberRow,
): Promise<{ member: ChannelRef[]; supportUnit: ChannelRef[] }> {
  const subscriptions = await listSupportUnitSubscriptions(tx);
  return {
    member: await listMemberUpdateChannels(tx, [member.id]),
    supportUnit: subscriptions
      .filter((subscription) => supportUnitWants(subscription, PLAN_SUBMITTED_KIND, member.country))
      .map((subscription) => subscription.channel),
  };
}

/**
 * Submits the member's plan (§3.2) when nothing in `checkPlanSubmission` stands against it: the plan
 * becomes `submitted` on today's date in the member's calendar, its commitments `active`; in the same
 * transaction the member's channels and the Support Unit's are told, with the endorsing
 * organizations listed (PLAN-5).
 */
export async function submitPlan(
  deps: ServiceDeps,
  acting: Acting,
  member: MemberRow,
): Promise<{ plan: PlanRow; endorsers: string[]; commitments: PlanCommitment[]; shared: number }> {
  authorizePlanning(acting.person, member);
  const check = await checkPlanSubmission(deps, member);
  const [problem] = check.problems;
  if (problem) throw refuse(problem.messageKey, problem.params);
  const on = memberToday(member, deps.now);
  return writeAudited(
    deps.db,
    auditActor(acting),
    async (writer) => {
      // An endorsement withdrawn since the check would leave the plan without one (PLAN-5).
      const endorsement = await endorsementCheck(writer.tx, check.plan.id);
      const [unendorsed] = endorsement.violations;
      if (unendorsed) throw refuse(unendorsed.messageKey, unendorsed.params);
      const plan = await markPlanSubmitted(writer, check.plan, on);
      const channels = await announcementChannels(writer.tx, member);
      const announce = (language: Language, targets: ChannelRef[]) =>
        enqueueChannelPost(
          writer.tx,
          {
            key: `plan:${plan.id}:submitted`,
            kind: PLAN_SUBMITTED_KIND,
            subject: { kind: "plan", id: plan.id },
            language,
            memberId: member.id,
            channels: targets,
            ...planSubmittedBlocks(member, plan, endorsement.endorsers, check.commitments, language),
          },
          deps.now,
        );
      const shared =
        (await announce(member.language as Language, channels.member)) +
        (await announce(SUPPORT_UNIT_LANGUAGE, channels.supportUnit));
      return { plan, endorsers: endorsement.endorsers, commitments: check.commitments, shared };
    },
    deps.now,
  );
}
