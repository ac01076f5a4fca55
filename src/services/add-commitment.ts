import { writeAudited } from "../db/audit.js";
import type { CommitmentRow } from "../db/repositories/commitments.js";
import type { MemberRow } from "../db/repositories/member-lookup.js";
import { insertCommitment } from "../db/repositories/plan-authoring.js";
import type { PlanRow } from "../db/repositories/plans.js";
import { type Violation, validateCommitment } from "../domain/rules/index.js";
import type { OgpValue, PolicyArea, ResourcesSecured, Sector } from "../domain/vocabularies.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import {
  authorizePlanning,
  commitmentCapViolations,
  requirePlanInPreparation,
  violationRefusal,
} from "./plan-preparation.js";
import { retryOnceOnUniqueViolation } from "./unique-retry.js";

/** The Annex 2 fields a commitment is added with from chat. */
export interface CommitmentDraftInput {
  title: string;
  shortTitle: string | null;
  startDate: string;
  endDate: string;
  /** The lead implementing agency's office (Annex 2). */
  leadAgencyOffice: string;
  problem: string;
  action: string;
  expectedResults: string | null;
  nationalAlignment: string | null;
  resourcesSecured: string;
  policyAreas: string[];
  sectors: string[];
  ogpValues: string[];
}

/**
 * COMMIT-1 (duration, within the plan) and COMMIT-2 (required fields, 1–2 policy areas and sectors,
 * ≥1 OGP value, resources secured). COMMIT-2's "at least one milestone" is left to the submission:
 * milestones are added to the commitment once it exists (`milestone add`). COMMIT-3 does not apply
 * before the plan is submitted.
 */
export function commitmentDraftViolations(plan: PlanRow, input: CommitmentDraftInput): Violation[] {
  return validateCommitment(
    {
      title: input.title,
      startDate: input.startDate,
      endDate: input.endDate,
      leadAgency: input.leadAgencyOffice,
      problem: input.problem,
      action: input.action,
      policyAreas: input.policyAreas,
      sectors: input.sectors,
      ogpValues: input.ogpValues,
      resourcesSecured: input.resourcesSecured,
      milestones: [],
    },
    { planEnd: plan.periodEnd, addedLaterOn: null },
  ).filter((violation) => violation.field !== "milestones");
}

/**
 * Adds a draft commitment to the member's plan in preparation (Annex 2), coded after the member's
 * latest commitment (spec §2b), once COMMIT-1/COMMIT-2 and the PLAN-3 cap allow it.
 */
export async function addCommitment(
  deps: ServiceDeps,
  acting: Acting,
  member: MemberRow,
  input: CommitmentDraftInput,
): Promise<{ commitment: CommitmentRow; plan: PlanRow }> {
  authorizePlanning(acting.person, member);
  const plan = await requirePlanInPreparation(deps.db, member);
  const [violation] = [
    ...commitmentDraftViolations(plan, input),
    ...(await commitmentCapViolations(deps.db, member, plan.id, 1)),
  ];
  if (violation) throw violationRefusal(violation);
  // Two commitments added at once may compute the same next code; the unique index turns one away.
  const commitment = await retryOnceOnUniqueViolation(() =>
    writeAudited(
      deps.db,
      auditActor(acting),
      (writer) =>
        insertCommitment(writer, {
          ...input,
          planId: plan.id,
          memberCode: member.code,
          resourcesSecured: input.resourcesSecured as ResourcesSecured,
          policyAreas: input.policyAreas as PolicyArea[],
          sectors: input.sectors as Sector[],
          ogpValues: input.ogpValues as OgpValue[],
        }),
      deps.now,
    ),
  );
  return { commitment, plan };
}
