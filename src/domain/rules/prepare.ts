import {
  type Day,
  firstDayOfQuarter,
  lastDayOfQuarter,
  type MonthIndex,
  parseIsoDate,
  parseIsoMonth,
  type QuarterIndex,
  quarterOf,
} from "../time/civil.js";
import { type ZoneCalendar, zoneCalendar } from "../time/zone.js";
import type { AssessmentKind, MeetingPhase, MemberStatus, MilestoneStatus } from "../vocabularies.js";
import type { MemberFacts, MilestoneStatusChange } from "./facts.js";

/**
 * The member's facts with every date parsed to a day number and every derived index the rules
 * share (progress per update, activity per quarter, reactivation days) computed once. Internal to
 * the engine: `evaluateMember` and `statusTimeline` build it, the status machine and the deadline
 * rules read it.
 */
export interface PreparedFacts {
  readonly memberId: string;
  readonly calendar: ZoneCalendar;
  readonly joinedOn: Day;
  readonly firstPlanDue: Day | null;
  /** Sorted by period start. */
  readonly plans: readonly PreparedPlan[];
  /** The earliest submission of any plan (INACT-1). */
  readonly firstSubmission: Day | null;
  readonly commitments: readonly PreparedCommitment[];
  readonly commitmentsById: ReadonlyMap<string, PreparedCommitment>;
  readonly milestones: readonly PreparedMilestone[];
  /** Sorted by `postedAt`. */
  readonly updates: readonly PreparedUpdate[];
  readonly meetings: readonly PreparedMeeting[];
  readonly endorsements: readonly PreparedEndorsement[];
  readonly assessments: readonly PreparedAssessment[];
  /** Sorted by decision day: the latest one decided by a day sets the first-plan deadline. */
  readonly extensions: readonly PreparedExtension[];
  readonly voluntaryDecisions: readonly PreparedVoluntaryDecision[];
  /** Stretches during which the member was (or was later declared) voluntarily inactive. */
  readonly voluntaryPeriods: readonly VoluntaryPeriod[];
  readonly overrides: readonly PreparedOverride[];
  readonly revocations: readonly PreparedRevocation[];
  /** Quarters wholly inside a submitted plan's implementation. */
  readonly implementedQuarters: ReadonlySet<QuarterIndex>;
  /** What the member's own commitments show in each quarter; absent means no update at all. */
  readonly quarterActivity: ReadonlyMap<QuarterIndex, QuarterActivity>;
  /** REACT-1: sorted days of co-creation meetings, plan drafts and submissions, and recorded progress. */
  readonly reactivationDays: ArrayLike<Day>;
}

/** INACT-3/INACT-4 classification of a quarter. */
export type QuarterActivity = "none" | "stalled" | "progress";

export interface PreparedPlan {
  readonly id: string;
  readonly recordedOn: Day;
  readonly periodStart: Day;
  readonly periodEnd: Day;
  readonly submittedOn: Day | null;
  /** The plan is in implementation from here to its period end: submitted and its period begun. */
  readonly implementationStart: Day | null;
  readonly participationSpaceOn: Day | null;
}

export interface PreparedCommitment {
  readonly id: string;
  readonly code: string;
  readonly planId: string;
  readonly startDate: Day;
  readonly endDate: Day;
  readonly submittedOn: Day | null;
  readonly completedOn: Day | null;
  /** -Infinity for a withdrawn commitment whose withdrawal date is unknown. */
  readonly withdrawnOn: Day | null;
  readonly owned: boolean;
}

export interface PreparedMilestone {
  readonly id: string;
  readonly commitmentId: string;
  readonly endMonth: MonthIndex;
  /** The recorded (current) status; past statuses come from the updates' changes. */
  readonly status: MilestoneStatus;
}

