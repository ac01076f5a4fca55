import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { AssessmentKind } from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import type { Database, Executor } from "../client.js";
import { actionPlans, assessments, commitments } from "../schema/index.js";
import { findPlanById, type PlanWithOwners, plansOwnedBy } from "./plans.js";

export type AssessmentRow = typeof assessments.$inferSelect;

/** Which assessment: its kind on a plan, and the commitment for an end-of-commitment one (§3.5.1–§3.5.3). */
export interface AssessmentKey {
  planId: string;
  kind: AssessmentKind;
  commitmentId: string | null;
}

/**
 * The recorded assessment for a key, if any: the first recorded, as the rules engine reads it
 * (DUE-ASSESS-*), so a submission completes the very record the engine looks at.
 */
export async function findAssessment(db: Executor, key: AssessmentKey): Promise<AssessmentRow | null> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.planId, key.planId),
        eq(assessments.kind, key.kind),
        key.commitmentId === null
          ? isNull(assessments.commitmentId)
          : eq(assessments.commitmentId, key.commitmentId),
      ),
    )
    .orderBy(sql`${assessments}.rowid`)
    .limit(1);
  return row ?? null;
}

/**
 * The member's latest submitted plan, its own or its coalition's: the plan its monitoring body
 * assesses (§3.5), even while the next one is being co-created.
 */
export async function findLatestSubmittedPlan(
  db: Database,
  memberId: string,
): Promise<PlanWithOwners | null> {
  const { condition: owned } = await plansOwnedBy(db, [memberId]);
  const [plan] = await db
    .select({ id: actionPlans.id })
    .from(actionPlans)
    .where(and(owned, isNotNull(actionPlans.submittedOn)))
    .orderBy(desc(actionPlans.periodStart), desc(actionPlans.number))
    .limit(1);
  return plan ? findPlanById(db, plan.id) : null;
}

/** The plan's commitments an end-of-commitment assessment may be about: those that ran (active or completed). */
export async function listAssessableCommitments(
  db: Database,
  planId: string,
): Promise<{ id: string; code: string; title: string }[]> {
  return db
    .select({ id: commitments.id, code: commitments.code, title: commitments.title })
    .from(commitments)
    .where(and(eq(commitments.planId, planId), inArray(commitments.status, ["active", "completed"])))
    .orderBy(asc(commitments.number));
}

export interface AssessmentSubmission {
  submittedOn: string;
  reportUrl: string;
  /** The due date to keep with the record when it has none yet (from the DUE-ASSESS-* item). */
  dueOn: string | null;
}

/**
 * Records a submitted assessment: completes the record already there (one the Support Unit dated,
 * or imported without a submission), else adds one.
 */
export async function recordAssessmentSubmission(
  writer: AuditedWriter,
  key: AssessmentKey,
  existing: AssessmentRow | null,
  submission: AssessmentSubmission,
): Promise<AssessmentRow> {
  if (existing) {
    const completion = {
      submittedOn: submission.submittedOn,
      reportUrl: submission.reportUrl,
      ...(existing.dueOn === null && submission.dueOn !== null ? { dueOn: submission.dueOn } : {}),
    };
    await writer.update(assessments, existing.id, completion);
    return { ...existing, ...completion };
  }
  return writer.insert(assessments, { ...key, ...submission });
}
