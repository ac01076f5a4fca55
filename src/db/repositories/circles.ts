import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { type Language, labelOf, type Platform, POLICY_AREA_LABELS } from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import type { Database, Executor } from "../client.js";
import { deleteWhereStill } from "../fenced-change.js";
import {
  actionPlans,
  circleChannels,
  circleMembers,
  circles,
  commitmentOwners,
  commitmentPolicyAreas,
  commitments,
  memberStatusHistory,
  members,
  progressUpdates,
} from "../schema/index.js";

/** Peer-learning circles (§2.4): the only place reading and writing circles, their members and channels. */

export type CircleRow = typeof circles.$inferSelect;

/** A channel a circle discusses in: Slack (team id) or Discord (guild id). */
export interface CircleChannel {
  platform: Platform;
  workspaceId: string;
  channelId: string;
}

export interface CircleMemberRef {
  id: string;
  slug: string;
  name: string;
  country: string;
}

export interface CircleDetail extends CircleRow {
  members: CircleMemberRef[];
  channels: CircleChannel[];
}

const byLowerSlug = (slug: string) => eq(sql`lower(${circles.slug})`, slug.trim().toLowerCase());

/** A peer-learning circle (§2.4) by slug, with its members. */
export async function findCircleBySlug(
  db: Database,
  slug: string,
): Promise<{ id: string; name: string; memberIds: string[] } | null> {
  const circle = await findCircleDetail(db, slug);
  return circle ? { id: circle.id, name: circle.name, memberIds: circle.members.map((m) => m.id) } : null;
}

/** A circle by slug (any case), with its members and linked channels; null when none has it. */
export async function findCircleDetail(db: Executor, slug: string): Promise<CircleDetail | null> {
  const [circle] = await db.select().from(circles).where(byLowerSlug(slug));
  if (!circle) return null;
  const [detail] = await withMembersAndChannels(db, [circle]);
  return detail ?? null;
}

/** Every circle, by name, with its members and channels. */
export async function listCircles(db: Executor): Promise<CircleDetail[]> {
  return withMembersAndChannels(db, await db.select().from(circles).orderBy(asc(circles.name)));
}

async function withMembersAndChannels(db: Executor, rows: CircleRow[]): Promise<CircleDetail[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const memberRows = await db
    .select({
      circleId: circleMembers.circleId,
      id: members.id,
      slug: members.slug,
      name: members.name,
      country: members.country,
    })
    .from(circleMembers)
    .innerJoin(members, eq(members.id, circleMembers.memberId))
    .where(inArray(circleMembers.circleId, ids))
    .orderBy(asc(members.name));
  const channelRows = await db.select().from(circleChannels).where(inArray(circleChannels.circleId, ids));
  return rows.map((row) => ({
    ...row,
    members: memberRows
      .filter((member) => member.circleId === row.id)
      .map(({ circleId, ...member }) => member),
    channels: channelRows
      .filter((channel) => channel.circleId === row.id)
      .map(({ platform, workspaceId, channelId }) => ({
        platform: platform as Platform,
        workspaceId,
        channelId,
      })),
  }));
}

/** The circles each of these members belongs to, by member id. */
export async function listCirclesOfMembers(
  db: Executor,
  memberIds: readonly string[],
): Promise<Map<string, CircleRow[]>> {
  const result = new Map<string, CircleRow[]>();
  if (memberIds.length === 0) return result;
  const rows = await db
    .select({ memberId: circleMembers.memberId, circle: circles })
    .from(circleMembers)
    .innerJoin(circles, eq(circles.id, circleMembers.circleId))
    .where(inArray(circleMembers.memberId, [...memberIds]))
    .orderBy(asc(circles.name));
  for (const row of rows) result.set(row.memberId, [...(result.get(row.memberId) ?? []), row.circle]);
  return result;
}

/** The circle a channel is linked to (a channel belongs to one circle at most), or null. */
export async function findCircleOfChannel(db: Executor, channel: CircleChannel): Promise<CircleRow | null> {
  const [row] = await db
    .select({ circle: circles })
    .from(circleChannels)
    .innerJoin(circles, eq(circles.id, circleChannels.circleId))
    .where(
      and(
        eq(circleChannels.platform, channel.platform),
        eq(circleChannels.workspaceId, channel.workspaceId),
        eq(circleChannels.channelId, channel.channelId),
      ),
    );
  return row?.circle ?? null;
}

