import { writeAudited } from "../db/audit.js";
import type { Executor } from "../db/client.js";
import type { MemberRow } from "../db/repositories/member-lookup.js";
import { insertPlanDraft, listOpenPlansOf } from "../db/repositories/plan-authoring.js";
import type { PlanRow } from "../db/repositories/plans.js";
import { type Violation, validatePlanLanguage, validatePlanPeriod } from "../domain/rules/index.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { label, refuse } from "./errors.js";
import { authorizePlanning, memberToday, violationRefusal } from "./plan-preparation.js";

/** The Annex 1 fields the chat form asks for; the rest of the strategic vision is filled in later. */
export interface PlanDraftInput {
  title: string;
  periodStart: string;
  periodEnd: string;
  longTermVision: string;
  /** Annex 1 participation spaces; one of them is PROB-2's Forum. */
  participationSpacesOnline: string | null;
  participationSpacesOffline: string | null;
}

/**
 * §3.2: a member writes one plan at a time. Refused while a plan of its own or of its coalition is
 * open (drafted, co-created, submitted or in implementation) and its period has not ended; the next
 * plan may be drafted once the previous one's period is over (INACT-2, DUE-PLAN-NEXT).
 */
export async function requireNoOpenPlan(db: Executor, member: MemberRow, now: Date): Promise<void> {
  const [open] = await listOpenPlansOf(db, member.id, memberToday(member, now));
  if (open)
    throw refuse("plans.draft.open_plan", {
      member: member.name,
      plan: open.title,
      status: label(`cmd.plan_status.${open.status}`),
      end: open.periodEnd,
    });
}

/** PLAN-1 or PLAN-2 on the period (against the member's mandate), PLAN-6 on the English texts. */
export function planDraftViolations(member: MemberRow, input: PlanDraftInput): Violation[] {
  return [
    ...validatePlanPeriod({
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      mandateEnd: member.mandateEnd,
    }),
    ...validatePlanLanguage({
      language: "en",
      englishFields: { title: input.title, longTermVision: input.longTermVision },
    }),
  ];
}

/**
 * Records the member's next action plan as a draft (§3.2, Annex 1), recorded today in the member's
 * calendar: REACT-1 counts a draft as the start of co-creation.
 */
export async function draftPlan(
  deps: ServiceDeps,
  acting: Acting,
  member: MemberRow,
  input: PlanDraftInput,
): Promise<PlanRow> {
  authorizePlanning(acting.person, member);
  const [violation] = planDraftViolations(member, input);
  if (violation) throw violationRefusal(violation);
  return writeAudited(
    deps.db,
    auditActor(acting),
    async (writer) => {
      // Checked in the transaction that writes, so two drafts sent at once cannot both pass.
      await requireNoOpenPlan(writer.tx, member, deps.now);
      return insertPlanDraft(writer, {
        memberId: member.id,
        ...input,
        recordedOn: memberToday(member, deps.now),
      });
    },
    deps.now,
  );
}
