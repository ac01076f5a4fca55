import { type SQL, sql } from "drizzle-orm";
import {
  type AssessmentFact,
  type CommitmentFact,
  type DecisionFact,
  type EndorsementFact,
  type MeetingFact,
  type MemberFacts,
  type MilestoneFact,
  type MilestoneStatusChange,
  type ModificationFact,
  type PlanFact,
  type ProgressUpdateFact,
  withdrawalDay,
} from "../../domain/rules/facts.js";
import type {
  AssessmentKind,
  CommitmentStatus,
  DecisionKind,
  Language,
  MeetingPhase,
  MemberStatus,
  MilestoneStatus,
  ModificationDecision,
  PlanStatus,
} from "../../domain/vocabularies.js";
import type { Database } from "../client.js";

/**
 * Loads the rules engine's facts for members, a page at a time, with one query per table per page
 * (never one per member). Each query returns the page's rows of a table as one JSON document built
 * inside SQLite: the driver's per-row cost (~5 µs) dominates otherwise — measured 2.1 s for 386k
 * update rows read row by row against 0.35 s aggregated (docs/performance.md). Reading the documents
 * (`factDocumentPages`, SQL) and turning them into facts (`eachMemberFacts`, plain JS) are separate so
 * that a runtime can run them on different threads.
 */
export interface FactsQuery {
  /** Only these members (by id or slug); all members when absent. */
  members?: readonly string[];
  /** Only members whose id is after `after` and up to `through` (inclusive): a partition of the ids. */
  idRange?: { after?: string | undefined; through?: string | undefined };
  batchSize?: number;
}

/** One page of members' facts as SQLite hands them over: a JSON array of tuples per table. */
export interface FactDocuments {
  readonly members: string;
  readonly plans: string;
  readonly endorsements: string;
  readonly commitments: string;
  readonly owners: string;
  readonly milestones: string;
  readonly updates: string;
  readonly modifications: string;
  readonly assessments: string;
  readonly meetings: string;
  readonly decisions: string;
}

const DEFAULT_BATCH_SIZE = 1000;

export async function* memberFactBatches(
  db: Database,
  query: FactsQuery = {},
): AsyncGenerator<MemberFacts[]> {
  for await (const documents of factDocumentPages(db, query)) yield [...eachMemberFacts(documents)];
}

/** The pages of members, in id order, as the JSON documents `eachMemberFacts` reads. */
export async function* factDocumentPages(
  db: Database,
  query: FactsQuery = {},
): AsyncGenerator<FactDocuments> {
  const batchSize = query.batchSize ?? DEFAULT_BATCH_SIZE;
  let after = query.idRange?.after ?? "";
  for (;;) {
    const [row] = await db.all<FactDocuments & { last: string | null; count: number }>(
      factPageStatement(query, after),
    );
    if (!row || row.count === 0 || row.last === null) return;
    const { last, count, ...documents } = row;
    yield documents;
    after = last;
    if (count < batchSize) return;
  }
}

/** The statement that reads the page of members after the id `after`, with its documents. */
export function factPageStatement(query: FactsQuery, after: string): SQL {
  const through = query.idRange?.through ?? null;
  const limit = query.batchSize ?? DEFAULT_BATCH_SIZE;
  if (query.members === undefined)
    return pageDocuments(sql`
      select * from members
      where id > ${after} and (${through} is null or id <= ${through})
      order by id limit ${limit}`);
  // Named members are looked up by id or slug, never found by walking the whole id index.
  const named = JSON.stringify(query.members);
  return pageDocuments(sql`
    select member.* from (select id from members where id in (select value from json_each(${named}))
                          union
                          select id from members where slug in (select value from json_each(${named}))) wanted
    cross join members member on member.id = wanted.id
    where member.id > ${after} and (${through} is null or member.id <= ${through})
    order by member.id limit ${limit}`);
}

