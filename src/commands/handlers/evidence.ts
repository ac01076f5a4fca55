import { writeAudited } from "../../db/audit.js";
import { findCommitmentByCode, findMilestoneByRef } from "../../db/repositories/commitments.js";
import { attachEvidence, type EvidenceSubject, findMeetingByRef } from "../../db/repositories/evidence.js";
import { findMembersByIds } from "../../db/repositories/member-lookup.js";
import { findPlanByRef } from "../../db/repositories/plans.js";
import { EVIDENCE_KINDS, type EvidenceKind } from "../../domain/vocabularies.js";
import { truncate } from "../../messages/limits.js";
import { actorOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { parseWebUrl } from "../forms.js";
import { notice } from "../messages.js";
import { canPostUpdatesFor } from "../permissions.js";
import { invalid, notFound, refuse } from "../refusal.js";
import type { CommandResult } from "../reply.js";

const TITLE_MAX = 300;

interface ResolvedSubject {
  subject: EvidenceSubject;
  label: string;
  memberIds: string[];
}

/** SUBJECT: a milestone (`CODE.N`), a commitment code, a plan (`MEMBER` or `MEMBER:N`) or a meeting reference. */
async function resolveSubject(context: LinkedContext, ref: string): Promise<ResolvedSubject> {
  const { db } = context;
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

/** `evidence SUBJECT URL [KIND] [TITLE…]`: attach a link (Annex 5) to a plan, commitment, milestone or meeting. */
export async function evidence(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [subjectRef, urlText, ...rest] = args;
  if (!subjectRef || !urlText) throw invalid("cmd.evidence.usage");
  const url = parseWebUrl(urlText);
  if (!url) throw invalid("cmd.evidence.bad_url");
  const kind: EvidenceKind =
    rest[0] && (EVIDENCE_KINDS as readonly string[]).includes(rest[0].toLowerCase())
      ? (rest.shift()?.toLowerCase() as EvidenceKind)
      : "other";
  const title = truncate(rest.join(" ").trim() || url, TITLE_MAX);
  const resolved = await resolveSubject(context, subjectRef);
  if (!canPostUpdatesFor(context.caller, resolved.memberIds)) {
    const members = await findMembersByIds(context.db, resolved.memberIds);
    throw refuse("cmd.evidence.not_allowed", { member: members.map((member) => member.name).join(", ") });
  }
  await writeAudited(
    context.db,
    actorOf(context),
    (writer) =>
      attachEvidence(writer, { subject: resolved.subject, url, title, kind, addedBy: context.caller.id }),
    context.now,
  );
  return notice(
    "ok",
    context.text("cmd.evidence.attached", {
      title,
      subject: resolved.label,
      kind: context.text(`cmd.evidence_kind.${kind}`),
    }),
    "success",
  );
}