export async function insertCircle(
  writer: AuditedWriter,
  circle: { slug: string; name: string; themePolicyArea: string | null; themeText: string | null },
): Promise<CircleRow> {
  const row = await writer.insert(circles, circle);
  return row;
}

export async function addCircleMember(
  writer: AuditedWriter,
  circleId: string,
  memberId: string,
): Promise<void> {
  await writer.insertLinks(circleMembers, [{ circleId, memberId }], { entity: "circles", id: circleId });
}

/** Removes a member from a circle; false when it was not in it. */
export async function removeCircleMember(
  writer: AuditedWriter,
  circleId: string,
  memberId: string,
): Promise<boolean> {
  const removed = await deleteWhereStill(
    writer.tx,
    circleMembers,
    and(eq(circleMembers.circleId, circleId), eq(circleMembers.memberId, memberId))!,
  );
  if (removed.length === 0) return false;
  writer.record("circles", circleId, "update", { circle_members_removed: [{ memberId }] });
  return true;
}

export async function linkCircleChannel(
  writer: AuditedWriter,
  circleId: string,
  channel: CircleChannel,
): Promise<void> {
  await writer.insertLinks(circleChannels, [{ circleId, ...channel }], { entity: "circles", id: circleId });
}

/** Unlinks a channel from a circle; false when it was not linked to it. */
export async function unlinkCircleChannel(
  writer: AuditedWriter,
  circleId: string,
  channel: CircleChannel,
): Promise<boolean> {
  const removed = await deleteWhereStill(
    writer.tx,
    circleChannels,
    and(
      eq(circleChannels.circleId, circleId),
      eq(circleChannels.platform, channel.platform),
      eq(circleChannels.workspaceId, channel.workspaceId),
      eq(circleChannels.channelId, channel.channelId),
    )!,
  );
  if (removed.length === 0) return false;
  writer.record("circles", circleId, "update", { circle_channels_removed: [channel] });
  return true;
}

/** A member with active commitments in a policy area (the handbook's peer exchange, §2.4). */
export interface PeerRow {
  memberId: string;
  slug: string;
  name: string;
  country: string;
  policyArea: string;
  commitmentCodes: string[];
}

/**
 * The members with active commitments in these policy areas: own commitments and a coalition's
 * commitments they own (`commitment_owners`), by member name.
 */
export async function listPeersInPolicyAreas(db: Executor, areas: readonly string[]): Promise<PeerRow[]> {
  if (areas.length === 0) return [];
  const rows = await db
    .select({
      memberId: members.id,
      slug: members.slug,
      name: members.name,
      country: members.country,
      policyArea: commitmentPolicyAreas.code,
      code: commitments.code,
    })
    .from(commitmentPolicyAreas)
    .innerJoin(commitments, eq(commitments.id, commitmentPolicyAreas.commitmentId))
    .innerJoin(actionPlans, eq(actionPlans.id, commitments.planId))
    .leftJoin(commitmentOwners, eq(commitmentOwners.commitmentId, commitments.id))
    .innerJoin(members, sql`${members.id} = coalesce(${commitmentOwners.memberId}, ${actionPlans.memberId})`)
    .where(and(inArray(commitmentPolicyAreas.code, [...areas]), eq(commitments.status, "active")))
    .orderBy(asc(members.name), asc(commitments.code));
  const peers = new Map<string, PeerRow>();
  for (const row of rows) {
    const key = `${row.policyArea} ${row.memberId}`;
    const peer = peers.get(key);
    if (peer) {
      if (!peer.commitmentCodes.includes(row.code)) peer.commitmentCodes.push(row.code);
    } else
      peers.set(key, {
        memberId: row.memberId,
        slug: row.slug,
        name: row.name,
        country: row.country,
        policyArea: row.policyArea,
        commitmentCodes: [row.code],
      });
  }
  return [...peers.values()];
}

