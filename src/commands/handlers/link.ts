import { findPersonByChatIdentity } from "../../db/repositories/people.js";
import { t } from "../../messages/i18n/index.js";
import { invalid } from "../../services/errors.js";
import { linkChatIdentity } from "../../services/link-chat-identity.js";
import type { CommandContext } from "../context.js";
import { notice } from "../messages.js";
import type { CommandResult } from "../reply.js";

/** `link CODE`: ties this chat identity to the person the single-use code was made for. */
export async function link(context: CommandContext, args: string[]): Promise<CommandResult> {
  const [code] = args;
  if (!code || args.length > 1) throw invalid("cmd.link.usage");
  const { platform, workspaceId, userId } = context.request;
  const { alreadyLinked } = await linkChatIdentity(context, { platform, workspaceId, userId }, code);
  const person = await findPersonByChatIdentity(context.db, { platform, workspaceId, userId });
  const language = context.request.locale ?? person?.language ?? context.language;
  const key = alreadyLinked ? "cmd.link.already_linked" : "cmd.link.linked";
  return notice("ok", t(language, key, { name: person?.name ?? "" }), "success");
}
