import { writeAudited } from "../db/audit.js";
import type { CommitmentInContext, MilestoneRow } from "../db/repositories/commitments.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import { insertMilestone, PLAN_PREPARATION_STATUSES } from "../db/repositories/plan-authoring.js";
import { type Violation, validateMilestone } from "../domain/rules/index.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { label, refuse } from "./errors.js";
import { isPointOfContactFor } from "./permissions.js";
import { violationRefusal } from "./plan-preparation.js";
import { retryOnceOnUniqueViolation } from "./unique-retry.js";

/** Annex 2 §17: a milestone as added from chat. */
export interface MilestoneDraftInput {
  description: string;
  startMonth: string;
  endMonth: string;
  responsibleOrganization: string;
}

/**
 * The member's point of contact adds milestones while the commitment's plan is being written; once
 * it is submitted, milestones change through a modification (§3.2.1.3, MOD-1/MOD-2: `modify`).
 */
export function authorizeMilestone(person: PersonWithRoles, commitment: CommitmentInContext): void {
  const { code, status } = commitment.commitment;
  if (!isPointOfContactFor(person, commitment.memberIds)) throw refuse("plans.milestone.not_poc", { code });
  const planStatus = commitment.plan.plan.status;
  if (status !== "draft" || !(PLAN_PREPARATION_STATUSES as readonly string[]).includes(planStatus))
    throw refuse("plans.milestone.submitted", { code, status: label(`cmd.plan_status.${planStatus}`) });
}

/** MILESTONE-1: months in order and within the commitment's dates. */
export function milestoneViolations(
  commitment: CommitmentInContext,
  input: MilestoneDraftInput,
): Violation[] {
  return validateMilestone(
    { startMonth: input.startMonth, endMonth: input.endMonth },
    { startDate: commitment.commitment.startDate, endDate: commitment.commitment.endDate },
  );
}

/** Adds a milestone, not started, after the commitment's last one (Annex 2 §17). */
export async function addMilestone(
  deps: ServiceDeps,
  acting: Acting,
  commitment: CommitmentInContext,
  input: MilestoneDraftInput,
): Promise<MilestoneRow> {
  authorizeMilestone(acting.person, commitment);
  const [violation] = milestoneViolations(commitment, input);
  if (violation) throw violationRefusal(violation);
  // Positions are unique per commitment: a twin added at the same moment takes the next one.
  return retryOnceOnUniqueViolation(() =>
    writeAudited(
      deps.db,
      auditActor(acting),
      (writer) => insertMilestone(writer, { commitmentId: commitment.commitment.id, ...input }),
      deps.now,
    ),
  );
}
