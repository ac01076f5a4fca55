import { and, asc, eq, inArray } from "drizzle-orm";
import type { Platform } from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import type { Database, Executor } from "../client.js";
import { channelSubscriptions } from "../schema/index.js";

export type SubscriptionRow = typeof channelSubscriptions.$inferSelect;

export interface ChannelRef {
  platform: Platform;
  workspaceId: string;
  channelId: string;
}

/** What a subscription is about; its key makes duplicates collide in the unique index. */
export type SubscriptionSubject =
  /** Support Unit alerts, optionally of one country's members only and of some alert kinds (rule IDs) only. */
  | { kind: "support_unit_alerts"; country?: string | null; alertKinds?: string[] }
  | { kind: "member_updates"; memberId: string }
  | { kind: "circle"; circleId: string }
  | { kind: "country_digest"; country: string };

const subjectKey = (subject: SubscriptionSubject): string => {
  switch (subject.kind) {
    case "support_unit_alerts":
      // One subscription per country filter in a channel; the kinds filter is part of the subscription.
      return subject.country ?? "";
    case "member_updates":
      return subject.memberId;
    case "circle":
      return subject.circleId;
    case "country_digest":
      return subject.country;
  }
};

async function findSubscription(
  db: AuditedWriter["tx"],
  channel: ChannelRef,
  subject: SubscriptionSubject,
): Promise<SubscriptionRow | null> {
  const [row] = await db
    .select()
    .from(channelSubscriptions)
    .where(
      and(
        eq(channelSubscriptions.platform, channel.platform),
        eq(channelSubscriptions.workspaceId, channel.workspaceId),
        eq(channelSubscriptions.channelId, channel.channelId),
        eq(channelSubscriptions.kind, subject.kind),
        eq(channelSubscriptions.subjectKey, subjectKey(subject)),
      ),
    );
  return row ?? null;
}

/** The channels subscribed to circles (`/ogp subscribe circle`), by circle id: they get its digest. */
export async function listCircleSubscribers(db: Executor): Promise<Map<string, ChannelRef[]>> {
  const rows = await db
    .select({
      circleId: channelSubscriptions.circleId,
      platform: channelSubscriptions.platform,
      workspaceId: channelSubscriptions.workspaceId,
      channelId: channelSubscriptions.channelId,
    })
    .from(channelSubscriptions)
    .where(eq(channelSubscriptions.kind, "circle"))
    .orderBy(asc(channelSubscriptions.createdAt));
  const subscribers = new Map<string, ChannelRef[]>();
  for (const { circleId, ...channel } of rows) {
    if (!circleId) continue;
    const channels = subscribers.get(circleId) ?? [];
    channels.push({ ...channel, platform: channel.platform as Platform });
    subscribers.set(circleId, channels);
  }
  return subscribers;
}

/** Routes alerts of a kind to a channel; subscribing twice keeps the first subscription. */
export async function subscribeChannel(
  writer: AuditedWriter,
  channel: ChannelRef,
  subject: SubscriptionSubject,
  createdBy: string,
): Promise<{ subscription: SubscriptionRow; created: boolean }> {
  const existing = await findSubscription(writer.tx, channel, subject);
  if (existing) return { subscription: existing, created: false };
  const subscription = await writer.insert(channelSubscriptions, {
    ...channel,
    kind: subject.kind,
    memberId: subject.kind === "member_updates" ? subject.memberId : null,
    circleId: subject.kind === "circle" ? subject.circleId : null,
    country:
      subject.kind === "country_digest" || subject.kind === "support_unit_alerts"
        ? (subject.country ?? null)
        : null,
    subjectKey: subjectKey(subject),
    ...(subject.kind === "support_unit_alerts" && subject.alertKinds
      ? { alertKinds: subject.alertKinds }
      : {}),
    createdBy,
  });
  return { subscription, created: true };
}

/** Returns whether there was a subscription to remove. */
export async function unsubscribeChannel(
  writer: AuditedWriter,
  channel: ChannelRef,
  subject: SubscriptionSubject,
): Promise<boolean> {
  const existing = await findSubscription(writer.tx, channel, subject);
  if (!existing) return false;
  await writer.tx.delete(channelSubscriptions).where(eq(channelSubscriptions.id, existing.id));
  writer.record("channel_subscriptions", existing.id, "delete", {
    ...channel,
    kind: subject.kind,
    subjectKey: existing.subjectKey,
  });
  return true;
}

/** Channels that receive a member's updates (any platform). */
export async function listMemberUpdateChannels(db: Executor, memberIds: string[]): Promise<ChannelRef[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .selectDistinct({
      platform: channelSubscriptions.platform,
      workspaceId: channelSubscriptions.workspaceId,
      channelId: channelSubscriptions.channelId,
    })
    .from(channelSubscriptions)
    .where(
      and(eq(channelSubscriptions.kind, "member_updates"), inArray(channelSubscriptions.memberId, memberIds)),
    )
    .orderBy(asc(channelSubscriptions.channelId));
  return rows.map((row) => ({ ...row, platform: row.platform as Platform }));
}

/** The members whose updates a channel follows: the channel's member context for commands run there. */
export async function listMembersFollowedByChannel(db: Database, channel: ChannelRef): Promise<string[]> {
  const rows = await db
    .select({ memberId: channelSubscriptions.memberId })
    .from(channelSubscriptions)
    .where(
      and(
        eq(channelSubscriptions.platform, channel.platform),
        eq(channelSubscriptions.workspaceId, channel.workspaceId),
        eq(channelSubscriptions.channelId, channel.channelId),
        eq(channelSubscriptions.kind, "member_updates"),
      ),
    );
  return rows.flatMap((row) => (row.memberId ? [row.memberId] : []));
}

export async function listChannelSubscriptions(
  db: Database,
  channel: ChannelRef,
): Promise<SubscriptionRow[]> {
  return db
    .select()
    .from(channelSubscriptions)
    .where(
      and(
        eq(channelSubscriptions.platform, channel.platform),
        eq(channelSubscriptions.workspaceId, channel.workspaceId),
        eq(channelSubscriptions.channelId, channel.channelId),
      ),
    )
    .orderBy(asc(channelSubscriptions.kind));
}