export interface PreparedUpdate {
  readonly commitmentId: string;
  readonly postedAt: number;
  /** The calendar quarter of the posting day in the member's zone. */
  readonly quarter: QuarterIndex;
  readonly owned: boolean;
  /** INACT-3 interpretation: the update moves a milestone forward or raises the completion. */
  readonly progress: boolean;
  readonly milestoneChanges: readonly MilestoneStatusChange[];
}

export interface PreparedMeeting {
  readonly planId: string | null;
  readonly day: Day;
  readonly phase: MeetingPhase;
  /** ≥1 government and ≥1 non-government participant (§3.3.1). */
  readonly multiStakeholder: boolean;
}

export interface PreparedEndorsement {
  readonly planId: string;
  readonly nonGovernment: boolean;
  readonly endorsedOn: Day;
  readonly withdrawnOn: Day | null;
}

export interface PreparedAssessment {
  readonly id: string;
  readonly kind: AssessmentKind;
  readonly planId: string;
  readonly commitmentId: string | null;
  readonly dueOn: Day | null;
  readonly submittedOn: Day | null;
}

export interface PreparedExtension {
  readonly id: string;
  readonly decidedOn: Day;
  readonly newDueOn: Day;
}

export interface PreparedVoluntaryDecision {
  readonly id: string;
  readonly startsOn: Day;
  readonly decidedOn: Day;
  /** A decision acts from the later of its start and the day it was taken. */
  readonly effectiveFrom: Day;
  readonly endsOn: Day | null;
  readonly reason: string;
}

export interface VoluntaryPeriod {
  readonly start: Day;
  /** Inclusive; null while open-ended. */
  readonly end: Day | null;
  /** The day the Support Unit decided it: quarters are judged with what was known then. */
  readonly knownOn: Day;
}

export interface PreparedOverride {
  readonly id: string;
  readonly effectiveOn: Day;
  readonly status: MemberStatus;
  readonly reason: string;
}

export interface PreparedRevocation {
  readonly id: string;
  readonly effectiveOn: Day;
  readonly reason: string;
}

/** INACT-3 interpretation: the milestone moves that count as progress. */
const FORWARD_MOVES: Readonly<Record<MilestoneStatus, readonly MilestoneStatus[]>> = {
  not_started: ["in_progress", "complete"],
  in_progress: ["complete"],
  blocked: ["complete", "in_progress"],
  complete: [],
  incomplete: [],
};

export function isForwardMove(change: MilestoneStatusChange): boolean {
  return FORWARD_MOVES[change.from].includes(change.to);
}

/** Orders activities so a quarter keeps the best it showed. */
export const ACTIVITY_RANK: Readonly<Record<QuarterActivity, number>> = { none: 0, stalled: 1, progress: 2 };

/*
 * Helpers are module-level functions, not closures inside `prepareFacts`: tsx compiles with
 * keepNames, which wraps each named closure in a defineProperty call, and this runs per member.
 */

/** Facts come from validated rows, so a bad date is corruption worth stopping on. */
function dayOf(slug: string, text: string, owner: string, field: string): Day {
  const parsed = parseIsoDate(text);
  if (parsed === null) {
    throw new RangeError(`member ${slug}: ${owner} ${field} is not an ISO date: ${JSON.stringify(text)}`);
  }
  return parsed;
}

function optionalDayOf(slug: string, text: string | null, owner: string, field: string): Day | null {
  return text === null ? null : dayOf(slug, text, owner, field);
}

function noteActivity(
  activities: Map<QuarterIndex, QuarterActivity>,
  quarter: QuarterIndex,
  activity: QuarterActivity,
): void {
  const known = activities.get(quarter);
  if (known === undefined || ACTIVITY_RANK[activity] > ACTIVITY_RANK[known]) {
    activities.set(quarter, activity);
  }
}