/** All facts of the named members (ids or slugs), in one list. */
export async function loadMemberFacts(db: Database, members?: readonly string[]): Promise<MemberFacts[]> {
  const all: MemberFacts[] = [];
  for await (const batch of memberFactBatches(db, members ? { members } : {})) all.push(...batch);
  return all;
}

/** The tuples grouped by their element at `index` (the key), in their order. */
function groupBy(list: readonly unknown[][], index: number): Map<unknown, unknown[][]> {
  const byKey = new Map<unknown, unknown[][]>();
  for (const tuple of list) {
    const group = byKey.get(tuple[index]);
    if (group) group.push(tuple);
    else byKey.set(tuple[index], [tuple]);
  }
  return byKey;
}

const NONE: readonly unknown[][] = [];
const NO_CHANGES: readonly MilestoneStatusChange[] = [];

/**
 * A tuple layout: the named columns of one document's JSON arrays, in order. It writes the SQL
 * (`json_array(...)`) and gives the decoder each column's position, so the two cannot drift apart.
 */
interface Tuple<K extends string> {
  readonly sql: SQL;
  readonly at: Readonly<Record<K, number>>;
  readonly width: number;
}

function tuple<K extends string>(columns: Record<K, SQL>): Tuple<K> {
  const names = Object.keys(columns) as K[];
  return {
    sql: sql`json_array(${sql.join(
      names.map((name) => columns[name]),
      sql`, `,
    )})`,
    at: Object.fromEntries(names.map((name, index) => [name, index])) as Record<K, number>,
    width: names.length,
  };
}

const MEMBER = tuple({
  id: sql`m.id`,
  slug: sql`m.slug`,
  timeZone: sql`m.time_zone`,
  mandateEnd: sql`m.mandate_end`,
  joinedOn: sql`m.joined_on`,
  firstPlanDue: sql`m.first_plan_due`,
  country: sql`m.country`,
  language: sql`m.language`,
  coalitionSize: sql`case when cm.coalition_id is null then null
    else (select count(*) from coalition_members x where x.coalition_id = cm.coalition_id) end`,
});

const PLAN = tuple({
  memberId: sql`o.member_id`,
  id: sql`p.id`,
  periodStart: sql`p.period_start`,
  periodEnd: sql`p.period_end`,
  submittedOn: sql`p.submitted_on`,
  status: sql`p.status`,
  recordedOn: sql`p.recorded_on`,
  participationSpaceOn: sql`coalesce((select min(date(e.added_at / 1000, 'unixepoch')) from evidence e
      where e.plan_id = p.id and e.kind = 'participation_space'),
    case when p.participation_spaces_online is not null
      or p.participation_spaces_offline is not null then p.recorded_on end)`,
});

const ENDORSEMENT = tuple({
  planId: sql`e.plan_id`,
  organizationId: sql`e.organization_id`,
  nonGovernment: sql`org.kind <> 'government'`,
  endorsedAt: sql`e.endorsed_at`,
  withdrawnAt: sql`e.withdrawn_at`,
});

/** Tables below the plan name their commitment by its integer rowid: shorter than its id in every tuple. */
const COMMITMENT = tuple({
  planId: sql`c.plan_id`,
  rowid: sql`c.rowid`,
  id: sql`c.id`,
  code: sql`c.code`,
  status: sql`c.status`,
  startDate: sql`c.start_date`,
  endDate: sql`c.end_date`,
  submittedOn: sql`c.submitted_on`,
  completedOn: sql`c.completed_on`,
  withdrawnAt: sql`case when c.status = 'withdrawn' then
    (select max(md.decided_at) from modifications md
     where md.commitment_id = c.id and md.kind = 'delete' and md.decision = 'approved') end`,
});

const OWNER = tuple({ commitment: sql`c.rowid`, memberId: sql`co.member_id` });

const MILESTONE = tuple({
  commitment: sql`c.rowid`,
  id: sql`ms.id`,
  startMonth: sql`ms.start_month`,
  endMonth: sql`ms.end_month`,
  status: sql`ms.status`,
});

