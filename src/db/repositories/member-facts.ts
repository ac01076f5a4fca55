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
function groupBy(list: readonly unknown[][], index = 0): Map<unknown, unknown[][]> {
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
 * One statement reads a page: the page's members, the plans each owns directly or through its
 * coalition, those plans once each (a coalition's plan is owned by every member of the page in it),
 * then one document per table. Tables below the plan are keyed by plan or commitment and
 * `eachMemberFacts` hands them to every member owning them. Each document is one JSON array of
 * tuples: one value per page and table beats one row per member (SQLite's GROUP BY sort, the
 * driver's ~5 µs per row), and its size is then what the load costs — so tuples name their
 * commitment by its integer rowid rather than repeating its 36-character id. CROSS JOIN keeps
 * SQLite's join order from the page outwards: the planner cannot size the page's CTEs and would
 * otherwise scan whole tables to join them.
 */
function pageDocuments(page: SQL): SQL {
  const of = (tuples: SQL) => sql`coalesce((${tuples}), '[]')`;
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
      ${of(sql`select json_group_array(json_array(m.id, m.slug, m.time_zone, m.mandate_end, m.joined_on,
            m.first_plan_due, m.country, m.language,
            case when cm.coalition_id is null then null
                 else (select count(*) from coalition_members x where x.coalition_id = cm.coalition_id) end))
          from page m left join coalition_members cm on cm.member_id = m.id`)} as members,
      ${of(sql`select json_group_array(json_array(o.member_id, p.id, p.period_start, p.period_end,
            p.submitted_on, p.status, p.recorded_on,
            coalesce((select min(date(e.added_at / 1000, 'unixepoch')) from evidence e
                      where e.plan_id = p.id and e.kind = 'participation_space'),
                     case when p.participation_spaces_online is not null
                            or p.participation_spaces_offline is not null then p.recorded_on end)))
          from owned o cross join action_plans p on p.id = o.plan_id`)} as plans,
      ${of(sql`select json_group_array(json_array(e.plan_id, e.organization_id, org.kind <> 'government',
            e.endorsed_at, e.withdrawn_at))
          from plans x cross join endorsements e on e.plan_id = x.plan_id
          cross join organizations org on org.id = e.organization_id`)} as endorsements,
      ${of(sql`select json_group_array(json_array(c.plan_id, c.rowid, c.id, c.code, c.status, c.start_date,
            c.end_date, c.submitted_on, c.completed_on,
            case when c.status = 'withdrawn' then
              (select max(md.decided_at) from modifications md
               where md.commitment_id = c.id and md.kind = 'delete' and md.decision = 'approved') end))
          from plans x cross join commitments c on c.plan_id = x.plan_id`)} as commitments,
      ${of(sql`select json_group_array(json_array(c.rowid, co.member_id))
          from plans x cross join commitments c on c.plan_id = x.plan_id
          cross join commitment_owners co on co.commitment_id = c.id`)} as owners,
      ${of(sql`select json_group_array(json_array(c.rowid, ms.id, ms.start_month, ms.end_month, ms.status))
          from plans x cross join commitments c on c.plan_id = x.plan_id
          cross join milestones ms on ms.commitment_id = c.id`)} as milestones,
      ${of(sql`select json_group_array(case when ch.update_id is null
              then json_array(c.rowid, u.rowid, u.milestone_id, u.posted_at, u.completion_pct, u.no_progress)
              else json_array(c.rowid, u.rowid, u.milestone_id, u.posted_at, u.completion_pct, u.no_progress,
                ch.milestone_id, ch.from_status, ch.to_status) end)
          from plans x cross join commitments c on c.plan_id = x.plan_id
          cross join progress_updates u on u.commitment_id = c.id
          left join milestone_status_changes ch on ch.update_id = u.id`)} as updates,
      ${of(sql`select json_group_array(json_array(c.rowid, md.id, md.proposed_on, md.decision))
          from plans x cross join commitments c on c.plan_id = x.plan_id
          cross join modifications md on md.commitment_id = c.id`)} as modifications,
      ${of(sql`select json_group_array(json_array(a.plan_id, a.id, a.kind, a.commitment_id, a.due_on,
            a.submitted_on))
          from plans x cross join assessments a on a.plan_id = x.plan_id`)} as assessments,
      ${of(sql`select json_group_array(json_array(mt.id, mt.member_id, mt.plan_id, mt.held_on, mt.phase,
            mt.government_participants, mt.non_government_participants))
          from meetings mt
          where mt.member_id in (select id from page)
             or mt.plan_id in (select plan_id from plans)`)} as meetings,
      ${of(sql`select json_group_array(json_array(d.member_id, d.id, d.kind, d.starts_on, d.ends_on, d.status,
            d.reason, d.decided_on))
          from status_decisions d where d.member_id in (select id from page)`)} as decisions`;
}

const parse = (document: string) => JSON.parse(document) as unknown[][];
const grouped = (document: string) => groupBy(parse(document));

/**
 * The facts of a page's members, from its documents, one member at a time (no I/O): a consumer done
 * with each member's facts before the next leaves them to die young, which the garbage collector
 * handles far more cheaply than a page of facts held at once (measured: docs/performance.md).
 */
export function* eachMemberFacts(documents: FactDocuments): Generator<MemberFacts> {
  const plansByMember = grouped(documents.plans);
  const endorsementsByPlan = grouped(documents.endorsements);
  const commitmentsByPlan = grouped(documents.commitments);
  const ownersByCommitment = grouped(documents.owners);
  const milestonesByCommitment = grouped(documents.milestones);
  const updatesByCommitment = grouped(documents.updates);
  const modificationsByCommitment = grouped(documents.modifications);
  const assessmentsByPlan = grouped(documents.assessments);
  const meetings = parse(documents.meetings);
  const meetingsByMember = groupBy(meetings, 1);
  const meetingsByPlan = groupBy(
    meetings.filter((meeting) => meeting[2] !== null),
    2,
  );
  const decisionsByMember = grouped(documents.decisions);

  for (const row of parse(documents.members)) {
    const memberId = row[0] as string;
    const ownedPlans = plansByMember.get(memberId) ?? NONE;
    const endorsements: EndorsementFact[] = [];
    const commitments: CommitmentFact[] = [];
    const milestones: MilestoneFact[] = [];
    const updates: ProgressUpdateFact[] = [];
    const assessments: AssessmentFact[] = [];
    const modifications: ModificationFact[] = [];
    for (const plan of ownedPlans) {
      const planId = plan[1];
      for (const t of endorsementsByPlan.get(planId) ?? NONE) endorsements.push(toEndorsement(t));
      for (const t of assessmentsByPlan.get(planId) ?? NONE) assessments.push(toAssessment(t));
      for (const c of commitmentsByPlan.get(planId) ?? NONE) {
        const [, rowid, commitmentId] = c as [string, number, string];
        const owners = ownersByCommitment.get(rowid);
        // PLAN-4: a commitment with named owners counts only for them; without, for every member.
        const owned = !owners || owners.some((owner) => owner[1] === memberId);
        commitments.push(toCommitment(c, owned, row[2] as string));
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
        slug: row[1] as string,
        timeZone: row[2] as string,
        mandateEnd: row[3] as string | null,
        joinedOn: row[4] as string,
        firstPlanDue: row[5] as string | null,
        country: row[6] as string,
        language: row[7] as Language,
        coalitionSize: row[8] as number | null,
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
  for (const t of byMember.get(memberId) ?? NONE) tuples.set(t[0], t);
  for (const plan of ownedPlans) for (const t of byPlan.get(plan[1]) ?? NONE) tuples.set(t[0], t);
  return [...tuples.values()].map(toMeeting);
}

// The tuples below mirror the json_array(...) column order of the queries above; [0] is the key.

const toPlan = (t: unknown[]): PlanFact => ({
  id: t[1] as string,
  periodStart: t[2] as string,
  periodEnd: t[3] as string,
  submittedOn: t[4] as string | null,
  status: t[5] as PlanStatus,
  recordedOn: t[6] as string,
  participationSpaceOn: t[7] as string | null,
});

const toEndorsement = (t: unknown[]): EndorsementFact => ({
  planId: t[0] as string,
  organizationId: t[1] as string,
  nonGovernment: t[2] === 1,
  endorsedAt: t[3] as number,
  withdrawnAt: t[4] as number | null,
});

const toCommitment = (t: unknown[], ownedByMember: boolean, timeZone: string): CommitmentFact => ({
  id: t[2] as string,
  planId: t[0] as string,
  code: t[3] as string,
  status: t[4] as CommitmentStatus,
  startDate: t[5] as string,
  endDate: t[6] as string,
  submittedOn: t[7] as string | null,
  completedOn: t[8] as string | null,
  withdrawnOn: withdrawalDay(t[9] as number | null, timeZone),
  ownedByMember,
});

const toMilestone = (t: unknown[], commitmentId: string): MilestoneFact => ({
  id: t[1] as string,
  commitmentId,
  startMonth: t[2] as string,
  endMonth: t[3] as string,
  status: t[4] as MilestoneStatus,
});

/**
 * The updates of a commitment from their tuples: one per update, or one per milestone change it
 * made — consecutive, with the change's milestone and statuses appended.
 */
function addUpdates(updates: ProgressUpdateFact[], tuples: readonly unknown[][], commitmentId: string): void {
  let open: { rowid: unknown; changes: MilestoneStatusChange[] } | undefined;
  for (const t of tuples) {
    const change: MilestoneStatusChange | undefined =
      t.length > 6
        ? { milestoneId: t[6] as string, from: t[7] as MilestoneStatus, to: t[8] as MilestoneStatus }
        : undefined;
    if (change && open !== undefined && open.rowid === t[1]) {
      open.changes.push(change);
      continue;
    }
    const changes = change ? [change] : undefined;
    open = changes ? { rowid: t[1], changes } : undefined;
    updates.push({
      commitmentId,
      milestoneId: t[2] as string | null,
      postedAt: t[3] as number,
      completionPct: t[4] as number | null,
      noProgress: t[5] === 1,
      milestoneChanges: changes ?? NO_CHANGES,
    });
  }
}

const toMeeting = (t: unknown[]): MeetingFact => ({
  id: t[0] as string,
  planId: t[2] as string | null,
  heldOn: t[3] as string,
  phase: t[4] as MeetingPhase,
  governmentParticipants: t[5] as number,
  nonGovernmentParticipants: t[6] as number,
});

const toAssessment = (t: unknown[]): AssessmentFact => ({
  id: t[1] as string,
  kind: t[2] as AssessmentKind,
  planId: t[0] as string,
  commitmentId: t[3] as string | null,
  dueOn: t[4] as string | null,
  submittedOn: t[5] as string | null,
});

const toModification = (t: unknown[], commitmentId: string): ModificationFact => ({
  id: t[1] as string,
  commitmentId,
  proposedOn: t[2] as string,
  decision: t[3] as ModificationDecision,
});

function toDecision(t: unknown[]): DecisionFact {
  const [, id, kind, startsOn, endsOn, status, reason, decidedOn] = t as [
    string,
    string,
    DecisionKind,
    string,
    string | null,
    MemberStatus | null,
    string,
    string,
  ];
  const base = { id, reason, decidedOn };
  switch (kind) {
    case "voluntary_inactivity":
      return { ...base, kind, startsOn, endsOn };
    case "first_plan_extension":
      // The schema requires ends_on for extensions (CHECK status_decisions_extension_shape).
      return { ...base, kind, newDueOn: endsOn! };
    case "status_override":
      return { ...base, kind, startsOn, status: status! };
    case "revocation_confirmed":
      return { ...base, kind, effectiveOn: startsOn };
  }
}
