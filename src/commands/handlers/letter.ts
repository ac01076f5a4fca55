import { writeAudited } from "../../db/audit.js";
import { findMemberByRef } from "../../db/repositories/member-lookup.js";
import {
  findLetterSent,
  findLetterTransition,
  recordLetterSent,
} from "../../db/repositories/member-status.js";
import { civilDateIn, formatCivilDate, formatInstant } from "../../messages/format.js";
import { actorOf, type CommandContext, requireLinked } from "../context.js";
import { messages, notice, replacingOrigin } from "../messages.js";
import { isSupportUnit } from "../permissions.js";
import { invalid, notFound, refuse } from "../refusal.js";
import type { CommandResult } from "../reply.js";

/**
 * `letter sent MEMBER [DATE]` (the button under a draft letter): the Support Unit records that the
 * letter announcing a transition to inactive, probation or revoked went out (§4.1, §4.2). DATE names
 * the transition by the day it began; without it, the latest. Recording twice shows the first record.
 */
export async function letter(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  if (!isSupportUnit(context.caller)) throw refuse("cmd.letter.support_unit_only");
  const [action, ref, on] = args;
  if (action?.toLowerCase() !== "sent" || !ref || args.length > 3) throw invalid("cmd.letter.usage");
  if (on !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(on)) throw invalid("cmd.letter.usage");
  const member = await findMemberByRef(context.db, ref);
  if (!member) throw notFound("cmd.member.not_found", { ref });
  const { text, language } = context;
  const transition = await findLetterTransition(context.db, member.id, on);
  if (!transition)
    throw notFound(on ? "cmd.letter.none_on" : "cmd.letter.none", {
      member: member.name,
      ...(on ? { on: formatCivilDate(on, language) } : {}),
    });
  const described = {
    member: member.name,
    status: text(`status.${transition.status}`),
    since: formatCivilDate(transition.effectiveOn, language),
  };
  const sentOn = civilDateIn(context.now, member.timeZone);
  const earlier = await writeAudited(
    context.db,
    actorOf(context),
    async (writer) => {
      // Read inside the transaction, so a double click records the letter once.
      const recorded = await findLetterSent(writer.tx, transition.id);
      if (!recorded) recordLetterSent(writer, transition, sentOn);
      return recorded;
    },
    context.now,
  );
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
