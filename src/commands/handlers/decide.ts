import { writeAudited } from "../../db/audit.js";
import type { Executor } from "../../db/client.js";
import { listSupportUnitSubscriptions, supportUnitWants } from "../../db/repositories/alert-audiences.js";
import { type CommitmentInContext, findCommitmentById } from "../../db/repositories/commitments.js";
import { findMembersByIds } from "../../db/repositories/member-lookup.js";
import {
  decideModification,
  findModificationByRef,
  listVerdicts,
  type ModificationRow,
  type ModificationVerdictRow,
  modificationRef,
  recordVerdict,
} from "../../db/repositories/modifications.js";
import { findPersonName } from "../../db/repositories/people.js";
import { type ChannelRef, listMemberUpdateChannels } from "../../db/repositories/subscriptions.js";
import { validateModification } from "../../domain/rules/index.js";
import type { ApprovalVerdict, Language, ModificationDecision } from "../../domain/vocabularies.js";
import { formatInstant } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import type { ReplyBlock } from "../../messages/model.js";
import { enqueueChannelPost } from "../channel-posts.js";
import { actorOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { messages, replacingOrigin, toCaller } from "../messages.js";
import { isCivilSocietyOf } from "../permissions.js";
import { invalid, notFound, refuse } from "../refusal.js";
import type { CommandResult } from "../reply.js";
import { retryOnceOnUniqueViolation } from "../unique-retry.js";
import { modificationBlocks } from "./modification-post.js";

/**
 * MOD-2 (§3.2.1.3) interpretation: approved with at least one approval by civil society of the member
 * and no rejection by one; a rejection decides against it.
 */
function modificationDecisionOf(verdicts: Pick<ModificationVerdictRow, "verdict">[]): ModificationDecision {
  if (verdicts.some((row) => row.verdict === "reject")) return "rejected";
  if (verdicts.some((row) => row.verdict === "approve")) return "approved";
  return "pending";
}

/** `approve MODIFICATION` / `reject MODIFICATION`, typed or from the buttons in the member's channel. */
export const decide =
  (verdict: ApprovalVerdict) =>
  async (base: CommandContext, args: string[]): Promise<CommandResult> => {
    const context = requireLinked(base);
    const [ref] = args;
    if (!ref || args.length > 1) throw invalid(`cmd.${verdict}.usage`);
    const found = await findModificationByRef(context.db, ref);
    if (!found) throw notFound("cmd.decide.not_found", { ref });
    const commitment = await findCommitmentById(context.db, found.commitmentId);
    if (!commitment) throw notFound("cmd.decide.not_found", { ref });
    if (!isCivilSocietyOf(context.caller, commitment.memberIds))
      throw refuse("cmd.decide.not_civil_society", { code: commitment.commitment.code });

    // Read before the transaction: an in-memory or embedded database has one connection, which it holds.
    const [member] = await findMembersByIds(context.db, commitment.memberIds);
    const supportChannels = (await listSupportUnitSubscriptions(context.db))
      .filter((subscription) => supportUnitWants(subscription, "MOD-2", member?.country ?? ""))
      .map((subscription) => subscription.channel);
    const announcement = {
      commitment,
      supportChannels,
      language: (member?.language ?? "en") as Language,
      proposer: (await findPersonName(context.db, found.proposedBy)) ?? "—",
    };
    const result = await retryOnceOnUniqueViolation(() =>
      writeAudited(
        context.db,
        actorOf(context),
        async (writer) => {
          // Re-read inside the transaction: a twin click may have decided it meanwhile.
          const modification = (await findModificationByRef(writer.tx, found.id)) ?? found;
          const verdicts = await listVerdicts(writer.tx, modification.id);
          // Already decided, or this person already answered (a double click): show the outcome, write nothing.
          if (
            modification.decision !== "pending" ||
            verdicts.some((row) => row.personId === context.caller.id)
          )
            return { modification, verdicts };
          const recorded = await recordVerdict(writer, {
            modificationId: modification.id,
            personId: context.caller.id,
            organizationId: context.caller.organization?.id ?? null,
            verdict,
            source: context.request.platform,
          });
          const all = [...verdicts, { ...recorded, personName: context.caller.name }];
          const decision = modificationDecisionOf(all);
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
          const decided = await decideModification(
            writer,
            modification,
            decision,
            supportChannels.length > 0,
          );
          await announceDecision(context, writer.tx, decided, all, announcement);
          return { modification: decided, verdicts: all };
        },
        context.now,
      ),
    );
    return reply(context, result.modification, result.verdicts, commitment);
  };

/** The decision as text: who decided, when, and that MOD-2 applies. */
function outcomeOf(
  modification: ModificationRow,
  verdicts: (ModificationVerdictRow & { personName: string })[],
  commitment: CommitmentInContext,
  language: Language,
): ReplyBlock[] {
  const ref = modificationRef(modification.id);
  const decisive = verdicts.find((row) =>
    modification.decision === "rejected" ? row.verdict === "reject" : row.verdict === "approve",
  );
  const text =
    modification.decision === "pending" || !decisive
      ? t(language, "cmd.decide.pending", { ref })
      : t(language, `cmd.decide.${modification.decision}`, {
          ref,
          code: commitment.commitment.code,
          name: decisive.personName,
          when: formatInstant(decisive.at, language, commitment.plan.timeZone),
        });
  return [
    { kind: "text", text, tone: modification.decision === "rejected" ? "warning" : "success" },
    { kind: "context", text: t(language, "cmd.decide.rule") },
  ];
}

/** The answer to the clicker: a clicked button's message is replaced by the outcome (who, when). */
function reply(
  context: LinkedContext,
  modification: ModificationRow,
  verdicts: (ModificationVerdictRow & { personName: string })[],
  commitment: CommitmentInContext,
): CommandResult {
  const blocks = outcomeOf(modification, verdicts, commitment, context.language);
  const summary = blocks[0]?.kind === "text" ? blocks[0].text : "";
  return messages(
    "ok",
    context.request.input.kind === "control" ? replacingOrigin(summary, blocks) : toCaller(summary, blocks),
  );
}

/**
 * Once decided: the member's channels learn the outcome (a typed decision; a clicked one replaces the
 * proposal in place) and the Support Unit is notified (MOD-2, §3.2.1.3), in the decision's transaction.
 */
async function announceDecision(
  context: LinkedContext,
  tx: Executor,
  modification: ModificationRow,
  verdicts: (ModificationVerdictRow & { personName: string })[],
  announcement: {
    commitment: CommitmentInContext;
    supportChannels: ChannelRef[];
    language: Language;
    proposer: string;
  },
): Promise<void> {
  const { commitment, supportChannels, language, proposer } = announcement;
  const ref = modificationRef(modification.id);
  const memberChannels =
    context.request.input.kind === "control" ? [] : await listMemberUpdateChannels(tx, commitment.memberIds);
  const outcome = outcomeOf(modification, verdicts, commitment, language);
  await enqueueChannelPost(
    tx,
    {
      key: `modification:${modification.id}:decided`,
      kind: "MOD-2",
      subject: { kind: "modification", id: modification.id },
      language,
      memberId: commitment.memberIds[0] ?? null,
      channels: memberChannels,
      summary: outcome[0]?.kind === "text" ? outcome[0].text : ref,
      blocks: outcome,
    },
    context.now,
  );
  // The Support Unit is global staff: its alert channels read English.
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
    context.now,
  );
}
