import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { CommitmentStatus } from "../../domain/vocabularies.js";
import type { Database } from "../client.js";
import { actionPlans, commitmentOwners, commitments, milestones, progressUpdates } from "../schema/index.js";
import { findPlanById, type PlanWithOwners, plansOwnedBy } from "./plans.js";

export type CommitmentRow = typeof commitments.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;

/** A commitment with its plan and the members who carry it out (its owners, or every plan member if joint). */
export interface CommitmentInContext {
  commitment: CommitmentRow;
  plan: PlanWithOwners;
  memberIds: string[];
  milestones: MilestoneRow[];
}

async function inContext(db: Database, commitment: CommitmentRow): Promise<CommitmentInContext | null> {
  const plan = await findPlanById(db, commitment.planId);
  if (!plan) return null;
  const owners = await db
    .select({ memberId: commitmentOwners.memberId })
    .from(commitmentOwners)
    .where(eq(commitmentOwners.commitmentId, commitment.id));
  const rows = await db
    .select()
    .from(milestones)
    .where(eq(milestones.commitmentId, commitment.id))
    .orderBy(asc(milestones.position));
  return {
    commitment,
    plan,
    memberIds: owners.length > 0 ? owners.map((owner) => owner.memberId) : plan.memberIds,
    milestones: rows,
  };
}

/** A commitment by its OGP-style identifier (spec §2b), case-insensitively. */
export async function findCommitmentByCode(db: Database, code: string): Promise<CommitmentInContext | null> {
  const [row] = await db
    .select()
    .from(commitments)
    .where(eq(sql`lower(${commitments.code})`, code.trim().toLowerCase()));
  return row ? inContext(db, row) : null;
}

export async function findCommitmentById(db: Database, id: string): Promise<CommitmentInContext | null> {
  const [row] = await db.select().from(commitments).where(eq(commitments.id, id));
  return row ? inContext(db, row) : null;
}

/** A milestone as typed in chat: the commitment code and the milestone's position, e.g. `mxtdb0004.2`. */
export async function findMilestoneByRef(
  db: Database,
  ref: string,
): Promise<{ milestone: MilestoneRow; commitment: CommitmentInContext } | null> {
  const match = /^(.+)\.(\d+)$/.exec(ref.trim());
  if (!match) return null;
  const commitment = await findCommitmentByCode(db, match[1] ?? "");
  const milestone = commitment?.milestones.find((row) => row.position === Number(match[2]));
  return commitment && milestone ? { milestone, commitment } : null;
}

/** Commitments the given members carry out, directly or as coalition members, optionally by status. */
export async function listCommitmentsOfMembers(
  db: Database,
  memberIds: string[],
  statuses?: CommitmentStatus[],
): Promise<(CommitmentRow & { memberIds: string[] })[]> {
  if (memberIds.length === 0) return [];
  const { condition: planOwned, memberships } = await plansOwnedBy(db, memberIds);
  const rows = await db
    .select({
      commitment: commitments,
      planMemberId: actionPlans.memberId,
      coalitionId: actionPlans.coalitionId,
    })
    .from(commitments)
    .innerJoin(actionPlans, eq(actionPlans.id, commitments.planId))
    .where(statuses ? and(planOwned, inArray(commitments.status, statuses)) : planOwned)
    .orderBy(asc(commitments.code));
  const owners = await db
    .select()
    .from(commitmentOwners)
    .where(
      inArray(
        commitmentOwners.commitmentId,
        rows.map((row) => row.commitment.id),
      ),
    );
  return rows
    .map(({ commitment, planMemberId, coalitionId }) => {
      const explicit = owners.filter((owner) => owner.commitmentId === commitment.id).map((o) => o.memberId);
      const planMembers = planMemberId
        ? [planMemberId]
        : memberships.filter((row) => row.coalitionId === coalitionId).map((row) => row.memberId);
      const carriedBy = (explicit.length > 0 ? explicit : planMembers).filter((id) => memberIds.includes(id));
      return { ...commitment, memberIds: carriedBy };
    })
    .filter((commitment) => commitment.memberIds.length > 0);
}

export async function listMilestonesOf(db: Database, commitmentIds: string[]): Promise<MilestoneRow[]> {
  if (commitmentIds.length === 0) return [];
  return db
    .select()
    .from(milestones)
    .where(inArray(milestones.commitmentId, commitmentIds))
    .orderBy(asc(milestones.commitmentId), asc(milestones.position));
}

/** The completion percentage of each commitment's latest update that states one. */
export async function latestCompletionOf(
  db: Database,
  commitmentIds: string[],
): Promise<Map<string, { completionPct: number; postedAt: Date }>> {
  const latest = new Map<string, { completionPct: number; postedAt: Date }>();
  if (commitmentIds.length === 0) return latest;
  const rows = await db
    .select({
      commitmentId: progressUpdates.commitmentId,
      completionPct: progressUpdates.completionPct,
      postedAt: progressUpdates.postedAt,
    })
    .from(progressUpdates)
    .where(
      and(inArray(progressUpdates.commitmentId, commitmentIds), isNotNull(progressUpdates.completionPct)),
    )
    .orderBy(desc(progressUpdates.postedAt));
  for (const row of rows) {
    if (!latest.has(row.commitmentId) && row.completionPct !== null)
      latest.set(row.commitmentId, { completionPct: row.completionPct, postedAt: row.postedAt });
  }
  return latest;
}
