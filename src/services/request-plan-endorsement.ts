import { writeAudited } from "../db/audit.js";
import { directMessageIdentity, loadMemberAudiences } from "../db/repositories/alert-audiences.js";
import type { MemberRow } from "../db/repositories/member-lookup.js";
import { listPlanCommitments, markPlanInCoCreation } from "../db/repositories/plan-authoring.js";
import type { PlanRow } from "../db/repositories/plans.js";
import { enqueueAlerts, routedKey } from "../outbox/index.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { endorsementRequestBlocks } from "./announcements/plan.js";
import { refuse } from "./errors.js";
import { authorizePlanning, requirePlanInPreparation } from "./plan-preparation.js";

/**
 * The request's identity, the one the scheduler's tick gives it (`scheduler/tick/plan.ts`): a person
 * asked here is not asked again by the tick, and the tick asks people linked later; a request still
 * waiting in the outbox is cancelled once the plan is endorsed.
 */
const requestKeys = (planId: string) => ({
  deadlineKey: `PLAN-5:plan:${planId}:co_creation`,
  alertKey: `PLAN-5:plan:${planId}:co_creation:request`,
});

export interface EndorsementRequestOutcome {
  plan: PlanRow;
  /** Civil-society people asked now, by name. */
  asked: string[];
  /** Asked before (by this command or the scheduler), so not again. */
  alreadyAsked: string[];
  /** Without a linked chat account: the point of contact asks them another way. */
  unreachable: string[];
}

/**
 * PLAN-5 (§3.3.1): the point of contact puts the plan before the member's civil society. A draft
 * moves into co-creation, and each civil-society person of the member gets, by direct message in
 * their language, the plan with a button to endorse it, through the outbox in the same transaction.
 */
export async function requestPlanEndorsement(
  deps: ServiceDeps,
  acting: Acting,
  member: MemberRow,
): Promise<EndorsementRequestOutcome> {
  authorizePlanning(acting.person, member);
  const plan = await requirePlanInPreparation(deps.db, member);
  const civilSociety =
    (await loadMemberAudiences(deps.db, [member.id])).get(member.id)?.people.get("civil_society") ?? [];
  if (civilSociety.length === 0)
    throw refuse("plans.endorsement_request.no_civil_society", { member: member.name });
  const commitments = await listPlanCommitments(deps.db, plan.id);
  const { deadlineKey, alertKey } = requestKeys(plan.id);
  return writeAudited(
    deps.db,
    auditActor(acting),
    async (writer) => {
      const current = plan.status === "draft" ? await markPlanInCoCreation(writer, plan) : plan;
      const outcome: EndorsementRequestOutcome = {
        plan: current,
        asked: [],
        alreadyAsked: [],
        unreachable: [],
      };
      for (const recipient of civilSociety) {
        const identity = directMessageIdentity(recipient);
        if (!identity) {
          outcome.unreachable.push(recipient.name);
          continue;
        }
        const target = {
          platform: identity.platform,
          workspaceId: identity.workspaceId,
          target: identity.userId,
        };
        const created = await enqueueAlerts(
          writer.tx,
          [
            {
              dedupeKey: routedKey(alertKey, target),
              kind: "PLAN-5",
              alertKey,
              subject: { kind: "plan", id: plan.id },
              deadlineKey,
              step: "request",
              memberId: member.id,
              ...target,
              isDirectMessage: true,
              post: {
                language: recipient.language,
                ...endorsementRequestBlocks(
                  member,
                  current,
                  commitments,
                  acting.person.name,
                  recipient.language,
                ),
              },
            },
          ],
          deps.now,
        );
        (created > 0 ? outcome.asked : outcome.alreadyAsked).push(recipient.name);
      }
      return outcome;
    },
    deps.now,
  );
}
