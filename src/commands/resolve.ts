import { findMemberByRef, findMembersByIds, type MemberRow } from "../db/repositories/member-lookup.js";
import { listMembersFollowedByChannel } from "../db/repositories/subscriptions.js";
import type { CommandName } from "../messages/invocation.js";
import { LIMITS, truncate } from "../messages/limits.js";
import { notFound } from "../services/errors.js";
import type { CommandContext } from "./context.js";
import { messages, toCaller } from "./messages.js";
import type { CommandResult } from "./reply.js";

/** Either the member a command is about, or a reply asking the caller to choose one. */
export type MemberChoice = { member: MemberRow } | { reply: CommandResult };

/**
 * The member a command is about: the one named, else the one the channel follows, else the caller's
 * only candidate; with several candidates the caller picks from a select that re-runs `command`.
 */
export async function chooseMember(
  context: CommandContext,
  ref: string | undefined,
  candidateIds: string[],
  command: CommandName,
): Promise<MemberChoice> {
  if (ref) {
    const member = await findMemberByRef(context.db, ref);
    if (!member) throw notFound("cmd.member.not_found", { ref });
    return { member };
  }
  const { platform, workspaceId, channelId } = context.request;
  if (channelId) {
    const followed = await listMembersFollowedByChannel(context.db, { platform, workspaceId, channelId });
    const inChannel = followed.filter((id) => candidateIds.includes(id));
    const [only] = inChannel;
    if (inChannel.length === 1 && only) {
      const [member] = await findMembersByIds(context.db, [only]);
      if (member) return { member };
    }
  }
  const candidates = await findMembersByIds(context.db, candidateIds);
  const [single] = candidates;
  if (candidates.length === 1 && single) return { member: single };
  if (candidates.length === 0) throw notFound("cmd.member.none_in_scope", { command });
  const shown = candidates.slice(0, LIMITS.selectOptions);
  const prompt = context.text("cmd.member.choose");
  return {
    reply: messages(
      "ok",
      toCaller(prompt, [
        { kind: "text", text: prompt },
        {
          kind: "select",
          select: {
            placeholder: context.text("cmd.member.placeholder"),
            options: shown.map((member) => ({
              label: truncate(member.name, LIMITS.optionLabel),
              description: member.country,
              invoke: { command, args: [member.slug] },
            })),
            ...(candidates.length > shown.length
              ? {
                  search: {
                    command,
                    argument: "member" as const,
                    notListed: context.text("cmd.member.more", {
                      count: candidates.length - shown.length,
                      command,
                    }),
                  },
                }
              : {}),
          },
        },
      ]),
    ),
  };
}
