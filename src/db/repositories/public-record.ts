import { and, asc, desc, eq, inArray, or } from "drizzle-orm";
import type { Database } from "../client.js";
import {
  actionPlans,
  assessments,
  commitmentOgpValues,
  commitmentPolicyAreas,
  commitmentSectors,
  endorsements,
  evidence,
  meetings,
  memberStatusHistory,
  milestoneStatusChanges,
  organizations,
  persons,
  progressUpdates,
  publicComments,
  roleAssignments,
  updateChallenges,
} from "../schema/index.js";
import {
  type CommitmentRow,
  listCommitmentsOfMembers,
  listMilestonesOf,
  type MilestoneRow,
} from "./commitments.js";
import type { MemberRow } from "./member-lookup.js";
import { findCurrentPlans, type PlanRow } from "./plans.js";

/**
 * What the public site publishes about one member (spec §8, Annex 4): everything but chat
 * identities, private drafts and unmoderated comments.
 */
export interface PublicRecord {
  member: MemberRow;
  contacts: { name: string; email: string }[];
  plan: (PlanRow & { monitoringBody: string | null }) | null;
  meetings: (typeof meetings.$inferSelect)[];
  endorsements: { organization: string; endorsedAt: Date; withdrawnAt: Date | null; source: string }[];
  commitments: PublicCommitment[];
  /** Evidence of the current plan's process (the plan itself and the meetings): the handbook's plan folder. */
  planEvidence: PublicEvidence[];
  assessments: (typeof assessments.$inferSelect)[];
  statusHistory: (typeof memberStatusHistory.$inferSelect)[];
  /** The member's other plans (earlier ones, mostly), newest first, with their commitments' headings. */
  otherPlans: {
    plan: PlanRow;
    /** Evidence of that plan's process. */
    evidence: PublicEvidence[];
    commitments: { code: string; title: string; status: string }[];
  }[];
}

export interface PublicCommitment {
  commitment: CommitmentRow;
  policyAreas: string[];
  milestones: MilestoneRow[];
  /** Oldest first. */
  updates: PublicUpdate[];
  /** Evidence of the commitment, its milestones and its updates: the commitment's folder. */
  evidence: PublicEvidence[];
}

export interface PublicUpdate {
  update: typeof progressUpdates.$inferSelect;
  author: string | null;
  challenges: { code: string; detail: string | null }[];
  milestoneChanges: { milestoneId: string; fromStatus: string; toStatus: string }[];
  evidence: PublicEvidence[];
  /** Approved comments only, oldest first (Annex 4: comments are moderated). */
  comments: { id: string; authorName: string; body: string; createdAt: Date; moderatedAt: Date | null }[];
}

export type PublicEvidence = Pick<
  typeof evidence.$inferSelect,
  "id" | "title" | "url" | "fileRef" | "kind" | "addedAt" | "updateId" | "milestoneId" | "meetingId"
>;

const evidenceColumns = {
  id: evidence.id,
  title: evidence.title,
  url: evidence.url,
  fileRef: evidence.fileRef,
  kind: evidence.kind,
  addedAt: evidence.addedAt,
  updateId: evidence.updateId,
  milestoneId: evidence.milestoneId,
  meetingId: evidence.meetingId,
  planId: evidence.planId,
  commitmentId: evidence.commitmentId,
};

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
};

/**
 * The member's record as the public sees it: a plan (its current one unless `planId` names another
 * of its plans) and all that hangs off it.
 */
