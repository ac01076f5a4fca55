import { type CircleChannel, circleThemeLabel, listCircles } from "../../db/repositories/circles.js";
import { listAllMemberIds } from "../../db/repositories/member-lookup.js";
import { circleActingInChat } from "../../services/circle-authority.js";
import { createCircle, policyAreaOf } from "../../services/circle-create.js";
import { joinCircle, membershipChangeKey } from "../../services/circle-join.js";
import { leaveCircle } from "../../services/circle-leave.js";
import { linkChannelToCircle } from "../../services/circle-link.js";
import { unlinkChannelFromCircle } from "../../services/circle-unlink.js";
import { invalid } from "../../services/errors.js";
import { isSupportUnit, membersWithRole } from "../../services/permissions.js";
import { supportUnitInChat } from "../../services/support-unit-authority.js";
import { actingOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { messages, notice, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";
import { chooseMember } from "../resolve.js";

/**
 * `circle create NAME THEME`: two words, or two "quoted" parts, or a name of several words followed
 * by a policy-area code. Discord hands each option over as one argument, so it always gives two.
 */
export function nameAndTheme(words: readonly string[]): { name: string; theme: string } {
  // A part typed in quotes is what is inside them, whether it is one word or several.
  const unquoted = (word: string) =>
    /^"([^"]*)"$|^“([^”]*)”$/
      .exec(word)
      ?.slice(1)
      .find((inner) => inner !== undefined) ?? word;
  if (words.length === 2) return { name: unquoted(words[0]!), theme: unquoted(words[1]!) };
  const parts = [...words.join(" ").matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? "",
  );
  if (parts.length === 2) return { name: parts[0]!, theme: parts[1]! };
  const last = words.at(-1);
  if (words.length > 2 && last && policyAreaOf(last))
    return { name: words.slice(0, -1).join(" "), theme: last };
  throw invalid("cmd.circle.usage");
}

/**
 * The channel the command runs in, for `link` and `unlink`: a circle discusses in shared channels,
 * so a direct message, a group message or a thread (whose messages the relay reads on its parent)
 * is refused. Where the platform did not say what the place is, a DM is told by its missing
 * workspace (Discord) or its `D…` id (Slack).
 */
function currentChannel(context: LinkedContext): CircleChannel {
  const { platform, workspaceId, channelId, channelKind } = context.request;
  const shared = channelKind
    ? channelKind === "channel"
    : workspaceId !== "" && !(platform === "slack" && channelId?.startsWith("D"));
  if (!channelId || !shared) throw invalid("cmd.circle.needs_channel");
  return { platform, workspaceId, channelId };
}

/**
 * `circle list|create|join|leave|link|unlink` (handbook §2.4, spec role table): the Support Unit
 * creates circles; a member's point of contact or civil society (or the Support Unit) brings it in
 * or takes it out; they, for a member of the circle, link the channel they are in.
 */
export async function circle(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [action = "list", ...rest] = args;
  switch (action.toLowerCase()) {
    case "list":
      if (rest.length > 0) throw invalid("cmd.circle.usage");
      return listAll(context);
    case "create":
      return create(context, rest);
    case "join":
    case "leave":
      return membership(context, action.toLowerCase() as "join" | "leave", rest);
    case "link":
    case "unlink":
      return channelLink(context, action.toLowerCase() as "link" | "unlink", rest);
    default:
      throw invalid("cmd.circle.usage");
  }
}

async function listAll(context: LinkedContext): Promise<CommandResult> {
  const circles = await listCircles(context.db);
  const title = context.text(circles.length > 0 ? "cmd.circle.list_title" : "cmd.circle.list_empty");
  const items = circles.map((circle) =>
    context.text("cmd.circle.list_line", {
      name: circle.name,
      slug: circle.slug,
      theme: circleThemeLabel(circle, context.language),
      members:
        circle.members.map((member) => member.name).join(", ") || context.text("cmd.circle.no_members"),
      channels: circle.channels.length,
    }),
  );
  return messages(
    "ok",
    toCaller(title, [
      { kind: "text", text: title },
      ...(items.length > 0 ? [{ kind: "list" as const, items }] : []),
      { kind: "context", text: context.text("cmd.circle.usage") },
    ]),
  );
}

