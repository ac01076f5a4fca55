import { and, asc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { LANGUAGES, type Language, type Platform } from "../../domain/vocabularies.js";
import { RELAY_KIND } from "../../relay/model.js";
import type { Executor } from "../client.js";
import {
  alertsOutbox,
  chatIdentities,
  circleChannels,
  circleMembers,
  discordGuilds,
  members,
  persons,
  roleAssignments,
} from "../schema/index.js";

/**
 * What the circles relay reads: which channels a linked channel relays to, who an author is, and
 * which copies the outbox has already made. Read at event and at delivery time, never cached, so a
 * channel unlinked a moment ago is relayed to no more.
 */

export interface ChannelRef {
  platform: Platform;
  workspaceId: string;
  channelId: string;
}

/** A channel a message is relayed to, with the circle that links it to the source. */
export interface RelayTarget extends ChannelRef {
  circleId: string;
  language: Language;
}

const asLanguage = (value: string | null): Language =>
  (LANGUAGES as readonly string[]).includes(value ?? "") ? (value as Language) : "en";

/**
 * The other channels of every circle this channel is linked to (a channel in two circles relays to
 * both, each target once), in link order. Empty when the channel is linked to no circle.
 */
export async function findRelayTargets(db: Executor, source: ChannelRef): Promise<RelayTarget[]> {
  const sourceLink = alias(circleChannels, "source_link");
  const rows = await db
    .select({
      circleId: circleChannels.circleId,
      platform: circleChannels.platform,
      workspaceId: circleChannels.workspaceId,
      channelId: circleChannels.channelId,
      locale: discordGuilds.locale,
    })
    .from(sourceLink)
    .innerJoin(circleChannels, eq(circleChannels.circleId, sourceLink.circleId))
    .leftJoin(
      discordGuilds,
      and(eq(circleChannels.platform, "discord"), eq(discordGuilds.guildId, circleChannels.workspaceId)),
    )
    .where(
      and(
        eq(sourceLink.platform, source.platform),
        eq(sourceLink.workspaceId, source.workspaceId),
        eq(sourceLink.channelId, source.channelId),
        or(
          ne(circleChannels.platform, source.platform),
          ne(circleChannels.workspaceId, source.workspaceId),
          ne(circleChannels.channelId, source.channelId),
        ),
      ),
    )
    .orderBy(asc(sql`${circleChannels}.rowid`));
  const seen = new Set<string>();
  const targets: RelayTarget[] = [];
  for (const row of rows) {
    const key = `${row.platform}:${row.workspaceId}:${row.channelId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    targets.push({
      circleId: row.circleId,
      platform: row.platform as Platform,
      workspaceId: row.workspaceId,
      channelId: row.channelId,
      language: asLanguage(row.locale),
    });
  }
  return targets;
}

/** Whether the two channels are still linked to one circle (checked again just before delivery). */
export async function channelsShareCircle(db: Executor, a: ChannelRef, b: ChannelRef): Promise<boolean> {
  const other = alias(circleChannels, "other_link");
  const [row] = await db
    .select({ circleId: circleChannels.circleId })
    .from(circleChannels)
    .innerJoin(other, eq(other.circleId, circleChannels.circleId))
    .where(
      and(
        eq(circleChannels.platform, a.platform),
        eq(circleChannels.workspaceId, a.workspaceId),
        eq(circleChannels.channelId, a.channelId),
        eq(other.platform, b.platform),
        eq(other.workspaceId, b.workspaceId),
        eq(other.channelId, b.channelId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Chat identities are per workspace on Slack; Discord user ids are global (stored with ''). */
const identityWorkspace = (platform: Platform, workspaceId: string): string =>
  platform === "discord" ? "" : workspaceId;

export interface Speaker {
  personName: string;
  /** The member the person holds a role in: one of the circle's members first, then by name. */
  memberName: string | null;
}

/** The linked person behind a chat user, and the member they speak for; null for an unlinked user. */
export async function findSpeaker(
  db: Executor,
  user: { platform: Platform; workspaceId: string; userId: string },
  circleId: string,
): Promise<Speaker | null> {
  const rows = await db
    .select({
      personName: persons.name,
      memberName: members.name,
      inCircle: sql<number>`${circleMembers.memberId} is not null`,
    })
    .from(chatIdentities)
    .innerJoin(persons, eq(persons.id, chatIdentities.personId))
    .leftJoin(roleAssignments, eq(roleAssignments.personId, persons.id))
    .leftJoin(members, eq(members.id, roleAssignments.memberId))
    .leftJoin(
      circleMembers,
      and(eq(circleMembers.memberId, roleAssignments.memberId), eq(circleMembers.circleId, circleId)),
    )
    .where(
      and(
        eq(chatIdentities.platform, user.platform),
        eq(chatIdentities.workspaceId, identityWorkspace(user.platform, user.workspaceId)),
        eq(chatIdentities.userId, user.userId),
      ),
    )
    .orderBy(sql`${circleMembers.memberId} is null`, sql`${members.name} is null`, asc(members.name));
  const [best] = rows;
  return best ? { personName: best.personName, memberName: best.memberName } : null;
}

/** The names of linked people among chat users (by user id), for mentions of them. */
export async function namesOfChatUsers(
  db: Executor,
  platform: Platform,
  workspaceId: string,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: chatIdentities.userId, name: persons.name })
    .from(chatIdentities)
    .innerJoin(persons, eq(persons.id, chatIdentities.personId))
    .where(
      and(
        eq(chatIdentities.platform, platform),
        eq(chatIdentities.workspaceId, identityWorkspace(platform, workspaceId)),
        inArray(chatIdentities.userId, [...userIds]),
      ),
    );
  return new Map(rows.map((row) => [row.userId, row.name]));
}

/**
 * The source of a relayed copy we posted, by the copy's `platformMessageId` (`channelId/messageId`)
 * in a workspace: null when the message is no copy of ours.
 */
export async function findRelayedCopySource(
  db: Executor,
  copy: { platform: Platform; workspaceId: string; platformMessageId: string },
): Promise<string | null> {
  const [row] = await db
    .select({ source: sql<string | null>`json_extract(${alertsOutbox.payload}, '$.relay.source')` })
    .from(alertsOutbox)
    .where(
      and(
        eq(alertsOutbox.platformMessageId, copy.platformMessageId),
        eq(alertsOutbox.kind, RELAY_KIND),
        eq(alertsOutbox.platform, copy.platform),
        eq(alertsOutbox.workspaceId, copy.workspaceId),
        eq(alertsOutbox.state, "sent"),
      ),
    )
    .limit(1);
  return row?.source ?? null;
}

export interface RelayCopyState {
  dedupeKey: string;
  state: string;
  platformMessageId: string | null;
}

/** The outbox rows of relayed copies, by their dedupe keys (each copy of a source in a channel has one). */
export async function findRelayCopies(
  db: Executor,
  dedupeKeys: readonly string[],
): Promise<Map<string, RelayCopyState>> {
  if (dedupeKeys.length === 0) return new Map();
  const rows = await db
    .select({
      dedupeKey: alertsOutbox.dedupeKey,
      state: alertsOutbox.state,
      platformMessageId: alertsOutbox.platformMessageId,
    })
    .from(alertsOutbox)
    .where(and(inArray(alertsOutbox.dedupeKey, [...dedupeKeys]), eq(alertsOutbox.kind, RELAY_KIND)));
  return new Map(rows.map((row) => [row.dedupeKey, row]));
}
