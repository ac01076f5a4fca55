import { writeAudited } from "../db/audit.js";
import type { CommitmentInContext } from "../db/repositories/commitments.js";
import { findMembersByIds } from "../db/repositories/member-lookup.js";
import {
  proposeModification as insertProposal,
  type ModificationRow,
  modificationRef,
} from "../db/repositories/modifications.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import { listMemberUpdateChannels } from "../db/repositories/subscriptions.js";
import { SPEC_RULES_CONFIG, validateModification } from "../domain/rules/index.js";
import type { Language, ModificationKind } from "../domain/vocabularies.js";
import { civilDateIn } from "../messages/format.js";
import { t } from "../messages/i18n/index.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { consentRequest } from "./announcements/modification.js";
import { enqueueChannelPost } from "./channel-posts.js";
import { refuse } from "./errors.js";
import { isPointOfContactFor } from "./permissions.js";

/**
 * §3.2.1.3: the PoC proposes changes to a submitted, not withdrawn commitment, within the MOD-1
 * window (6 months from its submission, in the member's calendar).
 */
export function authorizeProposal(person: PersonWithRoles, commitment: CommitmentInContext, now: Date): void {
  const { code, status, submittedOn } = commitment.commitment;
  if (!isPointOfContactFor(person, commitment.memberIds)) throw refuse("cmd.modify.not_poc", { code });
  if (status === "withdrawn") throw refuse("cmd.modify.withdrawn", { code });
  // A draft is edited freely; modifications are for submitted commitments.
  if (!submittedOn) throw refuse("cmd.modify.not_submitted", { code });
  const mod1 = validateModification({
    proposedOn: civilDateIn(now, commitment.plan.timeZone),
    commitmentSubmittedOn: submittedOn,
    decision: "pending",
    approvals: [],
  }).find((violation) => violation.ruleId === "MOD-1");
  if (mod1)
    throw refuse("cmd.modify.window_closed", {
      code,
      submitted: submittedOn,
      closed: typeof mod1.params.closesOn === "string" ? mod1.params.closesOn : "—",
      months: SPEC_RULES_CONFIG.modification.windowMonths,
    });
}

export interface ProposedChange {
  kind: ModificationKind;
  /** For a timeline change: the new end date. */
  newEndDate: string;
  /** What changes, in the proposer's words (required but for a deletion or a timeline change). */
  change: string;
  rationale: string;
}

/**
 * The proposal as structured before/after (§3.2.1.3): a new end date for a timeline change, the
 * withdrawn status for a deletion, the described change otherwise.
 */
function beforeAfter(
  proposal: ProposedChange,
  commitment: CommitmentInContext,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const description = proposal.change ? { description: proposal.change } : {};
  if (proposal.kind === "timeline")
    return {
      before: { endDate: commitment.commitment.endDate },
      after: { endDate: proposal.newEndDate, ...description },
    };
  if (proposal.kind === "delete")
    return {
      before: { status: commitment.commitment.status },
      after: { status: "withdrawn", ...description },
    };
  return { before: {}, after: description };
}

/**
 * Records a proposed modification and, in the same transaction, asks the member's civil society in
 * its channels to approve or reject it (MOD-2). Returns it with the number of channels asked.
 */
export async function proposeModification(
  deps: ServiceDeps,
  acting: Acting,
  commitment: CommitmentInContext,
  proposal: ProposedChange,
): Promise<{ modification: ModificationRow; shared: number }> {
  authorizeProposal(acting.person, commitment, deps.now);
  const members = await findMembersByIds(deps.db, commitment.memberIds);
  const language = (members[0]?.language ?? "en") as Language;
  return writeAudited(
    deps.db,
    auditActor(acting),
    async (writer) => {
      const proposed = await insertProposal(writer, {
        commitmentId: commitment.commitment.id,
        kind: proposal.kind,
        proposedChange: beforeAfter(proposal, commitment),
        rationale: proposal.rationale,
        proposedBy: acting.person.id,
        proposedOn: civilDateIn(deps.now, commitment.plan.timeZone),
      });
      const channels = await listMemberUpdateChannels(writer.tx, commitment.memberIds);
      const ref = modificationRef(proposed.id);
      await enqueueChannelPost(
        writer.tx,
        {
          key: `modification:${proposed.id}`,
          kind: "MOD-2",
          subject: { kind: "modification", id: proposed.id },
          language,
          memberId: commitment.memberIds[0] ?? null,
          channels,
          summary: t(language, "cmd.modify.channel_summary", { code: commitment.commitment.code, ref }),
          blocks: consentRequest(proposed, commitment, acting.person.name, language),
        },
        deps.now,
      );
      return { modification: proposed, shared: channels.length };
    },
    deps.now,
  );
}
