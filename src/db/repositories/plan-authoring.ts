import { and, asc, desc, eq, gte, inArray, max, sql } from "drizzle-orm";
import type {
  OgpValue,
  PlanStatus,
  PolicyArea,
  ResourcesSecured,
  Sector,
} from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import type { Executor } from "../client.js";
import {
  actionPlans,
  commitmentOgpValues,
  commitmentPolicyAreas,
  commitmentSectors,
  commitments,
  endorsements,
  milestones,
  organizations,
} from "../schema/index.js";
import type { CommitmentRow, MilestoneRow } from "./commitments.js";
import { type PlanRow, plansOwnedBy } from "./plans.js";

/**
 * Writing an action plan from chat (§3.2–§3.3): the draft, its commitments (Annex 2) and their
 * milestones (Annex 2 §17), and the submission. Every write goes through the caller's audited writer.
 */

/** Statuses in which a plan is still being written: commitments and milestones may be added. */
export const PLAN_PREPARATION_STATUSES = ["draft", "co_creation"] as const satisfies readonly PlanStatus[];

/** Statuses of a plan that is not over; with its period not ended, such a plan blocks drafting another. */
const OPEN_PLAN_STATUSES: readonly PlanStatus[] = ["draft", "co_creation", "submitted", "implementation"];

/**
 * The member's plans, its own or its coalition's (§3.4), that are open on `today`: in an open status
 * and with their period not yet ended.
 */
export async function listOpenPlansOf(db: Executor, memberId: string, today: string): Promise<PlanRow[]> {
  const { condition: owned } = await plansOwnedBy(db, [memberId]);
  return db
    .select()
    .from(actionPlans)
    .where(
      and(owned, inArray(actionPlans.status, [...OPEN_PLAN_STATUSES]), gte(actionPlans.periodEnd, today)),
    )
    .orderBy(desc(actionPlans.periodStart));
}

/** The member's own plan being written (draft or co-creation), the latest if there were several. */
export async function findPlanInPreparation(db: Executor, memberId: string): Promise<PlanRow | null> {
  const [plan] = await db
    .select()
    .from(actionPlans)
    .where(
      and(eq(actionPlans.memberId, memberId), inArray(actionPlans.status, [...PLAN_PREPARATION_STATUSES])),
    )
    .orderBy(desc(actionPlans.periodStart), desc(actionPlans.number))
    .limit(1);
  return plan ?? null;
}

export interface NewPlanDraft {
  memberId: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  longTermVision: string;
  participationSpacesOnline: string | null;
  participationSpacesOffline: string | null;
  /** REACT-1 counts a recorded draft as the start of co-creation. */
  recordedOn: string;
}

/** Records a draft plan as the member's next plan (Action Plan Number: one more than its latest). */
export async function insertPlanDraft(writer: AuditedWriter, draft: NewPlanDraft): Promise<PlanRow> {
  const [latest] = await writer.tx
    .select({ number: max(actionPlans.number) })
    .from(actionPlans)
    .where(eq(actionPlans.memberId, draft.memberId));
  return writer.insert(actionPlans, { ...draft, number: (latest?.number ?? 0) + 1, status: "draft" });
}

/** Moves a draft into co-creation, when civil society is asked to endorse it (PLAN-5). */
export async function markPlanInCoCreation(writer: AuditedWriter, plan: PlanRow): Promise<PlanRow> {
  await writer.update(actionPlans, plan.id, { status: "co_creation" });
  return { ...plan, status: "co_creation" };
}

/** A commitment of a plan with what its validation reads: classifications and milestones. */
export interface PlanCommitment {
  commitment: CommitmentRow;
  policyAreas: string[];
  sectors: string[];
  ogpValues: string[];
  milestones: MilestoneRow[];
}

/** The plan's commitments (withdrawn ones left out), in number order, each with its classifications and milestones. */
export async function listPlanCommitments(db: Executor, planId: string): Promise<PlanCommitment[]> {
  const rows = await db
    .select()
    .from(commitments)
    .where(and(eq(commitments.planId, planId), sql`${commitments.status} <> 'withdrawn'`))
    .orderBy(asc(commitments.number));
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const [areas, sectors, values, steps] = await Promise.all([
    db.select().from(commitmentPolicyAreas).where(inArray(commitmentPolicyAreas.commitmentId, ids)),
    db.select().from(commitmentSectors).where(inArray(commitmentSectors.commitmentId, ids)),
    db.select().from(commitmentOgpValues).where(inArray(commitmentOgpValues.commitmentId, ids)),
    db
      .select()
      .from(milestones)
      .where(inArray(milestones.commitmentId, ids))
      .orderBy(asc(milestones.position)),
  ]);
  const codesOf = (links: { commitmentId: string; code: string }[], id: string) =>
    links.filter((link) => link.commitmentId === id).map((link) => link.code);
  return rows.map((commitment) => ({
    commitment,
    policyAreas: codesOf(areas, commitment.id),
    sectors: codesOf(sectors, commitment.id),
    ogpValues: codesOf(values, commitment.id),
    milestones: steps.filter((milestone) => milestone.commitmentId === commitment.id),
  }));
}