export function prepareFacts(facts: MemberFacts): PreparedFacts {
  const { member } = facts;
  const slug = member.slug;
  const calendar = zoneCalendar(member.timeZone);

  const plans: PreparedPlan[] = facts.plans
    .map((plan) => {
      const periodStart = dayOf(slug, plan.periodStart, plan.id, "periodStart");
      const submittedOn = optionalDayOf(slug, plan.submittedOn, plan.id, "submittedOn");
      return {
        id: plan.id,
        recordedOn: dayOf(slug, plan.recordedOn, plan.id, "recordedOn"),
        periodStart,
        periodEnd: dayOf(slug, plan.periodEnd, plan.id, "periodEnd"),
        submittedOn,
        implementationStart: submittedOn === null ? null : Math.max(submittedOn, periodStart),
        participationSpaceOn: optionalDayOf(slug, plan.participationSpaceOn, plan.id, "participationSpaceOn"),
      };
    })
    .sort((a, b) => a.periodStart - b.periodStart);

  let firstSubmission: Day | null = null;
  const implementedQuarters = new Set<QuarterIndex>();
  for (const plan of plans) {
    if (plan.submittedOn === null || plan.implementationStart === null) continue;
    if (firstSubmission === null || plan.submittedOn < firstSubmission) firstSubmission = plan.submittedOn;
    let first = quarterOf(plan.implementationStart);
    if (firstDayOfQuarter(first) < plan.implementationStart) first++;
    let last = quarterOf(plan.periodEnd);
    if (lastDayOfQuarter(last) > plan.periodEnd) last--;
    for (let quarter = first; quarter <= last; quarter++) implementedQuarters.add(quarter);
  }

  const commitments: PreparedCommitment[] = [];
  const commitmentsById = new Map<string, PreparedCommitment>();
  for (const commitment of facts.commitments) {
    const submittedOn = optionalDayOf(slug, commitment.submittedOn, commitment.code, "submittedOn");
    const withdrawnOn =
      commitment.withdrawnOn !== null
        ? dayOf(slug, commitment.withdrawnOn, commitment.code, "withdrawnOn")
        : commitment.status === "withdrawn"
          ? Number.NEGATIVE_INFINITY
          : null;
    const prepared: PreparedCommitment = {
      id: commitment.id,
      code: commitment.code,
      planId: commitment.planId,
      startDate: dayOf(slug, commitment.startDate, commitment.code, "startDate"),
      endDate: dayOf(slug, commitment.endDate, commitment.code, "endDate"),
      submittedOn,
      completedOn: optionalDayOf(slug, commitment.completedOn, commitment.code, "completedOn"),
      withdrawnOn,
      owned: commitment.ownedByMember,
    };
    commitments.push(prepared);
    commitmentsById.set(prepared.id, prepared);
  }

  // Updates in posting order: "raises the completion" compares with the previous report.
  let sortedUpdates = facts.updates;
  for (let i = 1; i < sortedUpdates.length; i++) {
    if (sortedUpdates[i - 1]!.postedAt > sortedUpdates[i]!.postedAt) {
      sortedUpdates = [...facts.updates].sort((a, b) => a.postedAt - b.postedAt);
      break;
    }
  }
  const lastCompletion = new Map<string, number>();
  const quarterActivity = new Map<QuarterIndex, QuarterActivity>();
  const reactivation: Day[] = [];
  // Quarters are bucketed by comparing instants with the quarter's first instant in the member's
  // zone, computed once per quarter: converting each update through the zone would cost more.
  let quarter = Number.NaN;
  let quarterEndMs = Number.NEGATIVE_INFINITY;
  const updates: PreparedUpdate[] = sortedUpdates.map((update) => {
    let progress = false;
    for (const change of update.milestoneChanges) {
      if (isForwardMove(change)) progress = true;
    }
    if (update.completionPct !== null) {
      if (update.completionPct > (lastCompletion.get(update.commitmentId) ?? 0)) progress = true;
      lastCompletion.set(update.commitmentId, update.completionPct);
    }
    if (update.noProgress) progress = false;
    if (update.postedAt >= quarterEndMs) {
      quarter = quarterOf(calendar.dayOf(update.postedAt));
      quarterEndMs = calendar.startOf(firstDayOfQuarter(quarter + 1));
    }
    const owned = commitmentsById.get(update.commitmentId)?.owned ?? false;
    if (owned) {
      noteActivity(quarterActivity, quarter, progress ? "progress" : "stalled");
      if (progress) reactivation.push(calendar.dayOf(update.postedAt));
    }
    return {
      commitmentId: update.commitmentId,
      postedAt: update.postedAt,
      quarter,
      owned,
      progress,
      milestoneChanges: update.milestoneChanges,
    };
  });
  // INACT-3 interpretation: completing a commitment is progress of its quarter.
  for (const commitment of commitments) {
    if (!commitment.owned || commitment.completedOn === null) continue;
    noteActivity(quarterActivity, quarterOf(commitment.completedOn), "progress");
    reactivation.push(commitment.completedOn);
  }

  const milestones: PreparedMilestone[] = [];
  for (const milestone of facts.milestones) {
    const endMonth = parseIsoMonth(milestone.endMonth);
    if (endMonth === null) {
      throw new RangeError(`member ${slug}: milestone ${milestone.id} endMonth is not YYYY-MM`);
    }
    milestones.push({
      id: milestone.id,
      commitmentId: milestone.commitmentId,
      endMonth,
      status: milestone.status,
    });
  }

  const meetings: PreparedMeeting[] = facts.meetings.map((meeting) => {
    const heldOn = dayOf(slug, meeting.heldOn, meeting.id, "heldOn");
    if (meeting.phase === "co_creation") reactivation.push(heldOn);
    return {
      planId: meeting.planId,
      day: heldOn,
      phase: meeting.phase,
      multiStakeholder: meeting.governmentParticipants >= 1 && meeting.nonGovernmentParticipants >= 1,
    };
  });
  // REACT-1 "begins co-creation": a plan draft recorded, or a plan submitted (co-creation's outcome).
  for (const plan of plans) {
    reactivation.push(plan.recordedOn);
    if (plan.submittedOn !== null) reactivation.push(plan.submittedOn);
  }

  const endorsements: PreparedEndorsement[] = facts.endorsements.map((endorsement) => ({
    planId: endorsement.planId,
    nonGovernment: endorsement.nonGovernment,
    endorsedOn: calendar.dayOf(endorsement.endorsedAt),
    withdrawnOn: endorsement.withdrawnAt === null ? null : calendar.dayOf(endorsement.withdrawnAt),
  }));

  const assessments: PreparedAssessment[] = facts.assessments.map((assessment) => ({
    id: assessment.id,
    kind: assessment.kind,
    planId: assessment.planId,
    commitmentId: assessment.commitmentId,
    dueOn: optionalDayOf(slug, assessment.dueOn, assessment.id, "dueOn"),
    submittedOn: optionalDayOf(slug, assessment.submittedOn, assessment.id, "submittedOn"),
  }));

  const extensions: PreparedExtension[] = [];
  const voluntaryDecisions: PreparedVoluntaryDecision[] = [];
  const overrides: PreparedOverride[] = [];
  const revocations: PreparedRevocation[] = [];
  for (const decision of facts.decisions) {
    const decidedOn = dayOf(slug, decision.decidedOn, decision.id, "decidedOn");
    switch (decision.kind) {
      case "first_plan_extension":
        extensions.push({
          id: decision.id,
          decidedOn,
          newDueOn: dayOf(slug, decision.newDueOn, decision.id, "newDueOn"),
        });
        break;
      case "voluntary_inactivity": {
        const startsOn = dayOf(slug, decision.startsOn, decision.id, "startsOn");
        voluntaryDecisions.push({
          id: decision.id,
          startsOn,
          decidedOn,
          effectiveFrom: Math.max(startsOn, decidedOn),
          endsOn: optionalDayOf(slug, decision.endsOn, decision.id, "endsOn"),
          reason: decision.reason,
        });
        break;
      }
      case "status_override":
        overrides.push({
          id: decision.id,
          effectiveOn: Math.max(dayOf(slug, decision.startsOn, decision.id, "startsOn"), decidedOn),
          status: decision.status,
          reason: decision.reason,
        });
        break;
      case "revocation_confirmed":
        revocations.push({
          id: decision.id,
          effectiveOn: Math.max(dayOf(slug, decision.effectiveOn, decision.id, "effectiveOn"), decidedOn),
          reason: decision.reason,
        });
        break;
    }
  }
  extensions.sort((a, b) => a.decidedOn - b.decidedOn);
  overrides.sort((a, b) => a.effectiveOn - b.effectiveOn);

  return {
    memberId: member.id,
    calendar,
    joinedOn: dayOf(slug, member.joinedOn, "member", "joinedOn"),
    firstPlanDue: optionalDayOf(slug, member.firstPlanDue, "member", "firstPlanDue"),
    plans,
    firstSubmission,
    commitments,
    commitmentsById,
    milestones,
    updates,
    meetings,
    endorsements,
    assessments,
    extensions,
    voluntaryDecisions,
    voluntaryPeriods: voluntaryPeriodsOf(voluntaryDecisions, overrides),
    overrides,
    revocations,
    implementedQuarters,
    quarterActivity,
    // Duplicates are harmless to the binary search; a typed array sorts numerically without a comparator.
    reactivationDays: new Int32Array(reactivation).sort(),
  };
}