export async function loadPublicRecord(
  db: Database,
  member: MemberRow,
  planId?: string,
): Promise<PublicRecord> {
  const plan = planId
    ? ((await db.select().from(actionPlans).where(eq(actionPlans.id, planId)))[0] ?? null)
    : ((await findCurrentPlans(db, [member.id])).get(member.id) ?? null);
  const allCommitments = await listCommitmentsOfMembers(db, [member.id]);
  const commitmentRows = plan ? allCommitments.filter((commitment) => commitment.planId === plan.id) : [];
  const otherPlanIds = [
    ...new Set(allCommitments.map((commitment) => commitment.planId).filter((id) => id !== plan?.id)),
  ];
  const commitmentIds = commitmentRows.map((commitment) => commitment.id);
  const [
    contacts,
    monitoringBody,
    meetingRows,
    endorsementRows,
    areaRows,
    milestoneRows,
    history,
    assessmentRows,
    otherPlans,
  ] = await Promise.all([
    db
      .select({ name: persons.name, email: persons.email })
      .from(roleAssignments)
      .innerJoin(persons, eq(persons.id, roleAssignments.personId))
      .where(and(eq(roleAssignments.memberId, member.id), eq(roleAssignments.role, "point_of_contact")))
      .orderBy(asc(persons.name)),
    plan?.monitoringBodyId
      ? db
          .select({ name: organizations.name })
          .from(organizations)
          .where(eq(organizations.id, plan.monitoringBodyId))
      : Promise.resolve([]),
    db.select().from(meetings).where(eq(meetings.memberId, member.id)).orderBy(asc(meetings.heldOn)),
    plan
      ? db
          .select({
            organization: organizations.name,
            endorsedAt: endorsements.endorsedAt,
            withdrawnAt: endorsements.withdrawnAt,
            source: endorsements.source,
          })
          .from(endorsements)
          .innerJoin(organizations, eq(organizations.id, endorsements.organizationId))
          .where(eq(endorsements.planId, plan.id))
          .orderBy(asc(endorsements.endorsedAt))
      : Promise.resolve([]),
    commitmentIds.length > 0
      ? db
          .select()
          .from(commitmentPolicyAreas)
          .where(inArray(commitmentPolicyAreas.commitmentId, commitmentIds))
      : Promise.resolve([]),
    listMilestonesOf(db, commitmentIds),
    db
      .select()
      .from(memberStatusHistory)
      .where(eq(memberStatusHistory.memberId, member.id))
      .orderBy(asc(memberStatusHistory.effectiveOn), asc(memberStatusHistory.recordedAt)),
    plan
      ? db.select().from(assessments).where(eq(assessments.planId, plan.id)).orderBy(asc(assessments.dueOn))
      : Promise.resolve([]),
    otherPlanIds.length > 0
      ? db
          .select()
          .from(actionPlans)
          .where(inArray(actionPlans.id, otherPlanIds))
          .orderBy(desc(actionPlans.periodStart))
      : Promise.resolve([]),
  ]);
  const updates = await loadPublicUpdates(db, commitmentIds);
  const milestoneIds = milestoneRows.map((milestone) => milestone.id);
  const meetingIds = meetingRows.map((meeting) => meeting.id);
  const updateIds = updates.map((entry) => entry.update.id);
  const subjects = [
    plan ? eq(evidence.planId, plan.id) : undefined,
    otherPlanIds.length > 0 ? inArray(evidence.planId, otherPlanIds) : undefined,
    meetingIds.length > 0 ? inArray(evidence.meetingId, meetingIds) : undefined,
    commitmentIds.length > 0 ? inArray(evidence.commitmentId, commitmentIds) : undefined,
    milestoneIds.length > 0 ? inArray(evidence.milestoneId, milestoneIds) : undefined,
    updateIds.length > 0 ? inArray(evidence.updateId, updateIds) : undefined,
  ].filter((condition) => condition !== undefined);
  const evidenceRows =
    subjects.length > 0
      ? await db
          .select(evidenceColumns)
          .from(evidence)
          .where(or(...subjects))
          .orderBy(asc(evidence.addedAt))
      : [];

  const commitmentOfMilestone = new Map(milestoneRows.map((row) => [row.id, row.commitmentId]));
  const commitmentOfUpdate = new Map(updates.map((entry) => [entry.update.id, entry.update.commitmentId]));
  const folderOf = (row: (typeof evidenceRows)[number]): string | null =>
    (row.planId && row.planId !== plan?.id ? `plan:${row.planId}` : null) ??
    row.commitmentId ??
    (row.milestoneId ? commitmentOfMilestone.get(row.milestoneId) : undefined) ??
    (row.updateId ? commitmentOfUpdate.get(row.updateId) : undefined) ??
    null;
  const evidenceByCommitment = groupBy(evidenceRows, folderOf);
  const evidenceByUpdate = groupBy(
    evidenceRows.filter((row) => row.updateId),
    (row) => row.updateId,
  );
  for (const entry of updates) entry.evidence = evidenceByUpdate.get(entry.update.id) ?? [];
  const updatesByCommitment = groupBy(updates, (entry) => entry.update.commitmentId);
  const areasByCommitment = groupBy(areaRows, (row) => row.commitmentId);
  const milestonesByCommitment = groupBy(milestoneRows, (row) => row.commitmentId);

  return {
    member,
    contacts,
    plan: plan ? { ...plan, monitoringBody: monitoringBody[0]?.name ?? null } : null,
    meetings: meetingRows,
    endorsements: endorsementRows,
    commitments: commitmentRows.map((commitment) => ({
      commitment,
      policyAreas: (areasByCommitment.get(commitment.id) ?? []).map((row) => row.code),
      milestones: milestonesByCommitment.get(commitment.id) ?? [],
      updates: updatesByCommitment.get(commitment.id) ?? [],
      evidence: evidenceByCommitment.get(commitment.id) ?? [],
    })),
    planEvidence: evidenceByCommitment.get(null) ?? [],
    assessments: assessmentRows,
    statusHistory: history,
    otherPlans: otherPlans.map((other) => ({
      plan: other,
      evidence: evidenceByCommitment.get(`plan:${other.id}`) ?? [],
      commitments: allCommitments
        .filter((commitment) => commitment.planId === other.id)
        .map(({ code, title, status }) => ({ code, title, status })),
    })),
  };
}

