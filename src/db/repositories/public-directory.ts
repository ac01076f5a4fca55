import { and, asc, count, eq, gte, inArray, max, type SQL, sql } from "drizzle-orm";
import type { MemberStatus } from "../../domain/vocabularies.js";
import type { Database } from "../client.js";
import {
  actionPlans,
  coalitionMembers,
  commitmentPolicyAreas,
  commitments,
  meetings,
  members,
  milestones,
  progressUpdates,
} from "../schema/index.js";
import type { MemberRow } from "./member-lookup.js";
import { findCurrentPlanIds } from "./plans.js";

export interface MemberSearch {
  /** Part of the name or code, or a country code; any case, accents optional. */
  text?: string | undefined;
  country?: string | undefined;
  status?: MemberStatus | undefined;
  policyArea?: string | undefined;
}

/**
 * Visitors type names without their accents ("kowhai" for Kōwhai): text is compared folded to
 * lower case without diacritics. SQLite cannot fold Unicode, so the candidates' names are folded here.
 */
export const foldText = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

function filterCondition(search: MemberSearch): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (search.country) conditions.push(eq(members.country, search.country));
  if (search.status) conditions.push(eq(members.status, search.status));
  if (search.policyArea) {
    // A plan of the member's own, or of its coalition (§3.4).
    conditions.push(
      sql`exists (select 1 from ${commitmentPolicyAreas}
            join ${commitments} on ${commitments.id} = ${commitmentPolicyAreas.commitmentId}
            join ${actionPlans} on ${actionPlans.id} = ${commitments.planId}
            where ${commitmentPolicyAreas.code} = ${search.policyArea}
              and (${actionPlans.memberId} = ${members.id} or ${actionPlans.coalitionId} in
                   (select ${coalitionMembers.coalitionId} from ${coalitionMembers}
                    where ${coalitionMembers.memberId} = ${members.id})))`,
    );
  }
  return and(...conditions);
}

/** One page of the members matching a search, by name, and how many match in all. */
export async function searchMembers(
  db: Database,
  search: MemberSearch,
  page: { offset: number; limit: number },
): Promise<{ rows: MemberRow[]; total: number }> {
  const where = filterCondition(search);
  const text = foldText(search.text?.trim() ?? "");
  if (!text) {
    const [rows, [total]] = await Promise.all([
      db
        .select()
        .from(members)
        .where(where)
        .orderBy(asc(members.name), asc(members.id))
        .limit(page.limit)
        .offset(page.offset),
      db.select({ total: count() }).from(members).where(where),
    ]);
    return { rows, total: total?.total ?? 0 };
  }
  const candidates = await db
    .select({ id: members.id, name: members.name, code: members.code, country: members.country })
    .from(members)
    .where(where)
    .orderBy(asc(members.name), asc(members.id));
  const matching = candidates.filter(
    (candidate) =>
      foldText(candidate.name).includes(text) ||
      candidate.code.toLowerCase().includes(text) ||
      candidate.country.toLowerCase() === text,
  );
  const wanted = matching.slice(page.offset, page.offset + page.limit).map((candidate) => candidate.id);
  const rows =
    wanted.length > 0
      ? await db
          .select()
          .from(members)
          .where(inArray(members.id, wanted))
          .orderBy(asc(members.name), asc(members.id))
      : [];
  return { rows, total: matching.length };
}

/** Countries that have members, with how many: the choices of the country filter. */
export async function listMemberCountries(db: Database): Promise<{ country: string; members: number }[]> {
  return db
    .select({ country: members.country, members: count() })
    .from(members)
    .groupBy(members.country)
    .orderBy(asc(members.country));
}

export async function listMembersOfCountry(db: Database, country: string): Promise<MemberRow[]> {
  return db.select().from(members).where(eq(members.country, country)).orderBy(asc(members.name));
}

/** How far a member's current plan has got: what the lists and the country view compare (spec §7). */
export interface PlanProgress {
  planId: string | null;
  commitments: number;
  milestonesComplete: number;
  milestonesTotal: number;
  lastUpdateAt: Date | null;
  /** Meetings held on or after the `meetingsSince` day given. */
  meetingsHeld: number;
  /** Spec §7: national commitments or priorities the member's commitments align with. */
  nationalAlignments: string[];
}

export async function progressOfMembers(
  db: Database,
  memberIds: string[],
  meetingsSince: string,
): Promise<Map<string, PlanProgress>> {
  const planOf = await findCurrentPlanIds(db, memberIds);
  const planIds = [...new Set(planOf.values())];
  const [commitmentRows, milestoneRows, updateRows, meetingRows] = await Promise.all([
    planIds.length > 0
      ? db
          .select({ planId: commitments.planId, alignment: commitments.nationalAlignment })
          .from(commitments)
          .where(inArray(commitments.planId, planIds))
      : Promise.resolve([]),
    planIds.length > 0
      ? db
          .select({
            planId: commitments.planId,
            total: count(),
            complete: sql<number>`sum(${milestones.status} = 'complete')`,
          })
          .from(milestones)
          .innerJoin(commitments, eq(commitments.id, milestones.commitmentId))
          .where(inArray(commitments.planId, planIds))
          .groupBy(commitments.planId)
      : Promise.resolve([]),
    planIds.length > 0
      ? db
          .select({ planId: commitments.planId, last: max(progressUpdates.postedAt) })
          .from(progressUpdates)
          .innerJoin(commitments, eq(commitments.id, progressUpdates.commitmentId))
          .where(inArray(commitments.planId, planIds))
          .groupBy(commitments.planId)
      : Promise.resolve([]),
    memberIds.length > 0
      ? db
          .select({ memberId: meetings.memberId, held: count() })
          .from(meetings)
          .where(and(inArray(meetings.memberId, memberIds), gte(meetings.heldOn, meetingsSince)))
          .groupBy(meetings.memberId)
      : Promise.resolve([]),
  ]);
  const commitmentsOf = new Map<string, { count: number; alignments: Set<string> }>();
  for (const row of commitmentRows) {
    const entry = commitmentsOf.get(row.planId) ?? { count: 0, alignments: new Set<string>() };
    entry.count += 1;
    if (row.alignment) entry.alignments.add(row.alignment);
    commitmentsOf.set(row.planId, entry);
  }
  const milestonesOf = new Map(milestoneRows.map((row) => [row.planId, row]));
  const lastUpdateOf = new Map(updateRows.map((row) => [row.planId, row.last]));
  const meetingsOf = new Map(meetingRows.map((row) => [row.memberId, row.held]));
  const progress = new Map<string, PlanProgress>();
  for (const memberId of memberIds) {
    const planId = planOf.get(memberId) ?? null;
    const own = planId ? commitmentsOf.get(planId) : undefined;
    const milestoneCounts = planId ? milestonesOf.get(planId) : undefined;
    progress.set(memberId, {
      planId,
      commitments: own?.count ?? 0,
      milestonesComplete: Number(milestoneCounts?.complete ?? 0),
      milestonesTotal: milestoneCounts?.total ?? 0,
      lastUpdateAt: (planId ? lastUpdateOf.get(planId) : null) ?? null,
      meetingsHeld: meetingsOf.get(memberId) ?? 0,
      nationalAlignments: [...(own?.alignments ?? [])],
    });
  }
  return progress;
}
