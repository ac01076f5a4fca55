import { parseIsoDate } from "../../time/civil.js";
import { isValidTimeZone, zoneCalendar } from "../../time/zone.js";
import type { Violation } from "../catalog.js";
import { type RulesConfig, SPEC_RULES_CONFIG } from "../config.js";
import type { MemberFacts } from "../facts.js";
import { validateCommitmentPeriod, validateMilestone } from "./commitments.js";
import { validateModification } from "./modifications.js";
import {
  ownCommitmentEnd,
  validateCommitmentCap,
  validatePlanPeriod,
  validatePlanSubmission,
} from "./plans.js";

/** The rules above against a member's recorded facts (imports, consistency reports). */

/**
 * The rules above checked against a member's recorded facts, for imports and consistency reports:
 * PLAN-1/PLAN-2 (single members), PLAN-3 (today's open commitments), PLAN-4 (own commitments of a
 * coalition member), PLAN-5 (endorsed by the end of the submission day), COMMIT-1, MILESTONE-1 and
 * MOD-1. Fields are paths into the facts, e.g. `plans[0].periodEnd`.
 */
export function validateMemberFacts(
  facts: MemberFacts,
  config: RulesConfig = SPEC_RULES_CONFIG,
): Violation[] {
  const violations: Violation[] = [];
  const prefixed = (prefix: string, found: Violation[]) =>
    violations.push(...found.map((one) => ({ ...one, field: `${prefix}.${one.field}` })));
  const { member } = facts;
  // Endorsement instants are read in the member's zone; an unknown zone is a member-record problem
  // reported elsewhere, so UTC stands in rather than failing the whole check.
  const calendar = zoneCalendar(isValidTimeZone(member.timeZone) ? member.timeZone : "UTC");
  const plans = new Map(facts.plans.map((plan) => [plan.id, plan]));

  facts.plans.forEach((plan, index) => {
    if (member.coalitionSize === null) {
      prefixed(`plans[${index}]`, validatePlanPeriod({ ...plan, mandateEnd: member.mandateEnd }, config));
    }
    const submittedOn = parseIsoDate(plan.submittedOn);
    if (submittedOn === null) return;
    const endOfSubmissionDay = calendar.startOf(submittedOn + 1);
    const endorsements = facts.endorsements
      .filter((endorsement) => endorsement.planId === plan.id && endorsement.endorsedAt < endOfSubmissionDay)
      .map((endorsement) => ({
        organizationId: endorsement.organizationId,
        nonGovernment: endorsement.nonGovernment,
        withdrawn: endorsement.withdrawnAt !== null && endorsement.withdrawnAt < endOfSubmissionDay,
      }));
    prefixed(`plans[${index}]`, validatePlanSubmission({ endorsements }, config));
  });

  const assessed = new Set(
    facts.assessments
      .filter((assessment) => assessment.kind === "end_of_commitment" && assessment.submittedOn !== null)
      .map((assessment) => assessment.commitmentId),
  );
  violations.push(
    ...validateCommitmentCap(
      {
        coalitionSize: member.coalitionSize,
        commitments: facts.commitments.map((commitment) => ({
          status: commitment.status,
          endAssessmentSubmitted: assessed.has(commitment.id),
        })),
      },
      config,
    ),
  );

  const mandateEnd = parseIsoDate(member.mandateEnd);
  const commitmentsById = new Map(facts.commitments.map((commitment) => [commitment.id, commitment]));
  facts.commitments.forEach((commitment, index) => {
    const planEnd = plans.get(commitment.planId)?.periodEnd;
    if (planEnd !== undefined) {
      prefixed(`commitments[${index}]`, validateCommitmentPeriod({ ...commitment, planEnd }, config));
    }
    const end = parseIsoDate(commitment.endDate);
    if (member.coalitionSize !== null && commitment.ownedByMember && end !== null && mandateEnd !== null) {
      violations.push(
        ...ownCommitmentEnd(
          { code: commitment.code, end },
          { label: member.slug, mandateEnd },
          `commitments[${index}].endDate`,
          config,
        ),
      );
    }
  });

  facts.milestones.forEach((milestone, index) => {
    const commitment = commitmentsById.get(milestone.commitmentId);
    if (commitment !== undefined) {
      violations.push(...validateMilestone(milestone, commitment, `milestones[${index}]`));
    }
  });

  facts.modifications.forEach((modification, index) => {
    const commitment = commitmentsById.get(modification.commitmentId);
    if (commitment === undefined) return;
    const found = validateModification(
      {
        proposedOn: modification.proposedOn,
        commitmentSubmittedOn: commitment.submittedOn,
        decision: "pending",
        approvals: [],
      },
      config,
    );
    prefixed(`modifications[${index}]`, found);
  });
  return violations;
}