/** Digits after the member code in a commitment code (spec §2b: `mxtdb0004`). */
const CODE_DIGITS = 4;

/**
 * The next commitment's identifiers: its number in the plan (Commitment Number), and its code, the
 * member code followed by one more than the highest number the member's codes carry so far, across
 * all its plans (spec §2b: `mxtdb0004` follows `mxtdb0003`).
 */
export async function nextCommitmentIdentity(
  db: Executor,
  planId: string,
  memberCode: string,
): Promise<{ number: number; code: string }> {
  const prefix = memberCode.toLowerCase();
  const [inPlan] = await db
    .select({ number: max(commitments.number) })
    .from(commitments)
    .where(eq(commitments.planId, planId));
  const codes = await db
    .select({ code: commitments.code })
    .from(commitments)
    .where(eq(sql`substr(lower(${commitments.code}), 1, ${prefix.length})`, prefix));
  const highest = codes.reduce((found, { code }) => {
    const suffix = code.slice(prefix.length);
    return /^\d+$/.test(suffix) ? Math.max(found, Number(suffix)) : found;
  }, 0);
  return {
    number: (inPlan?.number ?? 0) + 1,
    code: `${memberCode}${String(highest + 1).padStart(CODE_DIGITS, "0")}`,
  };
}

export interface NewCommitment {
  planId: string;
  memberCode: string;
  title: string;
  shortTitle: string | null;
  startDate: string;
  endDate: string;
  leadAgencyOffice: string;
  problem: string;
  action: string;
  expectedResults: string | null;
  nationalAlignment: string | null;
  resourcesSecured: ResourcesSecured;
  policyAreas: PolicyArea[];
  sectors: Sector[];
  ogpValues: OgpValue[];
}

/** Records a draft commitment of a plan being written, numbered after the member's latest (spec §2b). */
export async function insertCommitment(writer: AuditedWriter, input: NewCommitment): Promise<CommitmentRow> {
  const { number, code } = await nextCommitmentIdentity(writer.tx, input.planId, input.memberCode);
  const commitment = await writer.insert(commitments, {
    planId: input.planId,
    code,
    number,
    title: input.title,
    shortTitle: input.shortTitle,
    startDate: input.startDate,
    endDate: input.endDate,
    leadAgency: { office: input.leadAgencyOffice },
    problem: input.problem,
    action: input.action,
    expectedResults: input.expectedResults,
    nationalAlignment: input.nationalAlignment,
    resourcesSecured: input.resourcesSecured,
    status: "draft",
  });
  const owner = { entity: "commitments", id: commitment.id };
  const links = (codes: string[]) => codes.map((linked) => ({ commitmentId: commitment.id, code: linked }));
  await writer.insertLinks(commitmentPolicyAreas, links(input.policyAreas), owner);
  await writer.insertLinks(commitmentSectors, links(input.sectors), owner);
  await writer.insertLinks(commitmentOgpValues, links(input.ogpValues), owner);
  return commitment;
}

export interface NewMilestone {
  commitmentId: string;
  description: string;
  startMonth: string;
  endMonth: string;
  responsibleOrganization: string;
}

/** Adds a milestone after the commitment's last one (Annex 2 §17), not started. */
export async function insertMilestone(writer: AuditedWriter, input: NewMilestone): Promise<MilestoneRow> {
  const [last] = await writer.tx
    .select({ position: max(milestones.position) })
    .from(milestones)
    .where(eq(milestones.commitmentId, input.commitmentId));
  return writer.insert(milestones, {
    ...input,
    position: (last?.position ?? 0) + 1,
    status: "not_started",
  });
}

/** The plan's endorsements as PLAN-5 reads them: by organization, non-government or not, standing or withdrawn. */
export async function listEndorsementsForSubmission(
  db: Executor,
  planId: string,
): Promise<{ organizationId: string; organization: string; nonGovernment: boolean; withdrawn: boolean }[]> {
  const rows = await db
    .select({
      organizationId: endorsements.organizationId,
      organization: organizations.name,
      kind: organizations.kind,
      withdrawnAt: endorsements.withdrawnAt,
    })
    .from(endorsements)
    .innerJoin(organizations, eq(organizations.id, endorsements.organizationId))
    .where(eq(endorsements.planId, planId))
    .orderBy(asc(endorsements.endorsedAt));
  return rows.map((row) => ({
    organizationId: row.organizationId,
    organization: row.organization,
    nonGovernment: row.kind !== "government",
    withdrawn: row.withdrawnAt !== null,
  }));
}

/**
 * Submits the plan on `on` (a civil date in the member's zone): the plan becomes `submitted`, and its
 * draft commitments `active`, submitted the same day (their MOD-1 window counts from it).
 */
export async function markPlanSubmitted(writer: AuditedWriter, plan: PlanRow, on: string): Promise<PlanRow> {
  const drafts = await writer.tx
    .select({ id: commitments.id })
    .from(commitments)
    .where(and(eq(commitments.planId, plan.id), eq(commitments.status, "draft")));
  for (const { id } of drafts) await writer.update(commitments, id, { status: "active", submittedOn: on });
  await writer.update(actionPlans, plan.id, { status: "submitted", submittedOn: on });
  return { ...plan, status: "submitted", submittedOn: on };
}
