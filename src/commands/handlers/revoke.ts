import { writeAudited } from "../../db/audit.js";
import { findMemberByRef } from "../../db/repositories/member-lookup.js";
import {
  recordedStatus,
  recordRevocationConfirmed,
  recordStatusChange,
} from "../../db/repositories/member-status.js";
import { SPEC_RULES_CONFIG } from "../../domain/rules/index.js";
import { formatCivilDate } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { assessMembers } from "../assessment.js";
import { actorOf, type CommandContext, requireLinked } from "../context.js";
import { messages, notice, replacingOrigin } from "../messages.js";
import { isSupportUnit } from "../permissions.js";
import { invalid, notFound, refuse } from "../refusal.js";
import type { CommandResult } from "../reply.js";

/**
 * `revoke confirm MEMBER [REASON]` (the button of a REVOKE-1 alert): the Support Unit's confirmation
 * is what makes a revocation take effect (REVOKE-1, §4.2). It is recorded only while the rules find
 * the revocation due, as a decision the engine reads, with the recorded status and its history row,
 * in one audited transaction. The scheduler then drafts the revocation letter.
 */
export async function revoke(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  if (!isSupportUnit(context.caller)) throw refuse("cmd.revoke.support_unit_only");
  const [action, ref, ...reasonWords] = args;
  if (action?.toLowerCase() !== "confirm" || !ref) throw invalid("cmd.revoke.usage");
  const member = await findMemberByRef(context.db, ref);
  if (!member) throw notFound("cmd.member.not_found", { ref });
  const evaluation = (await assessMembers(context.db, [member.id], context.now)).get(member.id);
  if (!evaluation) throw notFound("cmd.member.not_found", { ref });
  const { text, language } = context;
  if (evaluation.status === "revoked" || member.status === "revoked") {
    const since = member.status === "revoked" ? (member.statusSince ?? evaluation.since) : evaluation.since;
    return notice(
      "ok",
      text("cmd.revoke.already", { member: member.name, since: formatCivilDate(since, language) }),
      "info",
    );
  }
  const due =
    evaluation.status === "probation" && evaluation.reasons.some((reason) => reason.ruleId === "REVOKE-1");
  if (!due)
    throw refuse("cmd.revoke.not_due", {
      member: member.name,
      status: text(`status.${evaluation.status}`),
      months: SPEC_RULES_CONFIG.status.probationMonthsToRectify,
    });

  const effectiveOn = evaluation.on;
  const reason = reasonWords.join(" ").trim() || t("en", "cmd.revoke.default_reason");
  const recorded = await writeAudited(
    context.db,
    actorOf(context),
    async (writer) => {
      // A twin click may have confirmed it meanwhile: the status read inside the transaction decides.
      if ((await recordedStatus(writer.tx, member.id)) === "revoked") return false;
      await recordRevocationConfirmed(writer, {
        memberId: member.id,
        effectiveOn,
        reason,
        decidedBy: context.caller.id,
      });
      await recordStatusChange(writer, {
        memberId: member.id,
        status: "revoked",
        effectiveOn,
        ruleId: "REVOKE-1",
        reason: t("en", "rules.reason.revoked", { effectiveOn, reason }),
        decidedBy: context.caller.id,
      });
      return true;
    },
    context.now,
  );
  if (!recorded)
    return notice(
      "ok",
      text("cmd.revoke.already", { member: member.name, since: formatCivilDate(effectiveOn, language) }),
      "info",
    );
  const outcome = text("cmd.revoke.confirmed", {
    member: member.name,
    name: context.caller.name,
    on: formatCivilDate(effectiveOn, language),
  });
  return messages("ok", replacingOrigin(outcome, [{ kind: "text", text: outcome, tone: "success" }]));
}
