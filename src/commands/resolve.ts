import { findMemberByRef, findMembersByIds, type MemberRow } from "../db/repositories/member-lookup.js";
import { listMembersFollowedByChannel } from "../db/repositories/subscriptions.js";
import type { MessageParams } from "../messages/i18n/index.js";
import type { CommandName } from "../messages/invocation.js";
import { LIMITS, truncate } from "../messages/limits.js";
import { notFound } from "../services/errors.js";
import type { CommandContext } from "./context.js";
import { messages, toCaller } from "./messages.js";
import type { CommandResult } from "./reply.js";

/** Either the member a command is about, or a reply asking the caller to choose one. */
export type MemberChoice = { member: MemberRow } | { reply: CommandResult };

export interface MemberChoiceOptions {
  /** The fixed word the command takes before the member (`plan submit MEMBER`): the select re-runs both. */
  variant?: string;
  /** What to say when the caller has no candidate; by default that the command needs a member named. */
  noCandidate?: { key: string; params?: MessageParams };
}

/**
 * The member a command is about: the one named, else the one the channel follows among the caller's
 * candidates, else the caller's only candidate; with several the caller picks from a select that
 * re-runs `command [variant] MEMBER`. Only the members the select can show are read, so a caller
 * whose candidates are every member (the Support Unit) costs one page.
 */
export async function chooseMember(
  context: CommandContext,
  ref: string | undefined,
  candidateIds: string[],
  command: CommandName,
  options: MemberChoiceOptions = {},
): Promise<MemberChoice> {
  if (ref) {
    const member = await findMemberByRef(context.db, ref);
    if (!member) throw notFound("cmd.member.not_found", { ref });
    return { member };
  }
  const usage = options.variant ? `${command} ${options.variant}` : command;
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
  if (candidateIds.length === 0)
    throw notFound(
      options.noCandidate?.key ?? "cmd.member.none_in_scope",
      options.noCandidate?.params ?? { command: usage },
    );
  const shown = await findMembersByIds(context.db, candidateIds.slice(0, LIMITS.selectOptions));
  const [single] = shown;
  if (candidateIds.length === 1 && single) return { member: single };
  const hidden = candidateIds.length - shown.length;
  const prompt = context.text("cmd.member.choose");
  const leading = options.variant ? [options.variant] : [];
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
              invoke: { command, args: [...leading, member.slug] },
            })),
            // A search re-runs the command with the member alone, so only a command without a fixed word offers one.
            ...(hidden > 0 && !options.variant
              ? {
                  search: {
                    command,
                    argument: "member" as const,
                    notListed: context.text("cmd.member.more", { count: hidden, command }),
                  },
                }
              : {}),
          },
        },
        ...(hidden > 0 && options.variant
          ? [
              {
                kind: "context" as const,
                text: context.text("cmd.member.more", { count: hidden, command: usage }),
              },
            ]
          : []),
      ]),
    ),
  };
}