/** The policy areas of these members' active commitments (own, or of a coalition they own). */
export async function listPolicyAreasOfMembers(
  db: Executor,
  memberIds: readonly string[],
): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ code: commitmentPolicyAreas.code })
    .from(commitmentPolicyAreas)
    .innerJoin(commitments, eq(commitments.id, commitmentPolicyAreas.commitmentId))
    .innerJoin(actionPlans, eq(actionPlans.id, commitments.planId))
    .leftJoin(commitmentOwners, eq(commitmentOwners.commitmentId, commitments.id))
    .where(
      and(
        eq(commitments.status, "active"),
        sql`coalesce(${commitmentOwners.memberId}, ${actionPlans.memberId}) in ${[...memberIds]}`,
      ),
    )
    .orderBy(asc(commitmentPolicyAreas.code));
  return rows.map((row) => row.code);
}

/** One progress update a circle digest tells. */
export interface CircleDigestUpdate {
  memberId: string;
  commitmentCode: string;
  commitmentTitle: string;
  postedAt: Date;
  narrative: string;
  completionPct: number | null;
  noProgress: boolean;
}

/** One status change a circle digest tells. */
export interface CircleDigestStatusChange {
  memberId: string;
  status: string;
  effectiveOn: string;
  ruleId: string | null;
}

/**
 * What the circle's members did in `[from, to)`: progress updates on their commitments (in
 * `policyArea` when the theme is one, on every commitment otherwise) and status changes taking effect.
 */
export async function loadCircleActivity(
  db: Executor,
  memberIds: readonly string[],
  policyArea: string | null,
  window: { from: Date; to: Date },
): Promise<{ updates: CircleDigestUpdate[]; statusChanges: CircleDigestStatusChange[] }> {
  if (memberIds.length === 0) return { updates: [], statusChanges: [] };
  const owner = sql`coalesce(${commitmentOwners.memberId}, ${actionPlans.memberId})`;
  const updates = await db
    .selectDistinct({
      memberId: sql<string>`${owner}`,
      updateId: progressUpdates.id,
      commitmentCode: commitments.code,
      commitmentTitle: commitments.title,
      postedAt: progressUpdates.postedAt,
      narrative: progressUpdates.narrative,
      completionPct: progressUpdates.completionPct,
      noProgress: progressUpdates.noProgress,
    })
    .from(progressUpdates)
    .innerJoin(commitments, eq(commitments.id, progressUpdates.commitmentId))
    .innerJoin(actionPlans, eq(actionPlans.id, commitments.planId))
    .leftJoin(commitmentOwners, eq(commitmentOwners.commitmentId, commitments.id))
    .where(
      and(
        sql`${owner} in ${[...memberIds]}`,
        gte(progressUpdates.postedAt, window.from),
        lt(progressUpdates.postedAt, window.to),
        policyArea === null
          ? undefined
          : sql`exists (select 1 from ${commitmentPolicyAreas} where ${commitmentPolicyAreas.commitmentId} = ${commitments.id} and ${commitmentPolicyAreas.code} = ${policyArea})`,
      ),
    )
    .orderBy(asc(progressUpdates.postedAt), asc(commitments.code));
  const statusChanges = await db
    .select({
      memberId: memberStatusHistory.memberId,
      status: memberStatusHistory.status,
      effectiveOn: memberStatusHistory.effectiveOn,
      ruleId: memberStatusHistory.ruleId,
    })
    .from(memberStatusHistory)
    .where(
      and(
        inArray(memberStatusHistory.memberId, [...memberIds]),
        // A change takes effect on a civil day: the window's days, read in UTC like the window.
        gte(memberStatusHistory.effectiveOn, window.from.toISOString().slice(0, 10)),
        lt(memberStatusHistory.effectiveOn, window.to.toISOString().slice(0, 10)),
      ),
    )
    .orderBy(asc(memberStatusHistory.effectiveOn));
  return {
    updates: updates.map(({ updateId, ...update }) => update),
    statusChanges,
  };
}

/** A circle's theme in a reader's language: its policy area's label, or its free text. */
export function circleThemeLabel(
  circle: Pick<CircleRow, "themePolicyArea" | "themeText">,
  language: Language,
): string {
  return circle.themePolicyArea
    ? labelOf(POLICY_AREA_LABELS, circle.themePolicyArea, language)
    : (circle.themeText ?? "");
}
