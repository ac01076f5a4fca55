import type { ModerationState } from "../../domain/vocabularies.js";
import { moderationOutcome } from "../../services/announcements/public-comment.js";
import { invalid } from "../../services/errors.js";
import { moderatePublicComment } from "../../services/moderate-public-comment.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import { messages, replacingOrigin, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";

const DECISIONS = new Map<string, Exclude<ModerationState, "pending">>([
  ["approve", "approved"],
  ["reject", "rejected"],
]);

/**
 * `comment approve COMMENT` / `comment reject COMMENT` (Annex 4), typed or from the buttons of the
 * moderation request. A clicked button's message is replaced by the decision (who, when), so every
 * copy someone clicks ends up saying how the comment was decided.
 */
export async function comment(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [action = "", ref, ...rest] = args;
  const decision = DECISIONS.get(action.toLowerCase());
  if (!decision || !ref || rest.length > 0) throw invalid("cmd.comment.usage");
  const outcome = await moderatePublicComment(context, actingOf(context), ref, decision);
  const blocks = moderationOutcome(outcome, context.language);
  const summary = blocks[0]?.kind === "text" ? blocks[0].text : "";
  const clicked = context.request.input.kind === "control";
  return messages("ok", clicked ? replacingOrigin(summary, blocks) : toCaller(summary, blocks));
}
