import { writeAudited } from "../db/audit.js";
import { findCommitmentByCode, findMilestoneByRef } from "../db/repositories/commitments.js";
import {
  type EvidenceSubject,
  findMeetingByRef,
  attachEvidence as insertEvidence,
} from "../db/repositories/evidence.js";
import { findMembersByIds } from "../db/repositories/member-lookup.js";
import { findPlanByRef } from "../db/repositories/plans.js";
import type { EvidenceKind } from "../domain/vocabularies.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { notFound, refuse } from "./errors.js";
import { canPostUpdatesFor } from "./permissions.js";

export interface ResolvedEvidenceSubject {
  subject: EvidenceSubject;
  /** How people name it: `CODE.N`, a commitment code, a plan's title, a meeting's title. */
  label: string;
  memberIds: string[];
}

/** SUBJECT: a milestone (`CODE.N`), a commitment code, a plan (`MEMBER` or `MEMBER:N`) or a meeting reference. */
export async function resolveEvidenceSubject(
  deps: Pick<ServiceDeps, "db">,
  ref: string,
): Promise<ResolvedEvidenceSubject> {
  const { db } = deps;
  const milestone = await findMilestoneByRef(db, ref);
  if (milestone)
    return {
      subject: { kind: "milestone", milestoneId: milestone.milestone.id },
      label: `${milestone.commitment.commitment.code}.${milestone.milestone.position}`,
      memberIds: milestone.commitment.memberIds,
    };
  const commitment = await findCommitmentByCode(db, ref);
  if (commitment)
    return {
      subject: { kind: "commitment", commitmentId: commitment.commitment.id },
      label: commitment.commitment.code,
      memberIds: commitment.memberIds,
    };
  const plan = await findPlanByRef(db, ref);
  if (plan)
    return {
      subject: { kind: "plan", planId: plan.plan.id },
      label: plan.plan.title,
      memberIds: plan.memberIds,
    };
  const meeting = await findMeetingByRef(db, ref);
  if (meeting)
    return {
      subject: { kind: "meeting", meetingId: meeting.id },
      label: meeting.title,
      memberIds: [meeting.memberId],
    };
  throw notFound("cmd.evidence.subject_not_found", { ref });
}

/** Attaches a web link as evidence (Annex 5) to a plan, commitment, milestone or meeting of a member the person posts for. */
export async function attachEvidence(
  deps: ServiceDeps,
  acting: Acting,
  resolved: ResolvedEvidenceSubject,
  evidence: { url: string; title: string; kind: EvidenceKind },
): Promise<void> {
  if (!canPostUpdatesFor(acting.person, resolved.memberIds)) {
    const members = await findMembersByIds(deps.db, resolved.memberIds);
    throw refuse("cmd.evidence.not_allowed", { member: members.map((member) => member.name).join(", ") });
  }
  await writeAudited(
    deps.db,
    auditActor(acting),
    (writer) => insertEvidence(writer, { subject: resolved.subject, ...evidence, addedBy: acting.person.id }),
    deps.now,
  );
}
