import { eq } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "../../client.js";
import {
  actionPlans,
  assessments,
  chatIdentities,
  circleChannels,
  circleMembers,
  circles,
  coalitionMembers,
  coalitions,
  commitmentOgpValues,
  commitmentOwners,
  commitmentPolicyAreas,
  commitmentSectors,
  commitments,
  endorsements,
  evidence,
  meetings,
  memberStatusHistory,
  members,
  milestoneStatusChanges,
  milestones,
  modificationApprovals,
  modifications,
  organizations,
  persons,
  progressUpdates,
  roleAssignments,
  statusDecisions,
  updateChallenges,
} from "../../schema/index.js";
import { selectWhereIn } from "../bulk.js";

/** The slug of an export names no member. */
export class UnknownMemberError extends Error {
  constructor(readonly slug: string) {
    super(`No member has the slug '${slug}'`);
  }
}

/**
 * Reading what an export contains: which members and coalitions are in scope, then every row they
 * own or name, table by table (no document building here).
 */

export /** The member and coalition ids to export, or everything. */
type Scope = { memberIds: string[]; coalitionIds: string[] } | "all";

export async function scopeOf(db: Database, memberSlug: string | undefined): Promise<Scope> {
  if (memberSlug === undefined) return "all";
  const [member] = await db.select({ id: members.id }).from(members).where(eq(members.slug, memberSlug));
  if (!member) throw new UnknownMemberError(memberSlug);
  const [membership] = await db
    .select()
    .from(coalitionMembers)
    .where(eq(coalitionMembers.memberId, member.id));
  if (!membership) return { memberIds: [member.id], coalitionIds: [] };
  const partners = await db
    .select({ memberId: coalitionMembers.memberId })
    .from(coalitionMembers)
    .where(eq(coalitionMembers.coalitionId, membership.coalitionId));
  return { memberIds: partners.map((p) => p.memberId), coalitionIds: [membership.coalitionId] };
}

type Rows<T extends SQLiteTable> = T["$inferSelect"][];

