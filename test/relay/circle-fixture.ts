import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { alertsOutbox, circleChannels, circleMembers, circles } from "../../src/db/schema/index.js";
import type { Platform } from "../../src/domain/vocabularies.js";
import { type ChatMessageEvent, RELAY_KIND, type RelayPost } from "../../src/relay/index.js";
import { NOW, TEAM } from "../commands/fixtures.js";

/** The circle's channels: two Slack channels in two workspaces and a Discord channel. */
export const CHANNELS = {
  slackA: { platform: "slack", workspaceId: TEAM, channelId: "C0CIRCLEA" },
  slackB: { platform: "slack", workspaceId: "T0OTHER", channelId: "C0CIRCLEB" },
  discord: { platform: "discord", workspaceId: "900000000000000001", channelId: "900000000000000002" },
} as const satisfies Record<string, { platform: Platform; workspaceId: string; channelId: string }>;

/**
 * A circle linked to the three channels, written straight through the schema (the circle commands
 * are not needed to test the relay), with `memberIds` as its members.
 */
export async function linkedCircle(db: Database, memberIds: string[]): Promise<string> {
  const [circle] = await db
    .insert(circles)
    .values({ slug: "open-budgets", name: "Open budgets", themePolicyArea: null, themeText: "Budgets" })
    .returning();
  const circleId = circle!.id;
  if (memberIds.length > 0)
    await db.insert(circleMembers).values(memberIds.map((memberId) => ({ circleId, memberId })));
  await db
    .insert(circleChannels)
    .values(Object.values(CHANNELS).map((channel) => ({ circleId, ...channel })));
  return circleId;
}

export async function unlink(db: Database, channel: (typeof CHANNELS)[keyof typeof CHANNELS]): Promise<void> {
  await db
    .delete(circleChannels)
    .where(
      and(
        eq(circleChannels.platform, channel.platform),
        eq(circleChannels.workspaceId, channel.workspaceId),
        eq(circleChannels.channelId, channel.channelId),
      ),
    );
}

/** A message event from a circle channel, posted by Ana (Springfield's PoC) unless told otherwise. */
export function messageEvent(overrides: Partial<ChatMessageEvent> = {}): ChatMessageEvent {
  return {
    op: "posted",
    ...CHANNELS.slackA,
    messageId: "1773154800.000100",
    threadRootId: null,
    author: { userId: "U0ANAPOC", displayName: "Ana P.", avatarUrl: "https://avatars.example/ana.png" },
    text: "Our budget portal is live",
    attachments: [],
    occurredAt: NOW,
    ...overrides,
  };
}

export interface RelayRow {
  id: string;
  dedupeKey: string;
  platform: string;
  workspaceId: string;
  target: string;
  state: string;
  subjectKind: string | null;
  subjectId: string | null;
  platformMessageId: string | null;
  relay: RelayPost;
  payload: Record<string, unknown>;
}

/** The outbox's relay rows, in the order they were written. */
export async function relayRows(db: Database): Promise<RelayRow[]> {
  const rows = await db
    .select()
    .from(alertsOutbox)
    .where(eq(alertsOutbox.kind, RELAY_KIND))
    .orderBy(asc(sql`rowid`));
  return rows.map((row) => ({
    id: row.id,
    dedupeKey: row.dedupeKey,
    platform: row.platform,
    workspaceId: row.workspaceId,
    target: row.target,
    state: row.state,
    subjectKind: row.subjectKind,
    subjectId: row.subjectId,
    platformMessageId: row.platformMessageId,
    relay: (row.payload as { relay: RelayPost }).relay,
    payload: row.payload,
  }));
}
