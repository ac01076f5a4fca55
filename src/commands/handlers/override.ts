import { invalid } from "../../services/errors.js";
import { recordStatusDecision } from "../../services/record-status-decision.js";
import { supportUnitInChat } from "../../services/support-unit-authority.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import type { CommandResult } from "../reply.js";
import { decisionReply } from "./grant.js";

/** `override MEMBER STATUS REASON`: the Support Unit sets a member's status from today (§4.2). */
export async function override(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const authority = supportUnitInChat(actingOf(context), "cmd.override.support_unit_only");
  const [ref, status, ...reasonWords] = args;
  if (!ref || !status) throw invalid("cmd.override.usage");
  const outcome = await recordStatusDecision(context, authority, ref, {
    kind: "status_override",
    // `voluntarily-inactive` and `Probation` are what people type for the codes.
    status: status.toLowerCase().replaceAll("-", "_"),
    reason: reasonWords.join(" "),
  });
  return decisionReply(context, outcome);
}