export async function loadFacts(db: Database, scope: Scope) {
  /** Rows whose `column` is one of `ids`, or the whole table when exporting everything. */
  const load = async <T extends SQLiteTable>(table: T, column: SQLiteColumn, ids: () => string[]) =>
    scope === "all"
      ? ((await db.select().from(table as SQLiteTable)) as Rows<T>)
      : selectWhereIn(db, table, column, ids());
  const idsOf = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
  const inScope = scope === "all" ? { memberIds: [], coalitionIds: [] } : scope;

  const memberRows = await load(members, members.id, () => inScope.memberIds);
  const coalitionRows = await load(coalitions, coalitions.id, () => inScope.coalitionIds);
  const coalitionMemberRows = await load(
    coalitionMembers,
    coalitionMembers.coalitionId,
    () => inScope.coalitionIds,
  );
  const planRows =
    scope === "all"
      ? await db.select().from(actionPlans)
      : [
          ...(await selectWhereIn(db, actionPlans, actionPlans.memberId, inScope.memberIds)),
          ...(await selectWhereIn(db, actionPlans, actionPlans.coalitionId, inScope.coalitionIds)),
        ];
  const planIds = () => idsOf(planRows);
  const commitmentRows = await load(commitments, commitments.planId, planIds);
  const commitmentIds = () => idsOf(commitmentRows);
  const modificationRows = await load(modifications, modifications.commitmentId, commitmentIds);
  const updateRows = await load(progressUpdates, progressUpdates.commitmentId, commitmentIds);
  const milestoneRows = await load(milestones, milestones.commitmentId, commitmentIds);
  const meetingRows = await load(meetings, meetings.memberId, () => inScope.memberIds);
  const evidenceRows =
    scope === "all"
      ? await db.select().from(evidence)
      : [
          ...(await selectWhereIn(db, evidence, evidence.planId, planIds())),
          ...(await selectWhereIn(db, evidence, evidence.commitmentId, commitmentIds())),
          ...(await selectWhereIn(db, evidence, evidence.milestoneId, idsOf(milestoneRows))),
          ...(await selectWhereIn(db, evidence, evidence.meetingId, idsOf(meetingRows))),
          ...(await selectWhereIn(db, evidence, evidence.updateId, idsOf(updateRows))),
        ];
  // A circle names members outside one member's dossier: only a whole export carries circles (§2.4).
  const wholeDatabase = async <T extends SQLiteTable>(table: T) =>
    scope === "all" ? ((await db.select().from(table as SQLiteTable)) as Rows<T>) : [];
  const facts = {
    members: memberRows,
    circles: await wholeDatabase(circles),
    circleMembers: await wholeDatabase(circleMembers),
    circleChannels: await wholeDatabase(circleChannels),
    coalitions: coalitionRows,
    coalitionMembers: coalitionMemberRows,
    plans: planRows,
    endorsements: await load(endorsements, endorsements.planId, planIds),
    assessments: await load(assessments, assessments.planId, planIds),
    meetings: meetingRows,
    evidence: evidenceRows,
    commitments: commitmentRows,
    commitmentOwners: await load(commitmentOwners, commitmentOwners.commitmentId, commitmentIds),
    policyAreas: await load(commitmentPolicyAreas, commitmentPolicyAreas.commitmentId, commitmentIds),
    sectors: await load(commitmentSectors, commitmentSectors.commitmentId, commitmentIds),
    ogpValues: await load(commitmentOgpValues, commitmentOgpValues.commitmentId, commitmentIds),
    milestones: milestoneRows,
    modifications: modificationRows,
    approvals: await load(modificationApprovals, modificationApprovals.modificationId, () =>
      idsOf(modificationRows),
    ),
    updates: updateRows,
    milestoneChanges: await load(milestoneStatusChanges, milestoneStatusChanges.updateId, () =>
      idsOf(updateRows),
    ),
    challenges: await load(updateChallenges, updateChallenges.updateId, () => idsOf(updateRows)),
    statusHistory: await load(memberStatusHistory, memberStatusHistory.memberId, () => inScope.memberIds),
    statusDecisions: await load(statusDecisions, statusDecisions.memberId, () => inScope.memberIds),
  };

  // People and organizations: all of them, or those the scoped facts name.
  const memberRoleRows = await load(roleAssignments, roleAssignments.memberId, () => inScope.memberIds);
  const personIds = new Set<string | null>([
    ...memberRoleRows.map((r) => r.personId),
    ...facts.endorsements.map((r) => r.personId),
    ...facts.meetings.map((r) => r.recordedBy),
    ...facts.evidence.map((r) => r.addedBy),
    ...facts.modifications.map((r) => r.proposedBy),
    ...facts.approvals.map((r) => r.personId),
    ...facts.updates.map((r) => r.authorId),
    ...facts.statusHistory.map((r) => r.actorPersonId),
    ...facts.statusDecisions.map((r) => r.decidedBy),
  ]);
  const personRows = await load(persons, persons.id, () => [...personIds].filter((id) => id !== null));
  const people = () => idsOf(personRows);
  // A person's country and global roles name no member, so they travel with the person.
  const roleRows = (await load(roleAssignments, roleAssignments.personId, people)).filter(
    (role) => scope === "all" || role.memberId === null || inScope.memberIds.includes(role.memberId),
  );
  const organizationIds = new Set<string | null>([
    ...personRows.map((r) => r.organizationId),
    ...facts.plans.map((r) => r.monitoringBodyId),
    ...facts.endorsements.map((r) => r.organizationId),
    ...facts.approvals.map((r) => r.organizationId),
  ]);
  return {
    ...facts,
    persons: personRows,
    roles: roleRows,
    chatIdentities: await load(chatIdentities, chatIdentities.personId, people),
    organizations: await load(organizations, organizations.id, () =>
      [...organizationIds].filter((id) => id !== null),
    ),
  };
}

export type Facts = Awaited<ReturnType<typeof loadFacts>>;
