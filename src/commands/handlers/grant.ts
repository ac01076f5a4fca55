import type { StatusDecisionRequest } from "../../domain/rules/index.js";
import type { ReplyBlock } from "../../messages/model.js";
import { invalid } from "../../services/errors.js";
import { recordStatusDecision } from "../../services/record-status-decision.js";
import { supportUnitInChat } from "../../services/support-unit-authority.js";
import { actingOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { messages, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";
import { describeDecisionOutcome } from "./decision-outcome.js";

/**
 * Something typed where a date may stand (`2026-09-30`, `30/09/2026`): taken as the optional TO
 * rather than the reason's first word, so a mistyped date is refused instead of becoming the reason.
 */
const looksLikeDate = (word: string | undefined): word is string =>
  word !== undefined && /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(word);

/**
 * `grant voluntary-inactivity MEMBER FROM [TO] REASON` (VOL-1, §4.1; without TO until further
 * notice) and `grant extension MEMBER UNTIL REASON` (INACT-1, §4.1.1): the Support Unit's grants.
 */
export async function grant(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const authority = supportUnitInChat(actingOf(context), "cmd.grant.support_unit_only");
  const [action, ref, ...rest] = args;
  const variant = action?.toLowerCase();
  let request: StatusDecisionRequest;
  if (variant === "voluntary-inactivity" && ref && rest.length >= 1) {
    const [from, ...afterFrom] = rest as [string, ...string[]];
    const to = looksLikeDate(afterFrom[0]) ? afterFrom[0] : null;
    const reason = (to === null ? afterFrom : afterFrom.slice(1)).join(" ");
    request = { kind: "voluntary_inactivity", startsOn: from, endsOn: to, reason };
  } else if (variant === "extension" && ref && rest.length >= 1) {
    const [until, ...reasonWords] = rest as [string, ...string[]];
    request = { kind: "first_plan_extension", newDueOn: until, reason: reasonWords.join(" ") };
  } else {
    throw invalid("cmd.grant.usage");
  }
  const outcome = await recordStatusDecision(context, authority, ref, request);
  return decisionReply(context, outcome);
}

/** The answer to a recorded decision: what was decided, the status the rules now give and why. */
export function decisionReply(
  context: LinkedContext,
  outcome: Awaited<ReturnType<typeof recordStatusDecision>>,
): CommandResult {
  const described = describeDecisionOutcome(outcome, context.language, context.caller.name);
  const blocks: ReplyBlock[] = [
    { kind: "text", text: described.headline, tone: "success" },
    { kind: "text", text: described.status },
  ];
  if (described.reasons.length > 0) blocks.push({ kind: "list", items: described.reasons });
  blocks.push({ kind: "context", text: described.notes.join(" ") });
  return messages("ok", toCaller(described.headline, blocks));
}
