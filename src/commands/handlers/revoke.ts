import { findMemberByRef } from "../../db/repositories/member-lookup.js";
import { formatCivilDate } from "../../messages/format.js";
import { confirmRevocation } from "../../services/confirm-revocation.js";
import { invalid, notFound, refuse } from "../../services/errors.js";
import { isSupportUnit } from "../../services/permissions.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import { messages, notice, replacingOrigin } from "../messages.js";
import type { CommandResult } from "../reply.js";

/**
 * `revoke confirm MEMBER [REASON]` (the button of a REVOKE-1 alert): the Support Unit's confirmation
 * is what makes a revocation take effect (REVOKE-1, §4.2).
 */
export async function revoke(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  if (!isSupportUnit(context.caller)) throw refuse("cmd.revoke.support_unit_only");
  const [action, ref, ...reasonWords] = args;
  if (action?.toLowerCase() !== "confirm" || !ref) throw invalid("cmd.revoke.usage");
  const member = await findMemberByRef(context.db, ref);
  if (!member) throw notFound("cmd.member.not_found", { ref });
  const outcome = await confirmRevocation(context, actingOf(context), member, reasonWords.join(" "));
  const { text, language } = context;
  if (outcome.kind === "already")
    return notice(
      "ok",
      text("cmd.revoke.already", { member: member.name, since: formatCivilDate(outcome.since, language) }),
      "info",
    );
  const confirmed = text("cmd.revoke.confirmed", {
    member: member.name,
    name: context.caller.name,
    on: formatCivilDate(outcome.effectiveOn, language),
  });
  return messages("ok", replacingOrigin(confirmed, [{ kind: "text", text: confirmed, tone: "success" }]));
}