const UPDATE_COLUMNS = {
  commitment: sql`c.rowid`,
  rowid: sql`u.rowid`,
  milestoneId: sql`u.milestone_id`,
  postedAt: sql`u.posted_at`,
  completionPct: sql`u.completion_pct`,
  noProgress: sql`u.no_progress`,
};
/** An update without a milestone change; one that made changes comes once per change, the change appended. */
const UPDATE = tuple(UPDATE_COLUMNS);
const UPDATE_WITH_CHANGE = tuple({
  ...UPDATE_COLUMNS,
  changedMilestoneId: sql`ch.milestone_id`,
  from: sql`ch.from_status`,
  to: sql`ch.to_status`,
});

const MODIFICATION = tuple({
  commitment: sql`c.rowid`,
  id: sql`md.id`,
  proposedOn: sql`md.proposed_on`,
  decision: sql`md.decision`,
});

const ASSESSMENT = tuple({
  planId: sql`a.plan_id`,
  id: sql`a.id`,
  kind: sql`a.kind`,
  commitmentId: sql`a.commitment_id`,
  dueOn: sql`a.due_on`,
  submittedOn: sql`a.submitted_on`,
});

const MEETING = tuple({
  id: sql`mt.id`,
  memberId: sql`mt.member_id`,
  planId: sql`mt.plan_id`,
  heldOn: sql`mt.held_on`,
  phase: sql`mt.phase`,
  governmentParticipants: sql`mt.government_participants`,
  nonGovernmentParticipants: sql`mt.non_government_participants`,
});

const DECISION = tuple({
  memberId: sql`d.member_id`,
  id: sql`d.id`,
  kind: sql`d.kind`,
  startsOn: sql`d.starts_on`,
  endsOn: sql`d.ends_on`,
  status: sql`d.status`,
  reason: sql`d.reason`,
  decidedOn: sql`d.decided_on`,
});

/**
 * One statement reads a page: the page's members, the plans each owns directly or through its
 * coalition, those plans once each (a coalition's plan is owned by every member of the page in it),
 * then one document per table. Tables below the plan are keyed by plan or commitment and
 * `eachMemberFacts` hands them to every member owning them. Each document is one JSON array of
 * tuples: one value per page and table beats one row per member (SQLite's GROUP BY sort, the
 * driver's ~5 µs per row), and its size is then what the load costs. CROSS JOIN keeps SQLite's join
 * order from the page outwards: the planner cannot size the page's CTEs and would otherwise scan
 * whole tables to join them.
 */
function pageDocuments(page: SQL): SQL {
  const of = (tuple: Tuple<string>, from: SQL) =>
    sql`coalesce((select json_group_array(${tuple.sql}) ${from}), '[]')`;
  return sql`
    with page as materialized (${page}),
    owned(member_id, plan_id) as materialized (
      select m.id, p.id from page m cross join action_plans p on p.member_id = m.id
      union all
      select m.id, p.id from page m
        cross join coalition_members cm on cm.member_id = m.id
        cross join action_plans p on p.coalition_id = cm.coalition_id
    ),
    plans(plan_id) as materialized (select distinct plan_id from owned)
    select
      (select max(id) from page) as last,
      (select count(*) from page) as count,
      ${of(MEMBER, sql`from page m left join coalition_members cm on cm.member_id = m.id`)} as members,
      ${of(PLAN, sql`from owned o cross join action_plans p on p.id = o.plan_id`)} as plans,
      ${of(
        ENDORSEMENT,
        sql`from plans x cross join endorsements e on e.plan_id = x.plan_id
          cross join organizations org on org.id = e.organization_id`,
      )} as endorsements,
      ${of(COMMITMENT, sql`from plans x cross join commitments c on c.plan_id = x.plan_id`)} as commitments,
      ${of(
        OWNER,
        sql`from plans x cross join commitments c on c.plan_id = x.plan_id
          cross join commitment_owners co on co.commitment_id = c.id`,
      )} as owners,
      ${of(
        MILESTONE,
        sql`from plans x cross join commitments c on c.plan_id = x.plan_id
          cross join milestones ms on ms.commitment_id = c.id`,
      )} as milestones,
      coalesce((select json_group_array(case when ch.update_id is null
              then ${UPDATE.sql} else ${UPDATE_WITH_CHANGE.sql} end)
          from plans x cross join commitments c on c.plan_id = x.plan_id
          cross join progress_updates u on u.commitment_id = c.id
          left join milestone_status_changes ch on ch.update_id = u.id), '[]') as updates,
      ${of(
        MODIFICATION,
        sql`from plans x cross join commitments c on c.plan_id = x.plan_id
          cross join modifications md on md.commitment_id = c.id`,
      )} as modifications,
      ${of(ASSESSMENT, sql`from plans x cross join assessments a on a.plan_id = x.plan_id`)} as assessments,
      ${of(
        MEETING,
        sql`from meetings mt
          where mt.member_id in (select id from page)
             or mt.plan_id in (select plan_id from plans)`,
      )} as meetings,
      ${of(DECISION, sql`from status_decisions d where d.member_id in (select id from page)`)} as decisions`;
}

