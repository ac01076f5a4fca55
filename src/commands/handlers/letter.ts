import { findMemberByRef } from "../../db/repositories/member-lookup.js";
import { formatCivilDate, formatInstant } from "../../messages/format.js";
import { invalid, notFound, refuse } from "../../services/errors.js";
import { isSupportUnit } from "../../services/permissions.js";
import { recordLetterSent } from "../../services/record-letter-sent.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import { messages, notice, replacingOrigin } from "../messages.js";
import type { CommandResult } from "../reply.js";

/** `letter sent MEMBER [DATE]` (the button under a draft letter): the letter went out (§4.1, §4.2). */
export async function letter(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  if (!isSupportUnit(context.caller)) throw refuse("cmd.letter.support_unit_only");
  const [action, ref, on] = args;
  if (action?.toLowerCase() !== "sent" || !ref || args.length > 3) throw invalid("cmd.letter.usage");
  if (on !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(on)) throw invalid("cmd.letter.usage");
  const member = await findMemberByRef(context.db, ref);
  if (!member) throw notFound("cmd.member.not_found", { ref });
  const { transition, sentOn, earlier } = await recordLetterSent(context, actingOf(context), member, on);
  const { text, language } = context;
  const described = {
    member: member.name,
    status: text(`status.${transition.status}`),
    since: formatCivilDate(transition.effectiveOn, language),
  };
  if (earlier)
    return notice(
      "ok",
      text("cmd.letter.already", {
        ...described,
        by: earlier.by,
        when: formatInstant(earlier.at, language, member.timeZone),
      }),
      "info",
    );
  const outcome = text("cmd.letter.sent", {
    ...described,
    name: context.caller.name,
    on: formatCivilDate(sentOn, language),
  });
  return messages("ok", replacingOrigin(outcome, [{ kind: "text", text: outcome, tone: "success" }]));
}
