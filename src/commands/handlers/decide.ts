import type { ApprovalVerdict } from "../../domain/vocabularies.js";
import { outcomeOf } from "../../services/announcements/modification.js";
import { decideModification } from "../../services/decide-modification.js";
import { invalid } from "../../services/errors.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import { messages, replacingOrigin, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";

/**
 * `approve MODIFICATION` / `reject MODIFICATION`, typed or from the buttons in the member's channel.
 * A clicked button's message is replaced by the outcome (who, when): the message is its own record.
 */
export const decide =
  (verdict: ApprovalVerdict) =>
  async (base: CommandContext, args: string[]): Promise<CommandResult> => {
    const context = requireLinked(base);
    const [ref] = args;
    if (!ref || args.length > 1) throw invalid(`cmd.${verdict}.usage`);
    const clicked = context.request.input.kind === "control";
    const { modification, verdicts, commitment } = await decideModification(
      context,
      actingOf(context),
      ref,
      verdict,
      { fromProposalMessage: clicked },
    );
    const blocks = outcomeOf(modification, verdicts, commitment, context.language);
    const summary = blocks[0]?.kind === "text" ? blocks[0].text : "";
    return messages("ok", clicked ? replacingOrigin(summary, blocks) : toCaller(summary, blocks));
  };
