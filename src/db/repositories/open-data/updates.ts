import { and, asc, desc, eq, gte, inArray, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../client.js";
import {
  actionPlans,
  commitments,
  evidence,
  milestoneStatusChanges,
  milestones,
  persons,
  progressUpdates,
  updateChallenges,
} from "../../schema/index.js";
import { listCommitmentsOfMembers } from "../commitments.js";
import { type CommitmentOwner, resolveOwners } from "./owners.js";

/** A progress update as the open data publishes it (JSON, `updates.csv`, Atom). */
export interface OpenUpdate {
  id: string;
  postedAt: Date;
  editedAt: Date | null;
  revision: number;
  commitmentId: string;
  commitmentCode: string;
  commitmentTitle: string;
  owners: CommitmentOwner[];
  author: string | null;
  source: string;
  /** Position of the milestone the update is about, within its commitment. */
  milestone: number | null;
  milestoneChanges: { milestone: number; from: string; to: string }[];
  completionPct: number | null;
  noProgress: boolean;
  narrative: string;
  delayReasons: string | null;
  nextSteps: string | null;
  challenges: { code: string; detail: string | null }[];
  evidenceUrls: string[];
}

/** Where a page of updates starts: after this update in (posted_at, id) order. */
export interface UpdatePosition {
  postedAt: Date;
  id: string;
}

export interface UpdateListing {
  /** Only updates posted at or after this instant. */
  since?: Date | undefined;
  /** Oldest first: updates after this position; newest first: updates before it. */
  after?: UpdatePosition | undefined;
  /** Only the updates of the commitments these members carry. */
  memberId?: string | undefined;
  newestFirst?: boolean;
  limit: number;
}

/**
 * Updates in (posted_at, id) order — a total order, so keyset pages neither skip nor repeat an update
 * posted at the same millisecond as another — with everything the open data shows of each.
 */
export async function listOpenUpdates(db: Database, listing: UpdateListing): Promise<OpenUpdate[]> {
  const conditions: (SQL | undefined)[] = [];
  if (listing.since) conditions.push(gte(progressUpdates.postedAt, listing.since));
  if (listing.after) {
    const { postedAt, id } = listing.after;
    conditions.push(
      listing.newestFirst
        ? sql`(${progressUpdates.postedAt}, ${progressUpdates.id}) < (${postedAt.getTime()}, ${id})`
        : sql`(${progressUpdates.postedAt}, ${progressUpdates.id}) > (${postedAt.getTime()}, ${id})`,
    );
  }
  if (listing.memberId) {
    const carried = await listCommitmentsOfMembers(db, [listing.memberId]);
    if (carried.length === 0) return [];
    conditions.push(
      inArray(
        progressUpdates.commitmentId,
        carried.map((commitment) => commitment.id),
      ),
    );
  }
  const order = listing.newestFirst
    ? [desc(progressUpdates.postedAt), desc(progressUpdates.id)]
    : [asc(progressUpdates.postedAt), asc(progressUpdates.id)];
  const rows = await db
    .select({
      update: progressUpdates,
      commitmentCode: commitments.code,
      commitmentTitle: commitments.title,
      planMemberId: actionPlans.memberId,
      coalitionId: actionPlans.coalitionId,
      author: persons.name,
      milestone: milestones.position,
      // The lists of each update as JSON arrays, read through their indexes within this statement.
      challenges: sql<string>`(select json_group_array(json_object('code', ${updateChallenges.code}, 'detail', ${updateChallenges.detail}))
        from ${updateChallenges} where ${updateChallenges.updateId} = ${progressUpdates.id})`,
      changes: sql<string>`(select json_group_array(json(change)) from (
        select json_object('milestone', moved.position, 'from', ${milestoneStatusChanges.fromStatus}, 'to', ${milestoneStatusChanges.toStatus}) as change
        from ${milestoneStatusChanges} join ${milestones} as moved on moved.id = ${milestoneStatusChanges.milestoneId}
        where ${milestoneStatusChanges.updateId} = ${progressUpdates.id} order by moved.position))`,
      evidenceUrls: sql<string>`(select json_group_array(link) from (
        select ${evidence.url} as link from ${evidence}
        where ${evidence.updateId} = ${progressUpdates.id} and ${evidence.url} is not null
        order by ${evidence.addedAt}, ${evidence.id}))`,
    })
    .from(progressUpdates)
    .innerJoin(commitments, eq(commitments.id, progressUpdates.commitmentId))
    .innerJoin(actionPlans, eq(actionPlans.id, commitments.planId))
    .leftJoin(persons, eq(persons.id, progressUpdates.authorId))
    .leftJoin(milestones, eq(milestones.id, progressUpdates.milestoneId))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(listing.limit);
  const owners = await resolveOwners(
    db,
    rows.map((row) => ({
      commitmentId: row.update.commitmentId,
      planMemberId: row.planMemberId,
      coalitionId: row.coalitionId,
    })),
  );
  return rows.map(({ update, commitmentCode, commitmentTitle, author, milestone, ...lists }) => ({
    id: update.id,
    postedAt: update.postedAt,
    editedAt: update.editedAt,
    revision: update.revision,
    commitmentId: update.commitmentId,
    commitmentCode,
    commitmentTitle,
    owners: owners.get(update.commitmentId) ?? [],
    author,
    source: update.source,
    milestone,
    milestoneChanges: JSON.parse(lists.changes) as OpenUpdate["milestoneChanges"],
    completionPct: update.completionPct,
    noProgress: update.noProgress,
    narrative: update.narrative,
    delayReasons: update.delayReasons,
    nextSteps: update.nextSteps,
    challenges: JSON.parse(lists.challenges) as OpenUpdate["challenges"],
    evidenceUrls: JSON.parse(lists.evidenceUrls) as string[],
  }));
}
