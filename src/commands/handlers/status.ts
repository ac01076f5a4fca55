import type { MemberEvaluation } from "../../domain/rules/index.js";
import { formatCivilDate, formatCompletion } from "../../messages/format.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { ReplyBlock } from "../../messages/model.js";
import { describeDueItem, describeReason } from "../../messages/rules-text.js";
import { membersInScope } from "../../services/permissions.js";
import { assessMembers } from "../assessment.js";
import type { CommandContext, LinkedContext } from "../context.js";
import { requireLinked } from "../context.js";
import { loadMemberOverview, type MemberOverview } from "../member-overview.js";
import { messages, toCaller } from "../messages.js";
import { chooseMember } from "../resolve.js";

const NEXT_DUE_SHOWN = 5;

/** `status [MEMBER]`: any linked person may look, since every member's status is public (§4.1, §4.2). */
export async function status(base: CommandContext, args: string[]) {
  const context = requireLinked(base);
  const choice = await chooseMember(
    context,
    args[0],
    await membersInScope(context.db, context.caller),
    "status",
  );
  if ("reply" in choice) return choice.reply;
  const overview = await loadMemberOverview(context.db, choice.member);
  const evaluation = (await assessMembers(context.db, [choice.member.id], context.now)).get(choice.member.id);
  const blocks = statusBlocks(context, overview, evaluation);
  return messages(
    "ok",
    toCaller(blocks[0]?.kind === "heading" ? blocks[0].text : overview.member.name, blocks),
  );
}

/**
 * The member's status as the rules engine computes it today (spec §5) with its reasons, then the
 * plan, commitments with progress and the next due items. Without an evaluation (no facts loaded),
 * the recorded status and its last recorded reason are shown.
 */
function statusBlocks(
  context: LinkedContext,
  overview: MemberOverview,
  evaluation: MemberEvaluation | undefined,
): ReplyBlock[] {
  const { text, language } = context;
  const { member, plan } = overview;
  const currentStatus = evaluation?.status ?? member.status;
  const since = evaluation?.since ?? member.statusSince;
  const blocks: ReplyBlock[] = [
    {
      kind: "heading",
      text: text("cmd.status.heading", { member: member.name, status: text(`status.${currentStatus}`) }),
    },
  ];
  const fields = [
    { label: text("cmd.status.since"), value: since ? formatCivilDate(since, language) : "—" },
    { label: text("cmd.status.country"), value: member.country },
  ];
  if (plan) {
    fields.push(
      { label: text("cmd.status.plan"), value: plan.title },
      {
        label: text("cmd.status.period"),
        value: `${formatCivilDate(plan.periodStart, language)} – ${formatCivilDate(plan.periodEnd, language)}`,
      },
      { label: text("cmd.status.plan_status"), value: text(`cmd.plan_status.${plan.status}`) },
      {
        label: text("cmd.status.endorsements"),
        value:
          overview.endorsers.length > 0 ? overview.endorsers.join(", ") : text("cmd.status.no_endorsement"),
      },
    );
  }
  blocks.push({ kind: "fields", fields });
  if (evaluation) {
    if (evaluation.reasons.length > 0)
      blocks.push({
        kind: "list",
        items: evaluation.reasons.map((reason) => describeReason(reason, language)),
      });
  } else if (overview.lastStatusChange) {
    const change = overview.lastStatusChange;
    blocks.push({
      kind: "text",
      text: change.ruleId
        ? text("cmd.status.reason_rule", {
            rule: change.ruleId,
            reason: change.reason,
            date: formatCivilDate(change.effectiveOn, language),
          })
        : text("cmd.status.reason", {
            reason: change.reason,
            date: formatCivilDate(change.effectiveOn, language),
          }),
    });
  }
  if (!plan) {
    blocks.push({ kind: "text", text: text("cmd.status.no_plan") });
  } else if (overview.commitments.length === 0) {
    blocks.push({ kind: "text", text: text("cmd.status.no_commitments") });
  } else {
    blocks.push({ kind: "text", text: text("cmd.status.commitments") });
    const shown = overview.commitments.slice(0, LIMITS.listItemsPerPage);
    blocks.push({
      kind: "list",
      items: shown.map((commitment) =>
        text("cmd.status.commitment_line", {
          code: commitment.code,
          title: truncate(commitment.title, 120),
          state: text(`cmd.commitment_status.${commitment.status}`),
          completion: formatCompletion(commitment.completionPct, language),
          done: commitment.milestonesComplete,
          total: commitment.milestonesTotal,
        }),
      ),
    });
    if (overview.commitments.length > shown.length)
      blocks.push({
        kind: "context",
        text: text("cmd.list.more", { count: overview.commitments.length - shown.length }),
      });
  }
  const dueItems = [...(evaluation?.dueItems ?? [])].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  if (dueItems.length > 0) {
    blocks.push({ kind: "text", text: text("cmd.status.next_due") });
    blocks.push({
      kind: "list",
      items: dueItems.slice(0, NEXT_DUE_SHOWN).map((item) => describeDueItem(item, language)),
    });
  }
  return blocks;
}
