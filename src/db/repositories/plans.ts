import { and, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Database, Executor } from "../client.js";
import { actionPlans, coalitionMembers, coalitions, members } from "../schema/index.js";

export type PlanRow = typeof actionPlans.$inferSelect;

/** A plan with the members it belongs to: its member, or every member of its coalition (spec §3.4). */
export interface PlanWithOwners {
  plan: PlanRow;
  ownerName: string;
  memberIds: string[];
  /** The time zone dates are shown in: the owning member's, or the first coalition member's. */
  timeZone: string;
}

export interface CoalitionMembership {
  memberId: string;
  coalitionId: string;
}

/**
 * "A plan of one of these members, its own or its coalition's" (§3.4) as a condition on
 * `action_plans`, with the coalition memberships it was built from.
 */
export async function plansOwnedBy(
  db: Executor,
  memberIds: string[],
): Promise<{ condition: SQL; memberships: CoalitionMembership[] }> {
  const memberships = await db
    .select({ memberId: coalitionMembers.memberId, coalitionId: coalitionMembers.coalitionId })
    .from(coalitionMembers)
    .where(inArray(coalitionMembers.memberId, memberIds));
  const coalitionIds = memberships.map((row) => row.coalitionId);
  const own = inArray(actionPlans.memberId, memberIds);
  const condition =
    coalitionIds.length > 0 ? (or(own, inArray(actionPlans.coalitionId, coalitionIds)) ?? own) : own;
  return { condition, memberships };
}

async function withOwners(db: Database, plan: PlanRow): Promise<PlanWithOwners> {
  if (plan.memberId) {
    const [member] = await db.select().from(members).where(eq(members.id, plan.memberId));
    return {
      plan,
      ownerName: member?.name ?? "",
      memberIds: [plan.memberId],
      timeZone: member?.timeZone ?? "UTC",
    };
  }
  const coalitionId = plan.coalitionId ?? "";
  const [coalition] = await db.select().from(coalitions).where(eq(coalitions.id, coalitionId));
  const rows = await db
    .select({ id: members.id, timeZone: members.timeZone })
    .from(coalitionMembers)
    .innerJoin(members, eq(members.id, coalitionMembers.memberId))
    .where(eq(coalitionMembers.coalitionId, coalitionId))
    .orderBy(members.name);
  return {
    plan,
    ownerName: coalition?.name ?? "",
    memberIds: rows.map((row) => row.id),
    timeZone: rows[0]?.timeZone ?? "UTC",
  };
}

export async function findPlanById(db: Database, planId: string): Promise<PlanWithOwners | null> {
  const [plan] = await db.select().from(actionPlans).where(eq(actionPlans.id, planId));
  return plan ? withOwners(db, plan) : null;
}

/**
 * A plan as typed in chat: `OWNER` (the owner's latest plan) or `OWNER:N` (its plan number N), where
 * OWNER is a member's slug or code or a coalition's slug.
 */
export async function findPlanByRef(db: Database, ref: string): Promise<PlanWithOwners | null> {
  const match = /^([^:\s]+)(?::(\d+))?$/.exec(ref.trim().toLowerCase());
  if (!match) return null;
  const [, owner = "", number] = match;
  const [member] = await db
    .select({ id: members.id })
    .from(members)
    .where(or(eq(sql`lower(${members.slug})`, owner), eq(sql`lower(${members.code})`, owner)));
  const [coalition] = member
    ? []
    : await db
        .select({ id: coalitions.id })
        .from(coalitions)
        .where(eq(sql`lower(${coalitions.slug})`, owner));
  // A member in a coalition carries out the coalition's joint plan (spec §3.4).
  const [membership] = member
    ? await db.select().from(coalitionMembers).where(eq(coalitionMembers.memberId, member.id))
    : [];
  const ownerCondition = member
    ? membership
      ? or(eq(actionPlans.memberId, member.id), eq(actionPlans.coalitionId, membership.coalitionId))
      : eq(actionPlans.memberId, member.id)
    : coalition
      ? eq(actionPlans.coalitionId, coalition.id)
      : undefined;
  if (!ownerCondition) return null;
  const [plan] = await db
    .select()
    .from(actionPlans)
    .where(number ? and(ownerCondition, eq(actionPlans.number, Number(number))) : ownerCondition)
    .orderBy(desc(actionPlans.periodStart), desc(actionPlans.number))
    .limit(1);
  return plan ? withOwners(db, plan) : null;
}

/**
 * Each member's current plan id: the latest plan, its own or its coalition's. Reads only the
 * columns that decide it, so a country's thousand members cost one light query.
 */
export async function findCurrentPlanIds(db: Database, memberIds: string[]): Promise<Map<string, string>> {
  const current = new Map<string, string>();
  if (memberIds.length === 0) return current;
  const { condition, memberships } = await plansOwnedBy(db, memberIds);
  const plans = await db
    .select({ id: actionPlans.id, memberId: actionPlans.memberId, coalitionId: actionPlans.coalitionId })
    .from(actionPlans)
    .where(condition)
    .orderBy(desc(actionPlans.periodStart), desc(actionPlans.number));
  // Latest first: the first plan met for an owner is its current one.
  const latestOf = new Map<string, { id: string; rank: number }>();
  plans.forEach((plan, rank) => {
    const owner = plan.memberId ?? `coalition:${plan.coalitionId}`;
    if (!latestOf.has(owner)) latestOf.set(owner, { id: plan.id, rank });
  });
  const coalitionOf = new Map(memberships.map((row) => [row.memberId, row.coalitionId]));
  for (const memberId of memberIds) {
    const own = latestOf.get(memberId);
    const coalitionId = coalitionOf.get(memberId);
    const shared = coalitionId ? latestOf.get(`coalition:${coalitionId}`) : undefined;
    const plan = own && shared ? (own.rank < shared.rank ? own : shared) : (own ?? shared);
    if (plan) current.set(memberId, plan.id);
  }
  return current;
}

/** Each member's current plan: the latest one, its own or its coalition's. */
export async function findCurrentPlans(db: Database, memberIds: string[]): Promise<Map<string, PlanRow>> {
  const ids = await findCurrentPlanIds(db, memberIds);
  const planIds = [...new Set(ids.values())];
  if (planIds.length === 0) return new Map();
  const rows = new Map(
    (await db.select().from(actionPlans).where(inArray(actionPlans.id, planIds))).map((plan) => [
      plan.id,
      plan,
    ]),
  );
  return new Map([...ids].map(([memberId, planId]) => [memberId, rows.get(planId)!]));
}
