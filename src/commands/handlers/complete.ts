import { findCommitmentByCode } from "../../db/repositories/commitments.js";
import { formatCivilDate } from "../../messages/format.js";
import { commitmentCompletionBlocks } from "../../services/announcements/commitment-completion.js";
import { completeCommitment } from "../../services/complete-commitment.js";
import { invalid, notFound } from "../../services/errors.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import { messages, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";

/**
 * `complete COMMITMENT`: whoever posts a commitment's updates marks it completed today (§2
 * Commitment): DUE-UPDATE stops asking for it and DUE-ASSESS-END starts from the completion.
 */
export async function complete(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [code] = args;
  if (!code || args.length > 1) throw invalid("cmd.complete.usage");
  const commitment = await findCommitmentByCode(context.db, code);
  if (!commitment) throw notFound("cmd.commitment.not_found", { ref: code });
  const completed = await completeCommitment(context, actingOf(context), commitment);
  const confirmation = context.text("cmd.complete.done", {
    code: completed.commitment.code,
    title: completed.commitment.title,
    date: formatCivilDate(completed.completedOn, context.language),
  });
  return messages(
    "ok",
    toCaller(confirmation, [
      { kind: "text", text: confirmation, tone: "success" },
      {
        kind: "context",
        text:
          completed.shared > 0
            ? context.text("cmd.complete.shared", { count: completed.shared })
            : context.text("cmd.complete.not_shared", { member: completed.owners.names.join(", ") }),
      },
      ...commitmentCompletionBlocks(
        {
          commitment,
          memberNames: completed.owners.names,
          completedOn: completed.completedOn,
          assessmentDueOn: completed.assessmentDueOn,
          markedBy: context.caller.name,
        },
        context.language,
      ),
    ]),
  );
}
