import { redeemLinkCode } from "../../db/repositories/link-codes.js";
import { findPersonByChatIdentity } from "../../db/repositories/people.js";
import { t } from "../../messages/i18n/index.js";
import type { CommandContext } from "../context.js";
import { notice } from "../messages.js";
import { invalid, refuse } from "../refusal.js";
import type { CommandResult } from "../reply.js";

/** `link CODE`: ties this chat identity to the person the single-use code was made for. */
export async function link(context: CommandContext, args: string[]): Promise<CommandResult> {
  const [code] = args;
  if (!code || args.length > 1) throw invalid("cmd.link.usage");
  const { platform, workspaceId, userId } = context.request;
  const outcome = await redeemLinkCode(
    context.db,
    { code, platform, workspaceId, userId },
    // The person is unknown until the code is redeemed: the chat identity is the actor.
    {
      personId: null,
      label: `${platform}:${workspaceId ? `${workspaceId}:` : ""}${userId}`,
      source: platform,
    },
    context.now,
  );
  if (!outcome.ok) {
    throw outcome.reason === "invalid_or_expired"
      ? invalid("cmd.link.invalid_code")
      : refuse("cmd.link.linked_elsewhere");
  }
  const person = await findPersonByChatIdentity(context.db, { platform, workspaceId, userId });
  const language = context.request.locale ?? person?.language ?? context.language;
  const key = outcome.alreadyLinked ? "cmd.link.already_linked" : "cmd.link.linked";
  return notice("ok", t(language, key, { name: person?.name ?? "" }), "success");
}
