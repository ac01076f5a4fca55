import {
  type Day,
  firstDayOfQuarter,
  lastDayOfQuarter,
  parseIsoDate,
  type QuarterIndex,
  quarterOf,
} from "../time/civil.js";
import { type ZoneCalendar, zoneCalendar } from "../time/zone.js";
import type { AssessmentKind, MeetingPhase, MemberStatus } from "../vocabularies.js";
import type { MemberFacts, MilestoneFact, MilestoneStatusChange } from "./facts.js";

/**
 * The member's facts with every date parsed to a day number and every derived index the rules
 * share (progress per update, activity per quarter) computed once. Internal to
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
  readonly milestones: readonly MilestoneFact[];
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
export function isForwardMove(change: MilestoneStatusChange): boolean {
  switch (change.from) {
    case "not_started":
      return change.to === "in_progress" || change.to === "complete";
    case "in_progress":
      return change.to === "complete";
    case "blocked":
      return change.to === "complete" || change.to === "in_progress";
    default:
      return false;
  }
}

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
  // One lookup per update: whether the member owns the commitment, and its last reported completion.
  const progressOf = new Map<string, { readonly owned: boolean; completion: number }>();
  for (const commitment of commitments)
    progressOf.set(commitment.id, { owned: commitment.owned, completion: 0 });
  const quarterActivity = new Map<QuarterIndex, QuarterActivity>();
  // Updates come in posting order, so quarters come in order too: each quarter's activity is
  // gathered in `activity` and stored once it ends. Quarters are bucketed by comparing instants
  // with the quarter's first instant in the member's zone, computed once per quarter.
  let quarter = Number.NaN;
  let quarterEndMs = Number.NEGATIVE_INFINITY;
  let activity: QuarterActivity = "none";
  const updates: PreparedUpdate[] = sortedUpdates.map((update) => {
    let progress = false;
    for (const change of update.milestoneChanges) {
      if (isForwardMove(change)) progress = true;
    }
    const commitment = progressOf.get(update.commitmentId);
    if (update.completionPct !== null && commitment !== undefined) {
      if (update.completionPct > commitment.completion) progress = true;
      commitment.completion = update.completionPct;
    }
    if (update.noProgress) progress = false;
    if (update.postedAt >= quarterEndMs) {
      if (activity !== "none") quarterActivity.set(quarter, activity);
      activity = "none";
      quarter = quarterOf(calendar.dayOf(update.postedAt));
      quarterEndMs = calendar.startOf(firstDayOfQuarter(quarter + 1));
    }
    const owned = commitment?.owned ?? false;
    if (owned && activity !== "progress") activity = progress ? "progress" : "stalled";
    return {
      commitmentId: update.commitmentId,
      postedAt: update.postedAt,
      quarter,
      owned,
      progress,
      milestoneChanges: update.milestoneChanges,
    };
  });
  if (activity !== "none") quarterActivity.set(quarter, activity);
  // INACT-3 interpretation: completing a commitment is progress of its quarter.
  for (const commitment of commitments) {
    if (!commitment.owned || commitment.completedOn === null) continue;
    quarterActivity.set(quarterOf(commitment.completedOn), "progress");
  }

  const meetings: PreparedMeeting[] = facts.meetings.map((meeting) => {
    return {
      planId: meeting.planId,
      day: dayOf(slug, meeting.heldOn, meeting.id, "heldOn"),
      phase: meeting.phase,
      multiStakeholder: meeting.governmentParticipants >= 1 && meeting.nonGovernmentParticipants >= 1,
    };
  });

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
    milestones: facts.milestones,
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

/**
 * REACT-1 (§4.1): the first day on or after `from` on which the member begins co-creation (a
 * co-creation meeting, a plan draft recorded, or a plan submitted, co-creation's outcome) or
 * records progress on its own commitments (an update showing progress, a completed commitment).
 * Searched only when a member becomes inactive, so active members pay nothing for it.
 */
export function firstReactivationDay(facts: PreparedFacts, from: Day): Day | null {
  let first = Number.POSITIVE_INFINITY;
  const consider = (day: Day | null) => {
    if (day !== null && day >= from && day < first) first = day;
  };
  for (const meeting of facts.meetings) if (meeting.phase === "co_creation") consider(meeting.day);
  for (const plan of facts.plans) {
    consider(plan.recordedOn);
    consider(plan.submittedOn);
  }
  for (const commitment of facts.commitments) if (commitment.owned) consider(commitment.completedOn);
  const fromMs = facts.calendar.startOf(from);
  for (const update of facts.updates) {
    if (update.postedAt >= fromMs && update.owned && update.progress) {
      consider(facts.calendar.dayOf(update.postedAt));
      break; // updates are in posting order
    }
  }
  return first === Number.POSITIVE_INFINITY ? null : first;
}