/**
 * VOL-1 periods as the quarter rules see them: a grant covers its own dates even when decided
 * later (a retroactive grant exempts the quarters it covers), an override to `voluntarily_inactive`
 * lasts until the next override, and any override ends a grant in effect.
 */
function voluntaryPeriodsOf(
  decisions: readonly PreparedVoluntaryDecision[],
  overrides: readonly PreparedOverride[],
): VoluntaryPeriod[] {
  const periods: VoluntaryPeriod[] = [];
  for (const decision of decisions) {
    const cutBy = overrides.find((override) => override.effectiveOn >= decision.effectiveFrom)?.effectiveOn;
    const end =
      cutBy !== undefined && (decision.endsOn === null || cutBy <= decision.endsOn)
        ? cutBy - 1
        : decision.endsOn;
    periods.push({ start: decision.startsOn, end, knownOn: decision.decidedOn });
  }
  overrides.forEach((override, index) => {
    if (override.status !== "voluntarily_inactive") return;
    const next = overrides[index + 1];
    periods.push({
      start: override.effectiveOn,
      end: next === undefined ? null : next.effectiveOn - 1,
      knownOn: override.effectiveOn,
    });
  });
  return periods;
}

/**
 * Spec §5: a quarter is monitored when a plan is in implementation for the whole quarter and the
 * member is not voluntarily inactive at any time in it, as known on `knownOn`.
 */
export function isMonitoredQuarter(facts: PreparedFacts, quarter: QuarterIndex, knownOn: Day): boolean {
  if (!facts.implementedQuarters.has(quarter)) return false;
  const first = firstDayOfQuarter(quarter);
  const last = lastDayOfQuarter(quarter);
  for (const period of facts.voluntaryPeriods) {
    if (period.knownOn <= knownOn && period.start <= last && (period.end === null || period.end >= first)) {
      return false;
    }
  }
  return true;
}

export function activityOf(facts: PreparedFacts, quarter: QuarterIndex): QuarterActivity {
  return facts.quarterActivity.get(quarter) ?? "none";
}

/** A meeting counts for a plan when linked to it, or, unlinked, when held during the plan's life. */
export function meetingCountsFor(meeting: PreparedMeeting, plan: PreparedPlan): boolean {
  return meeting.planId === null
    ? meeting.day >= plan.recordedOn && meeting.day <= plan.periodEnd
    : meeting.planId === plan.id;
}

/** First element ≥ `from` of an ascending array, or null. */
export function firstAtOrAfter(sorted: ArrayLike<Day>, from: Day): Day | null {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length ? sorted[low]! : null;
}
