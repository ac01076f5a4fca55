import { findMembersByIds } from "../../db/repositories/member-lookup.js";
import { LIMITS } from "../../messages/limits.js";
import type { ReplyBlock } from "../../messages/model.js";
import { describeDueItem } from "../../messages/rules-text.js";
import { membersInScope } from "../../services/permissions.js";
import { assessMembers, dueItemsFor, rolesOverMember } from "../assessment.js";
import { type CommandContext, requireLinked } from "../context.js";
import { messages, toCaller } from "../messages.js";

/** `due`: the caller's own due items across their members, soonest first (spec §6 "whom to remind"). */
export async function due(base: CommandContext) {
  const context = requireLinked(base);
  const members = await findMembersByIds(context.db, await membersInScope(context.db, context.caller));
  const evaluations = await assessMembers(
    context.db,
    members.map((member) => member.id),
    context.now,
  );
  const items = members
    .flatMap((member) => {
      const evaluation = evaluations.get(member.id);
      if (!evaluation) return [];
      return dueItemsFor(rolesOverMember(context.caller, member), evaluation).map((item) => ({
        member,
        item,
      }));
    })
    .sort((a, b) => a.item.dueOn.localeCompare(b.item.dueOn));
  const title = context.text(items.length > 0 ? "cmd.due.title" : "cmd.due.none");
  const shown = items.slice(0, LIMITS.listItemsPerPage);
  const blocks: ReplyBlock[] = [{ kind: "heading", text: title }];
  if (shown.length > 0)
    blocks.push({
      kind: "list",
      items: shown.map(({ member, item }) => `${member.name}: ${describeDueItem(item, context.language)}`),
    });
  if (items.length > shown.length)
    blocks.push({
      kind: "context",
      text: context.text("cmd.list.more", { count: items.length - shown.length }),
    });
  return messages("ok", toCaller(title, blocks));
}
