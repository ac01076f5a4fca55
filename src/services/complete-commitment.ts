import { writeAudited } from "../db/audit.js";
import { markCommitmentCompleted } from "../db/repositories/commitment-completion.js";
import type { CommitmentInContext, CommitmentRow } from "../db/repositories/commitments.js";
import { loadMemberFacts } from "../db/repositories/member-facts.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import { listMemberUpdateChannels } from "../db/repositories/subscriptions.js";
import { evaluateMember, isPlanInImplementation } from "../domain/rules/index.js";
import { civilDateIn } from "../messages/format.js";
import { t } from "../messages/i18n/index.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { commitmentCompletionBlocks } from "./announcements/commitment-completion.js";
import { enqueueChannelPost } from "./channel-posts.js";
import { label, refuse } from "./errors.js";
import { canPostUpdatesFor } from "./permissions.js";
import { type CommitmentOwners, ownersOf } from "./record-progress-update.js";

/** The day a commitment is completed on: today in its member's time zone. */
export const completionDay = (commitment: CommitmentInContext, now: Date): string =>
  civilDateIn(now, commitment.plan.timeZone);

/**
 * §1, §2 Commitment: those who post a commitment's updates mark it completed, once, while it is
 * active in a plan in implementation and has started. Refusals name the rule the state follows from.
 */
export function authorizeCompletion(
  person: PersonWithRoles,
  commitment: CommitmentInContext,
  owners: CommitmentOwners,
  today: string,
): void {
  if (!canPostUpdatesFor(person, commitment.memberIds))
    throw refuse("cmd.complete.not_allowed", { member: owners.names.join(", ") });
  const { code, status, completedOn, startDate } = commitment.commitment;
  if (status === "completed")
    throw completedOn
      ? refuse("cmd.complete.already_completed", { code, date: completedOn })
      : refuse("cmd.complete.already_completed_undated", { code });
  if (status === "withdrawn") throw refuse("cmd.complete.withdrawn", { code });
  if (status !== "active" || !isPlanInImplementation(commitment.plan.plan, today))
    throw refuse("cmd.complete.not_in_implementation", {
      code,
      status: label(`cmd.commitment_status.${status}`),
      plan: label(`cmd.plan_status.${commitment.plan.plan.status}`),
    });
  if (today < startDate) throw refuse("cmd.complete.not_started", { code, start: startDate });
}

export interface CompletedCommitment {
  commitment: CommitmentRow;
  completedOn: string;
  /** When the monitoring body's end-of-commitment assessment falls due (DUE-ASSESS-END), if the rules say. */
  assessmentDueOn: string | null;
  owners: CommitmentOwners;
  /** How many channels the completion was queued for. */
  shared: number;
}

/**
 * DUE-ASSESS-END's due date once the commitment is completed on `completedOn`, as the rules engine
 * computes it from the member's facts with the completion applied (§3.5.2: 1 month after completion,
 * or after the plan ends, whichever first).
 */
async function endAssessmentDueOn(
  deps: ServiceDeps,
  commitment: CommitmentInContext,
  completedOn: string,
): Promise<string | null> {
  const [facts] = await loadMemberFacts(deps.db, commitment.memberIds.slice(0, 1));
  if (!facts) return null;
  const { id, code } = commitment.commitment;
  const completed = {
    ...facts,
    commitments: facts.commitments.map((fact) =>
      fact.id === id ? { ...fact, status: "completed" as const, completedOn } : fact,
    ),
  };
  const due = evaluateMember(completed, deps.now).dueItems.find(
    (item) => item.ruleId === "DUE-ASSESS-END" && item.params.commitment === code,
  );
  return due?.dueOn ?? null;
}

/**
 * Completes a commitment today (the member's day): status `completed` and `completed_on`, audited,
 * announced in the member's channels in the same transaction. From then DUE-UPDATE no longer asks
 * for its quarterly updates and DUE-ASSESS-END runs from the completion.
 */
export async function completeCommitment(
  deps: ServiceDeps,
  acting: Acting,
  commitment: CommitmentInContext,
): Promise<CompletedCommitment> {
  const owners = await ownersOf(deps, commitment);
  const completedOn = completionDay(commitment, deps.now);
  authorizeCompletion(acting.person, commitment, owners, completedOn);
  const assessmentDueOn = await endAssessmentDueOn(deps, commitment, completedOn);
  return writeAudited(
    deps.db,
    auditActor(acting),
    async (writer) => {
      const completed = await markCommitmentCompleted(writer, commitment.commitment.id, completedOn);
      if (!completed)
        throw refuse("cmd.complete.already_completed_undated", { code: commitment.commitment.code });
      const channels = await listMemberUpdateChannels(writer.tx, commitment.memberIds);
      await enqueueChannelPost(
        writer.tx,
        {
          key: `commitment-completed:${completed.id}`,
          kind: "commitment.completed",
          subject: { kind: "commitment", id: completed.id },
          language: owners.language,
          memberId: commitment.memberIds[0] ?? null,
          channels,
          summary: t(owners.language, "cmd.complete.post.summary", {
            code: completed.code,
            members: owners.names.join(", "),
          }),
          blocks: commitmentCompletionBlocks(
            {
              commitment,
              memberNames: owners.names,
              completedOn,
              assessmentDueOn,
              markedBy: acting.person.name,
            },
            owners.language,
          ),
        },
        deps.now,
      );
      return { commitment: completed, completedOn, assessmentDueOn, owners, shared: channels.length };
    },
    deps.now,
  );
}