/** Progress updates of the commitments, oldest first, with what the public may see of each. */
async function loadPublicUpdates(db: Database, commitmentIds: string[]): Promise<PublicUpdate[]> {
  if (commitmentIds.length === 0) return [];
  const rows = await db
    .select({ update: progressUpdates, author: persons.name })
    .from(progressUpdates)
    .leftJoin(persons, eq(persons.id, progressUpdates.authorId))
    .where(inArray(progressUpdates.commitmentId, commitmentIds))
    .orderBy(asc(progressUpdates.postedAt), asc(progressUpdates.id));
  const ids = rows.map((row) => row.update.id);
  if (ids.length === 0) return [];
  const [challenges, changes, comments] = await Promise.all([
    db.select().from(updateChallenges).where(inArray(updateChallenges.updateId, ids)),
    db.select().from(milestoneStatusChanges).where(inArray(milestoneStatusChanges.updateId, ids)),
    db
      .select({
        id: publicComments.id,
        updateId: publicComments.updateId,
        authorName: publicComments.authorName,
        body: publicComments.body,
        createdAt: publicComments.createdAt,
        moderatedAt: publicComments.moderatedAt,
      })
      .from(publicComments)
      .where(and(inArray(publicComments.updateId, ids), eq(publicComments.moderation, "approved")))
      .orderBy(asc(publicComments.createdAt)),
  ]);
  const challengesOf = groupBy(challenges, (row) => row.updateId);
  const changesOf = groupBy(changes, (row) => row.updateId);
  const commentsOf = groupBy(comments, (row) => row.updateId);
  return rows.map(({ update, author }) => ({
    update,
    author,
    challenges: (challengesOf.get(update.id) ?? []).map(({ code, detail }) => ({ code, detail })),
    milestoneChanges: (changesOf.get(update.id) ?? []).map(({ milestoneId, fromStatus, toStatus }) => ({
      milestoneId,
      fromStatus,
      toStatus,
    })),
    evidence: [],
    comments: (commentsOf.get(update.id) ?? []).map(({ updateId: _, ...comment }) => comment),
  }));
}

/** Annex 2 §12–§13 classifications of one commitment (its policy areas come with the record). */
export async function loadCommitmentClassifications(
  db: Database,
  commitmentId: string,
): Promise<{ sectors: string[]; ogpValues: string[] }> {
  const [sectors, ogpValues] = await Promise.all([
    db
      .select({ code: commitmentSectors.code })
      .from(commitmentSectors)
      .where(eq(commitmentSectors.commitmentId, commitmentId)),
    db
      .select({ code: commitmentOgpValues.code })
      .from(commitmentOgpValues)
      .where(eq(commitmentOgpValues.commitmentId, commitmentId)),
  ]);
  return { sectors: sectors.map((row) => row.code), ogpValues: ogpValues.map((row) => row.code) };
}