const parse = (document: string) => JSON.parse(document) as unknown[][];
const groupedBy = (document: string, index: number) => groupBy(parse(document), index);

/**
 * The facts of a page's members, from its documents, one member at a time (no I/O): a consumer done
 * with each member's facts before the next leaves them to die young, which the garbage collector
 * handles far more cheaply than a page of facts held at once (measured: docs/performance.md).
 */
export function* eachMemberFacts(documents: FactDocuments): Generator<MemberFacts> {
  const plansByMember = groupedBy(documents.plans, PLAN.at.memberId);
  const endorsementsByPlan = groupedBy(documents.endorsements, ENDORSEMENT.at.planId);
  const commitmentsByPlan = groupedBy(documents.commitments, COMMITMENT.at.planId);
  const ownersByCommitment = groupedBy(documents.owners, OWNER.at.commitment);
  const milestonesByCommitment = groupedBy(documents.milestones, MILESTONE.at.commitment);
  const updatesByCommitment = groupedBy(documents.updates, UPDATE.at.commitment);
  const modificationsByCommitment = groupedBy(documents.modifications, MODIFICATION.at.commitment);
  const assessmentsByPlan = groupedBy(documents.assessments, ASSESSMENT.at.planId);
  const meetings = parse(documents.meetings);
  const meetingsByMember = groupBy(meetings, MEETING.at.memberId);
  const meetingsByPlan = groupBy(
    meetings.filter((meeting) => meeting[MEETING.at.planId] !== null),
    MEETING.at.planId,
  );
  const decisionsByMember = groupedBy(documents.decisions, DECISION.at.memberId);

  for (const row of parse(documents.members)) {
    const memberId = row[MEMBER.at.id] as string;
    const timeZone = row[MEMBER.at.timeZone] as string;
    const ownedPlans = plansByMember.get(memberId) ?? NONE;
    const endorsements: EndorsementFact[] = [];
    const commitments: CommitmentFact[] = [];
    const milestones: MilestoneFact[] = [];
    const updates: ProgressUpdateFact[] = [];
    const assessments: AssessmentFact[] = [];
    const modifications: ModificationFact[] = [];
    for (const plan of ownedPlans) {
      const planId = plan[PLAN.at.id];
      for (const t of endorsementsByPlan.get(planId) ?? NONE) endorsements.push(toEndorsement(t));
      for (const t of assessmentsByPlan.get(planId) ?? NONE) assessments.push(toAssessment(t));
      for (const c of commitmentsByPlan.get(planId) ?? NONE) {
        const rowid = c[COMMITMENT.at.rowid];
        const commitmentId = c[COMMITMENT.at.id] as string;
        const owners = ownersByCommitment.get(rowid);
        // PLAN-4: a commitment with named owners counts only for them; without, for every member.
        const owned = !owners || owners.some((owner) => owner[OWNER.at.memberId] === memberId);
        commitments.push(toCommitment(c, owned, timeZone));
        for (const t of milestonesByCommitment.get(rowid) ?? NONE)
          milestones.push(toMilestone(t, commitmentId));
        for (const t of modificationsByCommitment.get(rowid) ?? NONE)
          modifications.push(toModification(t, commitmentId));
        addUpdates(updates, updatesByCommitment.get(rowid) ?? NONE, commitmentId);
      }
    }
    // The engine wants posting order; each commitment's updates arrive in its own order.
    updates.sort((a, b) => a.postedAt - b.postedAt);
    yield {
      member: {
        id: memberId,
        slug: row[MEMBER.at.slug] as string,
        timeZone,
        mandateEnd: row[MEMBER.at.mandateEnd] as string | null,
        joinedOn: row[MEMBER.at.joinedOn] as string,
        firstPlanDue: row[MEMBER.at.firstPlanDue] as string | null,
        country: row[MEMBER.at.country] as string,
        language: row[MEMBER.at.language] as Language,
        coalitionSize: row[MEMBER.at.coalitionSize] as number | null,
      },
      plans: ownedPlans.map(toPlan),
      endorsements,
      commitments,
      milestones,
      updates,
      meetings: meetingsOf(memberId, ownedPlans, meetingsByMember, meetingsByPlan),
      assessments,
      modifications,
      decisions: (decisionsByMember.get(memberId) ?? NONE).map(toDecision),
    };
  }
}