async function create(context: LinkedContext, words: string[]): Promise<CommandResult> {
  const authority = supportUnitInChat(actingOf(context), "cmd.circle.support_unit_only");
  const created = await createCircle(context, authority, nameAndTheme(words));
  return notice(
    "ok",
    context.text("cmd.circle.created", {
      name: created.name,
      slug: created.slug,
      theme: circleThemeLabel(created, context.language),
    }),
    "success",
  );
}

async function membership(
  context: LinkedContext,
  action: "join" | "leave",
  [circleRef, memberRef, ...extra]: string[],
): Promise<CommandResult> {
  if (!circleRef || extra.length > 0) throw invalid("cmd.circle.usage");
  const { caller } = context;
  // The members the caller speaks for; the Support Unit, any member.
  const candidates = isSupportUnit(caller)
    ? await listAllMemberIds(context.db)
    : [
        ...new Set([
          ...membersWithRole(caller, "point_of_contact"),
          ...membersWithRole(caller, "civil_society"),
        ]),
      ];
  const choice = await chooseMember(context, memberRef, candidates, "circle", {
    variant: action,
    noCandidate: { key: "cmd.circle.no_member", params: { command: `circle ${action} ${circleRef}` } },
  });
  if ("reply" in choice) return withCircle(choice.reply, action, circleRef);
  const { member } = choice;
  const acting = circleActingInChat(actingOf(context));
  const change =
    action === "join"
      ? await joinCircle(context, acting, circleRef, member)
      : await leaveCircle(context, acting, circleRef, member);
  const key = membershipChangeKey(action, change.changed);
  return notice(
    "ok",
    context.text(key, { member: member.name, circle: change.circle.name }),
    change.changed ? "success" : "info",
  );
}

/**
 * The member select `chooseMember` offers re-runs `circle ACTION MEMBER`; the circle goes between,
 * as the typed command has it (`circle join CIRCLE MEMBER`).
 */
function withCircle(reply: CommandResult, action: string, circleRef: string): CommandResult {
  if (reply.kind !== "messages") return reply;
  const rerun = (args: string[]) => (args[0] === action ? [action, circleRef, ...args.slice(1)] : args);
  return {
    ...reply,
    messages: reply.messages.map((message) => ({
      ...message,
      blocks: message.blocks.map((block) =>
        block.kind === "select"
          ? {
              ...block,
              select: {
                ...block.select,
                options: block.select.options.map((option) => ({
                  ...option,
                  invoke: { ...option.invoke, args: rerun(option.invoke.args) },
                })),
              },
            }
          : block,
      ),
    })),
  };
}

async function channelLink(
  context: LinkedContext,
  action: "link" | "unlink",
  [circleRef, ...extra]: string[],
): Promise<CommandResult> {
  if (!circleRef || extra.length > 0) throw invalid("cmd.circle.usage");
  const channel = currentChannel(context);
  const acting = circleActingInChat(actingOf(context));
  if (action === "link") {
    const { circle, changed } = await linkChannelToCircle(context, acting, circleRef, channel);
    return notice(
      "ok",
      context.text(changed ? "cmd.circle.linked" : "cmd.circle.already_linked", {
        circle: circle.name,
        slug: circle.slug,
        // The others: the circle as read before this link.
        count: circle.channels.length,
      }),
      changed ? "success" : "info",
    );
  }
  const { circle, changed } = await unlinkChannelFromCircle(context, acting, circleRef, channel);
  return notice(
    "ok",
    context.text(changed ? "cmd.circle.unlinked" : "cmd.circle.not_linked", { circle: circle.name }),
    changed ? "success" : "info",
  );
}
