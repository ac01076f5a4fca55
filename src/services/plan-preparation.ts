import type { Database } from "../db/client.js";
import { loadMemberFacts } from "../db/repositories/member-facts.js";
import type { MemberRow } from "../db/repositories/member-lookup.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import { findPlanInPreparation } from "../db/repositories/plan-authoring.js";
import type { PlanRow } from "../db/repositories/plans.js";
import { type Violation, validateCommitmentCap } from "../domain/rules/index.js";
import type { CommitmentStatus } from "../domain/vocabularies.js";
import { civilDateIn } from "../messages/format.js";
import { notFound, refuse, type ServiceError } from "./errors.js";
import { isPointOfContactFor } from "./permissions.js";

/**
 * What the plan-writing use cases share (§3.2–§3.3): who writes a member's plan, which plan is being
 * written, the member's calendar day, and rule violations as refusals.
 */

/** §1 role table: the member's point of contact drafts and submits its plans and commitments. */
export function authorizePlanning(person: PersonWithRoles, member: MemberRow): void {
  if (!isPointOfContactFor(person, [member.id])) throw refuse("plans.not_poc", { member: member.name });
}

/** The member's own plan in draft or co-creation, which commitments and milestones are added to. */
export async function requirePlanInPreparation(db: Database, member: MemberRow): Promise<PlanRow> {
  const plan = await findPlanInPreparation(db, member.id);
  if (!plan) throw notFound("plans.none_in_preparation", { member: member.name });
  return plan;
}

/** Today in the member's time zone: the day drafts are recorded and plans submitted on. */
export const memberToday = (member: MemberRow, now: Date): string => civilDateIn(now, member.timeZone);

/** A rule violation as a refusal, in its own words, which name the rule. */
export const violationRefusal = (violation: Violation): ServiceError =>
  refuse(violation.messageKey, violation.params);

/**
 * PLAN-3 (§3.2, §3.4): the member's open commitments once the plan's draft commitments, and `adding`
 * more, are active; a coalition member's cap follows its coalition's size.
 */
export async function commitmentCapViolations(
  db: Database,
  member: MemberRow,
  planId: string,
  adding: number,
): Promise<Violation[]> {
  const [facts] = await loadMemberFacts(db, [member.id]);
  if (!facts) return [];
  const assessed = new Set(
    facts.assessments
      .filter((assessment) => assessment.kind === "end_of_commitment" && assessment.submittedOn !== null)
      .map((assessment) => assessment.commitmentId),
  );
  const once = (status: CommitmentStatus, planOf: string): CommitmentStatus =>
    planOf === planId && status === "draft" ? "active" : status;
  return validateCommitmentCap({
    coalitionSize: facts.member.coalitionSize,
    commitments: [
      ...facts.commitments.map((commitment) => ({
        status: once(commitment.status, commitment.planId),
        endAssessmentSubmitted: assessed.has(commitment.id),
      })),
      ...Array.from({ length: adding }, () => ({ status: "active" as const, endAssessmentSubmitted: false })),
    ],
  });
}
