import { writeAudited } from "../../db/audit.js";
import { findCircleBySlug } from "../../db/repositories/circles.js";
import { findMemberByRef, findMembersByIds } from "../../db/repositories/member-lookup.js";
import {
  type ChannelRef,
  listChannelSubscriptions,
  type SubscriptionSubject,
  subscribeChannel,
  unsubscribeChannel,
} from "../../db/repositories/subscriptions.js";
import { RULE_SECTIONS } from "../../domain/rules/index.js";
import type { SubscriptionKind } from "../../domain/vocabularies.js";
import { FAILURE_NOTICE_KIND } from "../../outbox/index.js";
import { actorOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { messages, notice, toCaller } from "../messages.js";
import { isPointOfContactFor, isSupportUnit } from "../permissions.js";
import { invalid, notFound, refuse } from "../refusal.js";
import type { CommandResult } from "../reply.js";

/** Short words people type, beside the stored codes. */
const KIND_WORDS: Record<string, SubscriptionKind> = {
  alerts: "support_unit_alerts",
  support: "support_unit_alerts",
  support_unit_alerts: "support_unit_alerts",
  updates: "member_updates",
  member_updates: "member_updates",
  circle: "circle",
  digest: "country_digest",
  country_digest: "country_digest",
};

interface ResolvedSubscription {
  subject: SubscriptionSubject;
  label: string;
}

/**
 * Who may route a kind of alert (§1): Support Unit alerts, by the Support Unit; a member's updates, by
 * the Support Unit or that member's PoC; a circle, by the Support Unit or a PoC of a member in it; a
 * country digest, by the Support Unit or that country's national coordinator (§7).
 */
async function resolveSubscription(context: LinkedContext, args: string[]): Promise<ResolvedSubscription> {
  const [word = "", subjectRef] = args;
  const kind = KIND_WORDS[word.toLowerCase()];
  if (!kind) throw invalid("cmd.subscribe.usage");
  const { caller, db } = context;
  const supportUnit = isSupportUnit(caller);
  switch (kind) {
    case "support_unit_alerts": {
      if (!supportUnit) throw refuse("cmd.subscribe.support_unit_only");
      const { country, alertKinds } = supportUnitFilter(subjectRef, args[2]);
      return {
        subject: { kind, country, alertKinds },
        label: supportUnitAlertsLabel(context, country, alertKinds),
      };
    }
    case "member_updates": {
      if (!subjectRef) throw invalid("cmd.subscribe.usage");
      const member = await findMemberByRef(db, subjectRef);
      if (!member) throw notFound("cmd.member.not_found", { ref: subjectRef });
      if (!supportUnit && !isPointOfContactFor(caller, [member.id]))
        throw refuse("cmd.subscribe.member_not_allowed", { member: member.name });
      return {
        subject: { kind, memberId: member.id },
        label: context.text("cmd.subscribe.label_member", { member: member.name }),
      };
    }
    case "circle": {
      if (!subjectRef) throw invalid("cmd.subscribe.usage");
      const circle = await findCircleBySlug(db, subjectRef);
      if (!circle) throw notFound("cmd.subscribe.circle_not_found", { ref: subjectRef });
      if (!supportUnit && !isPointOfContactFor(caller, circle.memberIds))
        throw refuse("cmd.subscribe.circle_not_allowed", { circle: circle.name });
      return {
        subject: { kind, circleId: circle.id },
        label: context.text("cmd.subscribe.label_circle", { circle: circle.name }),
      };
    }
    case "country_digest": {
      const country = subjectRef?.toUpperCase() ?? "";
      if (!/^[A-Z]{2}$/.test(country)) throw invalid("cmd.subscribe.usage");
      const coordinator = caller.roles.some(
        (grant) => grant.role === "national_coordinator" && grant.country === country,
      );
      if (!supportUnit && !coordinator) throw refuse("cmd.subscribe.country_not_allowed", { country });
      return { subject: { kind, country }, label: context.text("cmd.subscribe.label_country", { country }) };
    }
  }
}

/** Alert kinds a Support Unit channel may filter on, by their upper-case spelling: rule IDs and delivery-failure notices. */
const ALERT_KINDS = new Map(
  [...Object.keys(RULE_SECTIONS), FAILURE_NOTICE_KIND].map((kind) => [kind.toUpperCase(), kind]),
);

/**
 * `alerts [COUNTRY|all] [RULE,RULE…]`: the Support Unit channel takes one country's members only,
 * and some alert kinds only (spec §6: "filterable by alert kind and country").
 */
function supportUnitFilter(
  countryWord: string | undefined,
  kindsWord: string | undefined,
): { country: string | null; alertKinds: string[] } {
  const everywhere = countryWord === undefined || ["all", "*"].includes(countryWord.toLowerCase());
  const country = everywhere ? null : countryWord.toUpperCase();
  if (country !== null && !/^[A-Z]{2}$/.test(country)) throw invalid("cmd.subscribe.usage");
  const typed = (kindsWord ?? "")
    .split(",")
    .map((kind) => kind.trim().toUpperCase())
    .filter((kind) => kind !== "");
  const unknown = typed.filter((kind) => !ALERT_KINDS.has(kind));
  if (unknown.length > 0) throw invalid("cmd.subscribe.unknown_kinds", { kinds: unknown.join(", ") });
  return { country, alertKinds: typed.map((kind) => ALERT_KINDS.get(kind)!) };
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
  const { subject, label } = await resolveSubscription(context, args);
  const { created } = await writeAudited(
    context.db,
    actorOf(context),
    (writer) => subscribeChannel(writer, channel, subject, context.caller.id),
    context.now,
  );
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
  const { subject, label } = await resolveSubscription(context, args);
  const removed = await writeAudited(
    context.db,
    actorOf(context),
    (writer) => unsubscribeChannel(writer, channel, subject),
    context.now,
  );
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