function meetingsOf(
  memberId: string,
  ownedPlans: readonly unknown[][],
  byMember: ReadonlyMap<unknown, unknown[][]>,
  byPlan: ReadonlyMap<unknown, unknown[][]>,
): MeetingFact[] {
  const tuples = new Map<unknown, unknown[]>();
  for (const t of byMember.get(memberId) ?? NONE) tuples.set(t[MEETING.at.id], t);
  for (const plan of ownedPlans)
    for (const t of byPlan.get(plan[PLAN.at.id]) ?? NONE) tuples.set(t[MEETING.at.id], t);
  return [...tuples.values()].map(toMeeting);
}

const toPlan = (t: unknown[]): PlanFact => ({
  id: t[PLAN.at.id] as string,
  periodStart: t[PLAN.at.periodStart] as string,
  periodEnd: t[PLAN.at.periodEnd] as string,
  submittedOn: t[PLAN.at.submittedOn] as string | null,
  status: t[PLAN.at.status] as PlanStatus,
  recordedOn: t[PLAN.at.recordedOn] as string,
  participationSpaceOn: t[PLAN.at.participationSpaceOn] as string | null,
});

const toEndorsement = (t: unknown[]): EndorsementFact => ({
  planId: t[ENDORSEMENT.at.planId] as string,
  organizationId: t[ENDORSEMENT.at.organizationId] as string,
  nonGovernment: t[ENDORSEMENT.at.nonGovernment] === 1,
  endorsedAt: t[ENDORSEMENT.at.endorsedAt] as number,
  withdrawnAt: t[ENDORSEMENT.at.withdrawnAt] as number | null,
});

const toCommitment = (t: unknown[], ownedByMember: boolean, timeZone: string): CommitmentFact => ({
  id: t[COMMITMENT.at.id] as string,
  planId: t[COMMITMENT.at.planId] as string,
  code: t[COMMITMENT.at.code] as string,
  status: t[COMMITMENT.at.status] as CommitmentStatus,
  startDate: t[COMMITMENT.at.startDate] as string,
  endDate: t[COMMITMENT.at.endDate] as string,
  submittedOn: t[COMMITMENT.at.submittedOn] as string | null,
  completedOn: t[COMMITMENT.at.completedOn] as string | null,
  withdrawnOn: withdrawalDay(t[COMMITMENT.at.withdrawnAt] as number | null, timeZone),
  ownedByMember,
});

