import { writeAudited } from "../db/audit.js";
import { findCommitmentById } from "../db/repositories/commitments.js";
import { findMembersByIds } from "../db/repositories/member-lookup.js";
import { findPersonName } from "../db/repositories/people.js";
import {
  decidePublicComment,
  findCommentedUpdate,
  findPublicCommentByRef,
} from "../db/repositories/public-comments.js";
import type { ModerationState } from "../domain/vocabularies.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import type { CommentDecision } from "./announcements/public-comment.js";
import { notFound, refuse } from "./errors.js";
import { isPointOfContactFor, isSupportUnit } from "./permissions.js";

/**
 * Annex 4: the member's point of contact or the Support Unit approves a public comment (it is then
 * shown on the public site) or rejects it (it stays hidden). A comment is decided once: a second
 * decision, by anyone, writes nothing and answers with the first (who, when).
 */
export async function moderatePublicComment(
  deps: ServiceDeps,
  acting: Acting,
  ref: string,
  decision: Exclude<ModerationState, "pending">,
): Promise<CommentDecision> {
  const found = await findPublicCommentByRef(deps.db, ref);
  const update = found ? await findCommentedUpdate(deps.db, found.updateId) : null;
  const commitment = update ? await findCommitmentById(deps.db, update.commitmentId) : null;
  if (!found || !commitment) throw notFound("cmd.comment.not_found", { ref });
  const { person } = acting;
  if (!isSupportUnit(person) && !isPointOfContactFor(person, commitment.memberIds)) {
    const members = await findMembersByIds(deps.db, commitment.memberIds);
    throw refuse("cmd.comment.not_moderator", {
      member: members.map((member) => member.name).join(", "),
      code: commitment.commitment.code,
    });
  }
  const decided = await writeAudited(
    deps.db,
    auditActor(acting),
    (writer) => decidePublicComment(writer, found.id, decision, person.id),
    deps.now,
  );
  if (decided) return { comment: decided, commitment, moderatorName: person.name, applied: true };
  // Decided before (maybe a moment ago, by a twin click): the stored decision, not the one asked for.
  const earlier = (await findPublicCommentByRef(deps.db, found.id)) ?? found;
  return {
    comment: earlier,
    commitment,
    moderatorName: (await findPersonName(deps.db, earlier.moderatedBy)) ?? "—",
    applied: false,
  };
}
