import { writeAudited } from "../db/audit.js";
import {
  type AssessmentKey,
  type AssessmentRow,
  findAssessment,
  recordAssessmentSubmission,
} from "../db/repositories/assessments.js";
import { loadMemberFacts } from "../db/repositories/member-facts.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import type { PlanWithOwners } from "../db/repositories/plans.js";
import { type DeadlineRuleId, type DueItem, evaluateMember, RULE_SECTIONS } from "../domain/rules/index.js";
import type { AssessmentKind } from "../domain/vocabularies.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { label, refuse } from "./errors.js";
import { isSupportUnit, membersWithRole } from "./permissions.js";

/** The deadline each kind of assessment answers (spec §6). */
export const ASSESSMENT_RULES: Readonly<Record<AssessmentKind, DeadlineRuleId>> = {
  initial: "DUE-ASSESS-INITIAL",
  end_of_commitment: "DUE-ASSESS-END",
  final_learning: "DUE-ASSESS-FINAL",
};

/** §1, §2.3, §3.5: the member's monitoring body submits its assessments; the Support Unit may record them. */
export function authorizeAssessment(person: PersonWithRoles, memberIds: string[], owner: string): void {
  const monitored = membersWithRole(person, "monitoring_body");
  if (!isSupportUnit(person) && !memberIds.some((memberId) => monitored.includes(memberId)))
    throw refuse("cmd.assessment.not_allowed", { owner });
}

export interface AssessmentReport {
  kind: AssessmentKind;
  /** The commitment an end-of-commitment assessment is about; null for the plan's. */
  commitment: { id: string; code: string } | null;
  submittedOn: string;
  reportUrl: string;
}

export interface SubmittedAssessment {
  assessment: AssessmentRow;
  /** The DUE-ASSESS-* item the submission answers, as it stood before it. */
  answered: DueItem | null;
}

/**
 * The open DUE-ASSESS-* item this assessment answers, from the rules engine's evaluation of the
 * plan's members today: the item of the existing record, else of the plan (initial, final) or of the
 * commitment (end of commitment).
 */
async function answeredDueItem(
  deps: ServiceDeps,
  plan: PlanWithOwners,
  key: AssessmentKey,
  existing: AssessmentRow | null,
): Promise<DueItem | null> {
  const ruleId = ASSESSMENT_RULES[key.kind];
  const answers = (item: DueItem) =>
    item.ruleId === ruleId &&
    (item.subject.kind === "assessment"
      ? item.subject.id === existing?.id
      : item.subject.id === (key.commitmentId ?? key.planId));
  for (const facts of await loadMemberFacts(deps.db, plan.memberIds)) {
    const item = evaluateMember(facts, deps.now).dueItems.find(answers);
    if (item) return item;
  }
  return null;
}

/**
 * Records the monitoring body's assessment report (§3.5.1–§3.5.3): completes the plan's record of
 * that kind or adds one, with the due date of the DUE-ASSESS-* item it answers, audited. The engine
 * reads submitted assessments as facts, so that item is no longer due.
 */
export async function submitAssessment(
  deps: ServiceDeps,
  acting: Acting,
  plan: PlanWithOwners,
  report: AssessmentReport,
): Promise<SubmittedAssessment> {
  authorizeAssessment(acting.person, plan.memberIds, plan.ownerName);
  const key: AssessmentKey = {
    planId: plan.plan.id,
    kind: report.kind,
    commitmentId: report.commitment?.id ?? null,
  };
  const answered = await answeredDueItem(deps, plan, key, await findAssessment(deps.db, key));
  return writeAudited(
    deps.db,
    auditActor(acting),
    async (writer) => {
      // Read again within the transaction: of two submissions racing, the second finds the first.
      const existing = await findAssessment(writer.tx, key);
      if (existing?.submittedOn) {
        const ruleId = ASSESSMENT_RULES[report.kind];
        const params = {
          kind: label(`cmd.assessment.kind.${report.kind}`),
          date: existing.submittedOn,
          rule: ruleId,
          section: RULE_SECTIONS[ruleId],
        };
        throw report.commitment
          ? refuse("cmd.assessment.already_submitted_commitment", { ...params, code: report.commitment.code })
          : refuse("cmd.assessment.already_submitted_plan", { ...params, plan: plan.plan.title });
      }
      const assessment = await recordAssessmentSubmission(writer, key, existing, {
        submittedOn: report.submittedOn,
        reportUrl: report.reportUrl,
        dueOn: answered?.dueOn ?? null,
      });
      return { assessment, answered };
    },
    deps.now,
  );
}
