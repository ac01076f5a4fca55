import type { Database } from "../client.js";
import {
  type CommitmentRow,
  latestCompletionOf,
  listCommitmentsOfMembers,
  listMilestonesOf,
  type MilestoneRow,
} from "./commitments.js";
import { findMemberByRef, type MemberRow } from "./member-lookup.js";
import { findCurrentPlans } from "./plans.js";

export interface MemberPage {
  member: MemberRow;
  plan: { title: string; periodStart: string; periodEnd: string; status: string } | null;
  commitments: {
    commitment: CommitmentRow;
    milestones: MilestoneRow[];
    latest: { completionPct: number; postedAt: Date } | undefined;
  }[];
}

/** What the public page of a member shows (spec §8): status, current plan, commitments and their progress. */
export async function loadMemberPage(db: Database, slug: string): Promise<MemberPage | null> {
  const member = await findMemberByRef(db, slug);
  if (!member) return null;
  const plan = (await findCurrentPlans(db, [member.id])).get(member.id) ?? null;
  const commitments = plan
    ? (await listCommitmentsOfMembers(db, [member.id])).filter((commitment) => commitment.planId === plan.id)
    : [];
  const ids = commitments.map((commitment) => commitment.id);
  const [milestones, latest] = await Promise.all([listMilestonesOf(db, ids), latestCompletionOf(db, ids)]);
  return {
    member,
    plan,
    commitments: commitments.map((commitment) => ({
      commitment,
      milestones: milestones.filter((milestone) => milestone.commitmentId === commitment.id),
      latest: latest.get(commitment.id),
    })),
  };
}