const toMilestone = (t: unknown[], commitmentId: string): MilestoneFact => ({
  id: t[MILESTONE.at.id] as string,
  commitmentId,
  startMonth: t[MILESTONE.at.startMonth] as string,
  endMonth: t[MILESTONE.at.endMonth] as string,
  status: t[MILESTONE.at.status] as MilestoneStatus,
});

/**
 * The updates of a commitment from their tuples: one per update, or one per milestone change it
 * made — consecutive, with the change's milestone and statuses appended.
 */
function addUpdates(updates: ProgressUpdateFact[], tuples: readonly unknown[][], commitmentId: string): void {
  const at = UPDATE_WITH_CHANGE.at;
  let open: { rowid: unknown; changes: MilestoneStatusChange[] } | undefined;
  for (const t of tuples) {
    const change: MilestoneStatusChange | undefined =
      t.length > UPDATE.width
        ? {
            milestoneId: t[at.changedMilestoneId] as string,
            from: t[at.from] as MilestoneStatus,
            to: t[at.to] as MilestoneStatus,
          }
        : undefined;
    if (change && open !== undefined && open.rowid === t[at.rowid]) {
      open.changes.push(change);
      continue;
    }
    const changes = change ? [change] : undefined;
    open = changes ? { rowid: t[at.rowid], changes } : undefined;
    updates.push({
      commitmentId,
      milestoneId: t[at.milestoneId] as string | null,
      postedAt: t[at.postedAt] as number,
      completionPct: t[at.completionPct] as number | null,
      noProgress: t[at.noProgress] === 1,
      milestoneChanges: changes ?? NO_CHANGES,
    });
  }
}

const toMeeting = (t: unknown[]): MeetingFact => ({
  id: t[MEETING.at.id] as string,
  planId: t[MEETING.at.planId] as string | null,
  heldOn: t[MEETING.at.heldOn] as string,
  phase: t[MEETING.at.phase] as MeetingPhase,
  governmentParticipants: t[MEETING.at.governmentParticipants] as number,
  nonGovernmentParticipants: t[MEETING.at.nonGovernmentParticipants] as number,
});

const toAssessment = (t: unknown[]): AssessmentFact => ({
  id: t[ASSESSMENT.at.id] as string,
  kind: t[ASSESSMENT.at.kind] as AssessmentKind,
  planId: t[ASSESSMENT.at.planId] as string,
  commitmentId: t[ASSESSMENT.at.commitmentId] as string | null,
  dueOn: t[ASSESSMENT.at.dueOn] as string | null,
  submittedOn: t[ASSESSMENT.at.submittedOn] as string | null,
});

const toModification = (t: unknown[], commitmentId: string): ModificationFact => ({
  id: t[MODIFICATION.at.id] as string,
  commitmentId,
  proposedOn: t[MODIFICATION.at.proposedOn] as string,
  decision: t[MODIFICATION.at.decision] as ModificationDecision,
});

function toDecision(t: unknown[]): DecisionFact {
  const at = DECISION.at;
  const id = t[at.id] as string;
  const kind = t[at.kind] as DecisionKind;
  const startsOn = t[at.startsOn] as string;
  const endsOn = t[at.endsOn] as string | null;
  const base = { id, reason: t[at.reason] as string, decidedOn: t[at.decidedOn] as string };
  switch (kind) {
    case "voluntary_inactivity":
      return { ...base, kind, startsOn, endsOn };
    case "first_plan_extension":
      // The schema requires ends_on for extensions (CHECK status_decisions_extension_shape).
      return { ...base, kind, newDueOn: endsOn! };
    case "status_override":
      return { ...base, kind, startsOn, status: t[at.status] as MemberStatus };
    case "revocation_confirmed":
      return { ...base, kind, effectiveOn: startsOn };
  }
}
