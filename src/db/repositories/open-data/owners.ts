import { asc, inArray } from "drizzle-orm";
import type { Database } from "../../client.js";
import { coalitionMembers, commitmentOwners, members } from "../../schema/index.js";

/** A member carrying a commitment, as the open data names it. */
export interface CommitmentOwner {
  id: string;
  slug: string;
  code: string;
  name: string;
  country: string;
  status: string;
  timeZone: string;
}

/** A commitment and who owns its plan: a member, or a coalition. */
export interface CommitmentPlanOwner {
  commitmentId: string;
  planMemberId: string | null;
  coalitionId: string | null;
}

/**
 * The members carrying each commitment: its explicit owners, else the member owning its plan, else
 * every member of the coalition owning its plan (a joint commitment), by name. Reads each member
 * once however many of the commitments it carries: exports call this for every batch.
 */
export async function resolveOwners(
  db: Database,
  commitments: readonly CommitmentPlanOwner[],
): Promise<Map<string, CommitmentOwner[]>> {
  const owners = new Map<string, CommitmentOwner[]>();
  if (commitments.length === 0) return owners;
  const commitmentIds = [...new Set(commitments.map((entry) => entry.commitmentId))];
  const coalitionIds = [
    ...new Set(commitments.flatMap((entry) => (entry.coalitionId ? [entry.coalitionId] : []))),
  ];
  const [explicit, coalitions] = await Promise.all([
    db
      .select({ commitmentId: commitmentOwners.commitmentId, memberId: commitmentOwners.memberId })
      .from(commitmentOwners)
      .where(inArray(commitmentOwners.commitmentId, commitmentIds)),
    coalitionIds.length > 0
      ? db
          .select({ coalitionId: coalitionMembers.coalitionId, memberId: coalitionMembers.memberId })
          .from(coalitionMembers)
          .where(inArray(coalitionMembers.coalitionId, coalitionIds))
      : Promise.resolve([]),
  ]);
  const explicitOf = groupIds(explicit, (row) => row.commitmentId);
  const coalitionOf = groupIds(coalitions, (row) => row.coalitionId);
  const memberIdsOf = (entry: CommitmentPlanOwner): string[] =>
    explicitOf.get(entry.commitmentId) ??
    (entry.planMemberId ? [entry.planMemberId] : (coalitionOf.get(entry.coalitionId ?? "") ?? []));
  const wanted = [...new Set(commitments.flatMap(memberIdsOf))];
  const rows =
    wanted.length > 0
      ? await db
          .select({
            id: members.id,
            slug: members.slug,
            code: members.code,
            name: members.name,
            country: members.country,
            status: members.status,
            timeZone: members.timeZone,
          })
          .from(members)
          .where(inArray(members.id, wanted))
          .orderBy(asc(members.name))
      : [];
  const rank = new Map(rows.map((row, index) => [row.id, index]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const entry of commitments) {
    const ids = memberIdsOf(entry).sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    owners.set(
      entry.commitmentId,
      ids.flatMap((id) => {
        const member = byId.get(id);
        return member ? [member] : [];
      }),
    );
  }
  return owners;
}

function groupIds<T extends { memberId: string }>(rows: readonly T[], key: (row: T) => string) {
  const grouped = new Map<string, string[]>();
  for (const row of rows) {
    const group = grouped.get(key(row));
    if (group) group.push(row.memberId);
    else grouped.set(key(row), [row.memberId]);
  }
  return grouped;
}
