import { writeAudited } from "../db/audit.js";
import type { Executor } from "../db/client.js";
import { listSupportUnitSubscriptions, supportUnitWants } from "../db/repositories/alert-audiences.js";
import { type CommitmentInContext, findCommitmentById } from "../db/repositories/commitments.js";
import { findMembersByIds } from "../db/repositories/member-lookup.js";
import {
  findModificationByRef,
  listVerdicts,
  type ModificationRow,
  type ModificationVerdictRow,
  modificationRef,
  decideModification as recordDecision,
  recordVerdict,
} from "../db/repositories/modifications.js";
import { findPersonName } from "../db/repositories/people.js";
import { type ChannelRef, listMemberUpdateChannels } from "../db/repositories/subscriptions.js";
import { validateModification } from "../domain/rules/index.js";
import type { ApprovalVerdict, Language, ModificationDecision } from "../domain/vocabularies.js";
import { t } from "../messages/i18n/index.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { modificationBlocks, outcomeOf } from "./announcements/modification.js";
import { enqueueChannelPost } from "./channel-posts.js";
import { notFound, refuse } from "./errors.js";
import { isCivilSocietyOf } from "./permissions.js";
import { retryOnceOnUniqueViolation } from "./unique-retry.js";

export type NamedVerdict = ModificationVerdictRow & { personName: string };

export interface ModificationOutcome {
  modification: ModificationRow;
  verdicts: NamedVerdict[];
  commitment: CommitmentInContext;
}

/**
 * MOD-2 (§3.2.1.3) interpretation: approved with at least one approval by civil society of the member
 * and no rejection by one; a rejection decides against it.
 */
function decisionOf(verdicts: Pick<ModificationVerdictRow, "verdict">[]): ModificationDecision {
  if (verdicts.some((row) => row.verdict === "reject")) return "rejected";
  if (verdicts.some((row) => row.verdict === "approve")) return "approved";
  return "pending";
}

interface Announcement {
  commitment: CommitmentInContext;
  supportChannels: ChannelRef[];
  language: Language;
  proposer: string;
  /** The member's channels hear the decision, unless it was taken on their own proposal message. */
  toMemberChannels: boolean;
}

/**
 * A civil-society verdict on a proposed modification (MOD-2): recorded once per person; when it
 * decides, the decision is recorded, the member's channels learn it and the Support Unit is notified,
 * all in one transaction. A decided modification, or a second click, writes nothing and shows the
 * outcome. `fromProposalMessage`: the verdict was clicked on the proposal, which its outcome replaces.
 */
export async function decideModification(
  deps: ServiceDeps,
  acting: Acting,
  ref: string,
  verdict: ApprovalVerdict,
  options: { fromProposalMessage: boolean },
): Promise<ModificationOutcome> {
  const found = await findModificationByRef(deps.db, ref);
  if (!found) throw notFound("cmd.decide.not_found", { ref });
  const commitment = await findCommitmentById(deps.db, found.commitmentId);
  if (!commitment) throw notFound("cmd.decide.not_found", { ref });
  if (!isCivilSocietyOf(acting.person, commitment.memberIds))
    throw refuse("cmd.decide.not_civil_society", { code: commitment.commitment.code });

  // Read before the transaction: an in-memory or embedded database has one connection, which it holds.
  const [member] = await findMembersByIds(deps.db, commitment.memberIds);
  const announcement: Announcement = {
    commitment,
    supportChannels: (await listSupportUnitSubscriptions(deps.db))
      .filter((subscription) => supportUnitWants(subscription, "MOD-2", member?.country ?? ""))
      .map((subscription) => subscription.channel),
    language: (member?.language ?? "en") as Language,
    proposer: (await findPersonName(deps.db, found.proposedBy)) ?? "—",
    toMemberChannels: !options.fromProposalMessage,
  };
  const { person } = acting;
  const result = await retryOnceOnUniqueViolation(() =>
    writeAudited(
      deps.db,
      auditActor(acting),
      async (writer) => {
        // Re-read inside the transaction: a twin click may have decided it meanwhile.
        const modification = (await findModificationByRef(writer.tx, found.id)) ?? found;
        const verdicts = await listVerdicts(writer.tx, modification.id);
        // Already decided, or this person already answered (a double click): show the outcome, write nothing.
        if (modification.decision !== "pending" || verdicts.some((row) => row.personId === person.id))
          return { modification, verdicts };
        const recorded = await recordVerdict(writer, {
          modificationId: modification.id,
          personId: person.id,
          organizationId: person.organization?.id ?? null,
          verdict,
          source: acting.source,
        });
        const all = [...verdicts, { ...recorded, personName: person.name }];
        const decision = decisionOf(all);
        // The rules engine has the last word on MOD-2: every verdict here is by the member's civil society.
        const consent = validateModification({
          proposedOn: modification.proposedOn,
          commitmentSubmittedOn: null,
          decision,
          approvals: all.map((row) => ({
            verdict: row.verdict as ApprovalVerdict,
            byCivilSocietyOfMember: true,
          })),
        });
        if (decision === "pending" || consent.length > 0) return { modification, verdicts: all };
        const decided = await recordDecision(
          writer,
          modification,
          decision,
          announcement.supportChannels.length > 0,
        );
        await announceDecision(deps, writer.tx, decided, all, announcement);
        return { modification: decided, verdicts: all };
      },
      deps.now,
    ),
  );
  return { ...result, commitment };
}

/**
 * Once decided: the member's channels learn the outcome and the Support Unit is notified (MOD-2,
 * §3.2.1.3), in the decision's transaction. The Support Unit is global staff: its channels read English.
 */
async function announceDecision(
  deps: ServiceDeps,
  tx: Executor,
  modification: ModificationRow,
  verdicts: NamedVerdict[],
  { commitment, supportChannels, language, proposer, toMemberChannels }: Announcement,
): Promise<void> {
  const ref = modificationRef(modification.id);
  const outcome = outcomeOf(modification, verdicts, commitment, language);
  await enqueueChannelPost(
    tx,
    {
      key: `modification:${modification.id}:decided`,
      kind: "MOD-2",
      subject: { kind: "modification", id: modification.id },
      language,
      memberId: commitment.memberIds[0] ?? null,
      channels: toMemberChannels ? await listMemberUpdateChannels(tx, commitment.memberIds) : [],
      summary: outcome[0]?.kind === "text" ? outcome[0].text : ref,
      blocks: outcome,
    },
    deps.now,
  );
  await enqueueChannelPost(
    tx,
    {
      key: `modification:${modification.id}:support-unit`,
      kind: "MOD-2",
      subject: { kind: "modification", id: modification.id },
      language: "en",
      memberId: commitment.memberIds[0] ?? null,
      channels: supportChannels,
      summary: t("en", "cmd.decide.support_unit_summary", { ref }),
      blocks: [
        { kind: "text", text: t("en", "cmd.decide.support_unit_notice", { ref }) },
        ...modificationBlocks(modification, commitment, proposer, "en"),
        ...outcomeOf(modification, verdicts, commitment, "en"),
      ],
    },
    deps.now,
  );
}
