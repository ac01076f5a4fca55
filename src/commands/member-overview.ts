import type { Database } from "../db/client.js";
import {
  latestCompletionOf,
  listCommitmentsOfMembers,
  listMilestonesOf,
} from "../db/repositories/commitments.js";
import { listStandingEndorsements } from "../db/repositories/endorsements.js";
import { findLatestStatusChange, type MemberRow } from "../db/repositories/member-lookup.js";
import { findCurrentPlans, type PlanRow } from "../db/repositories/plans.js";
import { revisionCache } from "../db/revision-cache.js";

export interface CommitmentProgress {
  code: string;
  title: string;
  status: string;
  completionPct: number | null;
  milestonesComplete: number;
  milestonesTotal: number;
}

/** What `status` and the App Home show about a member, from its recorded facts. */
export interface MemberOverview {
  member: MemberRow;
  plan: PlanRow | null;
  endorsers: string[];
  commitments: CommitmentProgress[];
  lastStatusChange: { ruleId: string | null; reason: string; effectiveOn: string } | null;
}

/** What `status` and the App Home show about a member; kept until the facts revision moves. */
export async function loadMemberOverview(db: Database, member: MemberRow): Promise<MemberOverview> {
  const overview = (await overviewCache.get(db, [member.id])).get(member.id);
  if (!overview) throw new Error(`no overview for member ${member.id}`);
  return { member, ...overview };
}

const overviewCache = revisionCache<Omit<MemberOverview, "member">>(
  async (db, memberIds) =>
    new Map(await Promise.all(memberIds.map(async (id) => [id, await loadOverview(db, id)] as const))),
);

async function loadOverview(db: Database, memberId: string): Promise<Omit<MemberOverview, "member">> {
  const plan = (await findCurrentPlans(db, [memberId])).get(memberId) ?? null;
  const commitments = plan
    ? (await listCommitmentsOfMembers(db, [memberId])).filter((commitment) => commitment.planId === plan.id)
    : [];
  const ids = commitments.map((commitment) => commitment.id);
  const [completion, milestones, endorsements, lastChange] = await Promise.all([
    latestCompletionOf(db, ids),
    listMilestonesOf(db, ids),
    plan ? listStandingEndorsements(db, plan.id) : Promise.resolve([]),
    findLatestStatusChange(db, memberId),
  ]);
  return {
    plan,
    endorsers: endorsements.map((endorsement) => endorsement.organization),
    commitments: commitments.map((commitment) => {
      const own = milestones.filter((milestone) => milestone.commitmentId === commitment.id);
      return {
        code: commitment.code,
        title: commitment.title,
        status: commitment.status,
        completionPct: completion.get(commitment.id)?.completionPct ?? null,
        milestonesComplete: own.filter((milestone) => milestone.status === "complete").length,
        milestonesTotal: own.length,
      };
    }),
    lastStatusChange: lastChange
      ? { ruleId: lastChange.ruleId, reason: lastChange.reason, effectiveOn: lastChange.effectiveOn }
      : null,
  };
}
