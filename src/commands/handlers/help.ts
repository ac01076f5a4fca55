import { findMembersByIds } from "../../db/repositories/member-lookup.js";
import { slashCommandFor } from "../../messages/invocation.js";
import type { ReplyBlock } from "../../messages/model.js";
import { COMMAND_USAGES } from "../catalog.js";
import type { CommandContext } from "../context.js";
import { messages, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";

/** `help`: the commands this person may use, by role; an unlinked user learns how to get linked. */
export async function help(context: CommandContext): Promise<CommandResult> {
  const { caller, text } = context;
  const usable = COMMAND_USAGES.filter((usage) => usage.audience(caller));
  const blocks: ReplyBlock[] = [{ kind: "heading", text: text("cmd.help.title") }];
  if (!caller) {
    blocks.push({ kind: "text", text: text("cmd.unlinked"), tone: "info" });
  } else {
    const memberNames = new Map(
      (
        await findMembersByIds(
          context.db,
          caller.roles.flatMap((grant) => (grant.memberId ? [grant.memberId] : [])),
        )
      ).map((member) => [member.id, member.name]),
    );
    const roles = caller.roles.map((grant) =>
      text("cmd.help.role_in", {
        role: text(`cmd.role.${grant.role}`),
        scope: grant.memberId
          ? (memberNames.get(grant.memberId) ?? grant.memberId)
          : (grant.country ?? text("cmd.help.scope_global")),
      }),
    );
    blocks.push({
      kind: "text",
      text:
        roles.length > 0
          ? text("cmd.help.you_are", { name: caller.name, roles: roles.join(", ") })
          : text("cmd.help.no_roles", { name: caller.name }),
    });
  }
  blocks.push({
    kind: "list",
    items: usable.map(
      (usage) =>
        `/${slashCommandFor(context.request.platform, usage.command)} ${usage.usage} — ${text(usage.summaryKey)}`,
    ),
  });
  blocks.push({ kind: "context", text: text("cmd.help.footer") });
  return messages("ok", toCaller(text("cmd.help.title"), blocks));
}
