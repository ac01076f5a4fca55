import { findMembersByIds } from "../../db/repositories/member-lookup.js";
import { type ChannelRef, listChannelSubscriptions } from "../../db/repositories/subscriptions.js";
import { invalid } from "../../services/errors.js";
import {
  type ResolvedSubscription,
  resolveSubscription,
  subscribeChannel,
  unsubscribeChannel,
} from "../../services/route-alerts.js";
import { actingOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { messages, notice, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";

/** How the person's confirmation names a subscription. */
function labelOf(context: CommandContext, resolved: ResolvedSubscription): string {
  const { subject, name = "" } = resolved;
  switch (subject.kind) {
    case "support_unit_alerts":
      return supportUnitAlertsLabel(context, subject.country ?? null, subject.alertKinds ?? []);
    case "member_updates":
      return context.text("cmd.subscribe.label_member", { member: name });
    case "circle":
      return context.text("cmd.subscribe.label_circle", { circle: name });
    case "country_digest":
      return context.text("cmd.subscribe.label_country", { country: name });
  }
}

function supportUnitAlertsLabel(
  context: CommandContext,
  country: string | null,
  alertKinds: string[],
): string {
  const label = context.text("cmd.subscription_kind.support_unit_alerts");
  const filter = [...(country ? [country] : []), ...alertKinds].join(", ");
  return filter ? context.text("cmd.subscribe.label_filtered", { label, filter }) : label;
}

function currentChannel(context: LinkedContext): ChannelRef {
  const { platform, workspaceId, channelId } = context.request;
  if (!channelId) throw invalid("cmd.subscribe.needs_channel");
  return { platform, workspaceId, channelId };
}

/** `subscribe`: lists this channel's subscriptions; `subscribe KIND [SUBJECT]` adds one. */
export async function subscribe(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const channel = currentChannel(context);
  if (args.length === 0) return listSubscriptions(context, channel);
  const resolved = await resolveSubscription(context, context.caller, args);
  const label = labelOf(context, resolved);
  const { created } = await subscribeChannel(context, actingOf(context), channel, resolved.subject);
  return notice(
    "ok",
    context.text(created ? "cmd.subscribe.added" : "cmd.subscribe.already", { label }),
    created ? "success" : "info",
  );
}

export async function unsubscribe(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const channel = currentChannel(context);
  if (args.length === 0) throw invalid("cmd.unsubscribe.usage");
  const resolved = await resolveSubscription(context, context.caller, args);
  const label = labelOf(context, resolved);
  const removed = await unsubscribeChannel(context, actingOf(context), channel, resolved.subject);
  return notice(
    "ok",
    context.text(removed ? "cmd.unsubscribe.removed" : "cmd.unsubscribe.absent", { label }),
    removed ? "success" : "info",
  );
}

async function listSubscriptions(context: LinkedContext, channel: ChannelRef): Promise<CommandResult> {
  const rows = await listChannelSubscriptions(context.db, channel);
  const members = new Map(
    (
      await findMembersByIds(
        context.db,
        rows.flatMap((row) => (row.memberId ? [row.memberId] : [])),
      )
    ).map((member) => [member.id, member.name]),
  );
  const items = rows.map((row) =>
    row.kind === "support_unit_alerts"
      ? supportUnitAlertsLabel(context, row.country, row.alertKinds)
      : row.memberId
        ? context.text("cmd.subscribe.label_member", { member: members.get(row.memberId) ?? row.memberId })
        : row.country
          ? context.text("cmd.subscribe.label_country", { country: row.country })
          : context.text(`cmd.subscription_kind.${row.kind}`),
  );
  const title = context.text(rows.length > 0 ? "cmd.subscribe.list_title" : "cmd.subscribe.list_empty");
  return messages(
    "ok",
    toCaller(title, [
      { kind: "text", text: title },
      ...(items.length > 0 ? [{ kind: "list" as const, items }] : []),
      { kind: "context", text: context.text("cmd.subscribe.usage") },
    ]),
  );
}
