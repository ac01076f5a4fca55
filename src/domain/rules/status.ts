import type { MessageParams } from "../message-params.js";
import {
  addMonths,
  type Day,
  firstDayOfQuarter,
  lastDayOfMonthsAfter,
  type QuarterIndex,
  quarterLabel,
  toIsoDate,
} from "../time/civil.js";
import type { MemberStatus } from "../vocabularies.js";
import type { StatusRuleId, Subject } from "./catalog.js";
import type { RulesConfig } from "./config.js";
import {
  activityOf,
  firstReactivationDay,
  isMonitoredQuarter,
  meetingCountsFor,
  type PreparedExtension,
  type PreparedFacts,
  type PreparedOverride,
  type PreparedPlan,
  type PreparedRevocation,
  type PreparedVoluntaryDecision,
  type QuarterActivity,
} from "./prepare.js";

/** What moved (or keeps) the member in a status: a rule, its subject and the message explaining it. */
export interface Cause {
  readonly ruleId: StatusRuleId;
  readonly subject: Subject;
  readonly messageKey: string;
  readonly params: MessageParams;
}

/** PROB-2's minimum requirements (§3.3.1): Forum, Regularity (co-creation, implementation), Multi-stakeholder, Endorsement. */
export type Requirement =
  | "forum"
  | "co_creation_meeting"
  | "multi_stakeholder"
  | "endorsement"
  | "implementation_meetings";

/** The requirements judged at submission, with the reason each gives when unmet. */
const SUBMISSION_REQUIREMENTS: readonly (readonly [Requirement, string])[] = [
  ["forum", "rules.reason.prob2.forum"],
  ["co_creation_meeting", "rules.reason.prob2.co_creation_meeting"],
  ["multi_stakeholder", "rules.reason.prob2.multi_stakeholder"],
  ["endorsement", "rules.reason.prob2.endorsement"],
];

/** Why the member is on probation: a failed PROB-2 requirement of a plan, PROB-1 or an override. */
export interface ProbationCause extends Cause {
  /** The unmet requirement PROB-3 re-checks; null when only REACT-1 (PROB-1) or a decision lifts it. */
  readonly unmet: { readonly requirement: Requirement; readonly plan: PreparedPlan } | null;
}

export interface Inactivity {
  readonly since: Day;
  /** PROB-1 counts consecutive months of non-voluntary inactivity from here (reset when VOL-1 ends). */
  clockStart: Day;
  readonly cause: Cause;
  /** REACT-1: the first day co-creation begins or progress is recorded, if any is on record. */
  readonly reactivationDay: Day | null;
}

export interface Probation {
  readonly since: Day;
  /** REVOKE-1 counts the months to rectify from here (reset when VOL-1 ends). */
  clockStart: Day;
  /** Unmet requirements, in the order they failed. */
  readonly causes: Map<string, ProbationCause>;
  /** The day revocation fell due (REVOKE-1), awaiting the Support Unit's confirmation. */
  revocationDueOn: Day | null;
}

export interface Voluntary {
  /** The decision whose end is awaited (null: an override, which lasts until the next one). */
  readonly decisionId: string | null;
  readonly until: Day | null;
  readonly cause: Cause;
}

export interface Transition {
  readonly day: Day;
  readonly status: MemberStatus;
  /** Null for the initial state (the member joined). */
  readonly cause: Cause | null;
}

/**
 * Within one day, events apply in this order: voluntary inactivity that ended the day before lifts
 * first; then rule breaches (deadlines passed, quarters judged); then remedies (REACT-1, PROB-3,
 * extensions), so progress recorded on the day a breach takes effect reactivates the same day; then
 * new voluntary inactivity; and the Support Unit's decisions last, so they have the final word.
 */
const Phase = { resume: 0, breach: 1, remedy: 2, suspend: 3, decide: 4 } as const;
type Phase = (typeof Phase)[keyof typeof Phase];
const PHASES: readonly Phase[] = [Phase.resume, Phase.breach, Phase.remedy, Phase.suspend, Phase.decide];

interface StatusEvent {
  readonly day: Day;
  readonly phase: Phase;
  readonly apply: (machine: StatusMachine, day: Day) => void;
}

const PROB1_KEY = "PROB-1";
const OVERRIDE_KEY = "OVERRIDE";

/**
 * Spec §5 as an event-driven state machine over the member's civil days. State at a day depends only
 * on facts dated on or before it, so stopping at any day gives that day's status: `evaluateMember`
 * and `statusTimeline` run the same machine and cannot disagree.
 */
export class StatusMachine {
  inactivity: Inactivity | null = null;
  probation: Probation | null = null;
  revoked: Cause | null = null;
  voluntary: Voluntary | null = null;
  status: MemberStatus = "active";
  since: Day;
  /** Why the member has `status`; null while the member has been active since joining. */
  statusCause: Cause | null = null;
  readonly transitions: Transition[] = [];
  /** The most recent state change: what a transition back to `active` is attributed to. */
  private lastCause: Cause | null = null;
  private readonly memberSubject: Subject;

  constructor(
    readonly facts: PreparedFacts,
    readonly config: RulesConfig,
  ) {
    this.since = facts.joinedOn;
    this.memberSubject = { kind: "member", id: facts.memberId };
    this.transitions.push({ day: facts.joinedOn, status: "active", cause: null });
  }

  /** Runs every event up to and including `until`. */
  run(until: Day): this {
    const events = buildEvents(this.facts, this.config);
    let next = 0;
    for (;;) {
      const staticDay = next < events.length ? events[next]!.day : Number.POSITIVE_INFINITY;
      const day = Math.min(staticDay, this.nextScheduledDay());
      if (day > until) break;
      for (const phase of PHASES) {
        for (let event = events[next]; event?.day === day && event.phase === phase; event = events[++next]) {
          if (this.revoked === null || phase === Phase.decide) event.apply(this, day);
        }
        this.runScheduled(day, phase);
      }
      this.settle(day);
    }
    return this;
  }

  /** PROB-1 date of the open inactivity, unless suspended by voluntary inactivity or already reached. */
  probationDueOn(): Day | null {
    if (this.inactivity === null || this.voluntary !== null || this.probation?.causes.has(PROB1_KEY)) {
      return null;
    }
    return addMonths(this.inactivity.clockStart, this.config.status.inactiveMonthsBeforeProbation);
  }

  /** REVOKE-1 date of the current probation, unless suspended by voluntary inactivity. */
  revocationDay(): Day | null {
    if (this.probation === null || this.voluntary !== null) return null;
    return (
      this.probation.revocationDueOn ??
      addMonths(this.probation.clockStart, this.config.status.probationMonthsToRectify)
    );
  }

  private nextScheduledDay(): Day {
    if (this.revoked !== null) return Number.POSITIVE_INFINITY;
    let next = this.inactivity?.reactivationDay ?? Number.POSITIVE_INFINITY;
    next = Math.min(next, this.probationDueOn() ?? Number.POSITIVE_INFINITY);
    if (this.probation?.revocationDueOn === null) {
      next = Math.min(next, this.revocationDay() ?? Number.POSITIVE_INFINITY);
    }
    return next;
  }

  /** Time-driven rules: PROB-1 and REVOKE-1 fire when their clock runs out, REACT-1 on its day. */
  private runScheduled(day: Day, phase: Phase): void {
    if (this.revoked !== null) return;
    if (phase === Phase.breach) {
      const probationDue = this.probationDueOn();
      if (probationDue !== null && probationDue <= day && this.inactivity !== null) {
        // PROB-1 (§4.2): 6 consecutive months inactive, not voluntarily.
        this.addProbationCause(day, PROB1_KEY, {
          ruleId: "PROB-1",
          subject: this.memberSubject,
          messageKey: "rules.reason.prob1",
          params: {
            inactiveSince: toIsoDate(this.inactivity.since),
            months: this.config.status.inactiveMonthsBeforeProbation,
          },
          unmet: null,
        });
      }
      const revocationDay = this.revocationDay();
      if (this.probation?.revocationDueOn === null && revocationDay !== null && revocationDay <= day) {
        // REVOKE-1 (§4.2): still on probation when the months to rectify run out. The status stays
        // `probation` until the Support Unit confirms (a `revocation_confirmed` decision).
        this.probation.revocationDueOn = revocationDay;
      }
    }
    const reactivation = this.inactivity?.reactivationDay;
    if (
      phase === Phase.remedy &&
      reactivation !== undefined &&
      reactivation !== null &&
      reactivation <= day
    ) {
      // REACT-1 (§4.1) — and PROB-3 for a probation that PROB-1 caused.
      this.closeInactivity({
        ruleId: "REACT-1",
        subject: this.memberSubject,
        messageKey: "rules.transition.react1",
        params: { on: toIsoDate(day) },
      });
    }
  }

  private settle(day: Day): void {
    const status: MemberStatus =
      this.revoked !== null
        ? "revoked"
        : this.voluntary !== null
          ? "voluntarily_inactive"
          : this.probation !== null
            ? "probation"
            : this.inactivity !== null
              ? "inactive"
              : "active";
    if (status === this.status) return;
    const cause =
      status === "revoked"
        ? this.revoked
        : status === "voluntarily_inactive"
          ? this.voluntary!.cause
          : status === "probation"
            ? this.probation!.causes.values().next().value!
            : status === "inactive"
              ? this.inactivity!.cause
              : this.lastCause;
    this.status = status;
    this.since = day;
    this.statusCause = cause;
    this.transitions.push({ day, status, cause });
  }

  private openInactivity(day: Day, cause: Cause, reactivationFrom: Day): void {
    if (this.inactivity !== null) return;
    this.inactivity = {
      since: day,
      clockStart: day,
      cause,
      reactivationDay: firstReactivationDay(this.facts, reactivationFrom),
    };
    this.lastCause = cause;
  }

  private closeInactivity(cause: Cause): void {
    this.inactivity = null;
    this.lastCause = cause;
    if (this.probation?.causes.delete(PROB1_KEY) && this.probation.causes.size === 0) this.probation = null;
  }

  private addProbationCause(day: Day, key: string, cause: ProbationCause): void {
    if (this.probation === null) {
      this.probation = { since: day, clockStart: day, causes: new Map(), revocationDueOn: null };
    }
    if (!this.probation.causes.has(key)) this.probation.causes.set(key, cause);
    this.lastCause = cause;
  }

  /** INACT-1 (§4.1.1): the first plan was not submitted by the deadline in force on `day`. */
  checkFirstPlanDeadline(deadline: Day, day: Day): void {
    if (firstPlanDeadlineOn(this.facts, day) !== deadline) return;
    if (this.facts.firstSubmission !== null && this.facts.firstSubmission <= deadline) return;
    this.openInactivity(
      day,
      {
        ruleId: "INACT-1",
        subject: this.memberSubject,
        messageKey: "rules.reason.inact1",
        params: { dueOn: toIsoDate(deadline) },
      },
      day,
    );
  }

  /** INACT-1: an extension granted after the deadline passed lifts the inactivity it caused. */
  applyExtension(extension: PreparedExtension, day: Day): void {
    if (this.inactivity?.cause.ruleId !== "INACT-1" || extension.newDueOn < day) return;
    this.closeInactivity({
      ruleId: "INACT-1",
      subject: this.memberSubject,
      messageKey: "rules.transition.extension",
      params: { dueOn: toIsoDate(extension.newDueOn) },
    });
  }

  /** INACT-2 (§4.1.2): no newer plan submitted within the months after `plan` ended. */
  checkNextPlan(plan: PreparedPlan, deadline: Day, day: Day): void {
    const renewed = this.facts.plans.some(
      (other) =>
        other.periodStart > plan.periodStart && other.submittedOn !== null && other.submittedOn <= deadline,
    );
    if (renewed) return;
    this.openInactivity(
      day,
      {
        ruleId: "INACT-2",
        subject: { kind: "plan", id: plan.id },
        messageKey: "rules.reason.inact2",
        params: {
          planEnd: toIsoDate(plan.periodEnd),
          dueOn: toIsoDate(deadline),
          months: this.config.status.nextPlanWithinMonths,
        },
      },
      day,
    );
  }

  /** INACT-4 (§4.1.4) then INACT-3 (§4.1.3), judged the day after `quarter` ends. */
  checkQuarters(quarter: QuarterIndex, day: Day): void {
    const { quartersWithoutUpdate, quartersWithoutProgress } = this.config.status;
    let ruleId: StatusRuleId;
    let count: number;
    if (this.quartersAll(quarter, quartersWithoutUpdate, "none", day)) {
      ruleId = "INACT-4";
      count = quartersWithoutUpdate;
    } else if (this.quartersAll(quarter, quartersWithoutProgress, "stalled", day)) {
      ruleId = "INACT-3";
      count = quartersWithoutProgress;
    } else {
      return;
    }
    this.openInactivity(
      day,
      {
        ruleId,
        subject: this.memberSubject,
        messageKey: ruleId === "INACT-4" ? "rules.reason.inact4" : "rules.reason.inact3",
        params: { from: quarterLabel(quarter - count + 1), to: quarterLabel(quarter) },
      },
      day,
    );
  }

  /** The `count` quarters ending with `last` are all monitored and all show `activity`. */
  private quartersAll(last: QuarterIndex, count: number, activity: QuarterActivity, knownOn: Day): boolean {
    if (count < 1) return false;
    for (let quarter = last - count + 1; quarter <= last; quarter++) {
      if (!isMonitoredQuarter(this.facts, quarter, knownOn) || activityOf(this.facts, quarter) !== activity) {
        return false;
      }
    }
    return true;
  }

  /** PROB-2 (§4.2, §3.3.1): Forum, co-creation meeting, multi-stakeholder and endorsement at submission. */
  checkSubmissionRequirements(plan: PreparedPlan, day: Day): void {
    for (const [requirement, messageKey] of SUBMISSION_REQUIREMENTS) {
      if (isRequirementMet(this.facts, this.config, requirement, plan, day)) continue;
      this.addProbationCause(day, `PROB-2:${plan.id}:${requirement}`, {
        ruleId: "PROB-2",
        subject: { kind: "plan", id: plan.id },
        messageKey,
        params: { submittedOn: toIsoDate(day) },
        unmet: { requirement, plan },
      });
    }
  }

  /** PROB-2 Regularity: enough implementation meetings in the 12-month period `first … last`. */
  checkMeetingRegularity(plan: PreparedPlan, first: Day, last: Day, day: Day): void {
    const required = this.config.status.minImplementationMeetingsPerPeriod;
    const held = implementationMeetingsBetween(this.facts, plan, first, last);
    if (held >= required) return;
    this.addProbationCause(day, `PROB-2:${plan.id}:implementation_meetings:${first}`, {
      ruleId: "PROB-2",
      subject: { kind: "plan", id: plan.id },
      messageKey: "rules.reason.prob2.implementation_meetings",
      params: { from: toIsoDate(first), to: toIsoDate(last), held, required },
      unmet: { requirement: "implementation_meetings", plan },
    });
  }

  /** PROB-3 (§4.2): back to active as soon as every unmet requirement is met. */
  recheckRequirements(day: Day): void {
    if (this.probation === null) return;
    for (const [key, { unmet }] of this.probation.causes) {
      if (unmet !== null && isRequirementMet(this.facts, this.config, unmet.requirement, unmet.plan, day)) {
        this.probation.causes.delete(key);
      }
    }
    if (this.probation.causes.size > 0) return;
    this.probation = null;
    this.lastCause = {
      ruleId: "PROB-3",
      subject: this.memberSubject,
      messageKey: "rules.transition.prob3",
      params: { on: toIsoDate(day) },
    };
  }

  /** VOL-1 (§4.1): granted voluntary inactivity begins; INACT-3/4, PROB-1 and REVOKE-1 stop running. */
  startVoluntary(decision: PreparedVoluntaryDecision): void {
    const current = this.voluntary;
    if (
      current !== null &&
      (current.until === null || (decision.endsOn !== null && current.until >= decision.endsOn))
    ) {
      return;
    }
    const cause: Cause = {
      ruleId: "VOL-1",
      subject: this.memberSubject,
      messageKey: decision.endsOn === null ? "rules.reason.vol1.open" : "rules.reason.vol1",
      params: {
        from: toIsoDate(decision.effectiveFrom),
        until: decision.endsOn === null ? "" : toIsoDate(decision.endsOn),
        reason: decision.reason,
      },
    };
    this.voluntary = { decisionId: decision.id, until: decision.endsOn, cause };
    this.lastCause = cause;
  }

  /** VOL-1 ends: the member resumes its underlying status; "consecutive months" clocks restart. */
  endVoluntary(decision: PreparedVoluntaryDecision, day: Day): void {
    if (this.voluntary?.decisionId !== decision.id) return;
    this.voluntary = null;
    if (this.inactivity !== null) this.inactivity.clockStart = day;
    if (this.probation !== null && this.probation.revocationDueOn === null) this.probation.clockStart = day;
    this.lastCause = {
      ruleId: "VOL-1",
      subject: this.memberSubject,
      messageKey: "rules.transition.vol1_ended",
      params: { on: toIsoDate(day) },
    };
  }

  /** §4.2: the Support Unit sets the status; the rules run on from that state. */
  override(decision: PreparedOverride, day: Day): void {
    const cause: Cause = {
      ruleId: "OVERRIDE",
      subject: this.memberSubject,
      messageKey: "rules.reason.override",
      params: { status: decision.status, effectiveOn: toIsoDate(day), reason: decision.reason },
    };
    this.lastCause = cause;
    if (decision.status === "voluntarily_inactive") {
      this.voluntary = { decisionId: null, until: null, cause };
      return;
    }
    if (decision.status === "revoked") {
      this.revoked = cause;
      return;
    }
    this.revoked = null;
    this.voluntary = null;
    this.inactivity = null;
    this.probation = null;
    if (decision.status === "inactive") this.openInactivity(day, cause, day + 1);
    if (decision.status === "probation") this.addProbationCause(day, OVERRIDE_KEY, { ...cause, unmet: null });
  }

  /** REVOKE-1: the Support Unit confirmed the revocation. */
  confirmRevocation(decision: PreparedRevocation, day: Day): void {
    this.revoked = {
      ruleId: "REVOKE-1",
      subject: this.memberSubject,
      messageKey: "rules.reason.revoked",
      params: { effectiveOn: toIsoDate(day), reason: decision.reason },
    };
    this.lastCause = this.revoked;
  }
}

/** The first-plan deadline in force on `day`: the latest extension decided by then, else the original. */
export function firstPlanDeadlineOn(facts: PreparedFacts, day: Day): Day | null {
  let deadline = facts.firstPlanDue;
  for (const extension of facts.extensions) {
    if (extension.decidedOn > day) break;
    deadline = extension.newDueOn;
  }
  return deadline;
}

/** INACT-2 / DUE-PLAN-NEXT: the last day to submit the plan that follows `plan`. */
export function nextPlanDeadline(plan: PreparedPlan, config: RulesConfig): Day {
  return lastDayOfMonthsAfter(plan.periodEnd, config.status.nextPlanWithinMonths);
}

export function implementationMeetingsBetween(
  facts: PreparedFacts,
  plan: PreparedPlan,
  first: Day,
  last: Day,
): number {
  let held = 0;
  for (const meeting of facts.meetings) {
    if (meeting.phase === "implementation" && meeting.day >= first && meeting.day <= last) {
      if (meetingCountsFor(meeting, plan)) held++;
    }
  }
  return held;
}

/**
 * PROB-2 Regularity periods of a plan: consecutive 12-month periods counted from its submission,
 * each judged on the day after it ends; only periods that end within the plan are judged.
 */
export function meetingPeriods(plan: PreparedPlan, config: RulesConfig): { first: Day; last: Day }[] {
  if (plan.submittedOn === null) return [];
  const months = config.status.implementationMeetingPeriodMonths;
  const periods: { first: Day; last: Day }[] = [];
  for (let index = 0; months > 0; index++) {
    const first = addMonths(plan.submittedOn, index * months);
    const last = addMonths(plan.submittedOn, (index + 1) * months) - 1;
    if (last > plan.periodEnd) break;
    periods.push({ first, last });
  }
  return periods;
}

/**
 * Whether a PROB-2 requirement holds for `plan` on `day`: at submission it decides probation, and
 * PROB-3 re-checks it on later days. Regularity in implementation holds again once the last 12
 * months count enough implementation meetings.
 */
function isRequirementMet(
  facts: PreparedFacts,
  config: RulesConfig,
  requirement: Requirement,
  plan: PreparedPlan,
  day: Day,
): boolean {
  switch (requirement) {
    case "forum":
      return plan.participationSpaceOn !== null && plan.participationSpaceOn <= day;
    case "co_creation_meeting": {
      let held = 0;
      for (const meeting of facts.meetings) {
        if (meeting.phase === "co_creation" && meeting.day <= day && meetingCountsFor(meeting, plan)) held++;
      }
      return held >= config.status.minCoCreationMeetings;
    }
    case "multi_stakeholder":
      return facts.meetings.some(
        (meeting) => meeting.multiStakeholder && meeting.day <= day && meetingCountsFor(meeting, plan),
      );
    case "endorsement": {
      let standing = 0;
      for (const endorsement of facts.endorsements) {
        if (
          endorsement.planId === plan.id &&
          endorsement.nonGovernment &&
          endorsement.endorsedOn <= day &&
          (endorsement.withdrawnOn === null || endorsement.withdrawnOn > day)
        ) {
          standing++;
        }
      }
      return standing >= config.plan.minNonGovernmentEndorsements;
    }
    case "implementation_meetings": {
      const months = config.status.implementationMeetingPeriodMonths;
      const held = implementationMeetingsBetween(facts, plan, addMonths(day, -months) + 1, day);
      return held >= config.status.minImplementationMeetingsPerPeriod;
    }
  }
}

/**
 * Module-level on purpose: tsx compiles with keepNames, which wraps every named closure (a local
 * `const add = …`, an arrow-valued property) in a defineProperty call, and this runs per member.
 */
function addEvent(events: StatusEvent[], day: Day, phase: Phase, apply: StatusEvent["apply"]): void {
  events.push({ day, phase, apply });
}

function buildEvents(facts: PreparedFacts, config: RulesConfig): StatusEvent[] {
  const events: StatusEvent[] = [];

  // INACT-1: each first-plan deadline (the original and every extension) is checked the day after.
  if (facts.firstPlanDue !== null) {
    const deadline = facts.firstPlanDue;
    addEvent(events, deadline + 1, Phase.breach, (machine, day) =>
      machine.checkFirstPlanDeadline(deadline, day),
    );
  }
  for (const extension of facts.extensions) {
    addEvent(events, extension.newDueOn + 1, Phase.breach, (machine, day) =>
      machine.checkFirstPlanDeadline(extension.newDueOn, day),
    );
    addEvent(events, extension.decidedOn, Phase.remedy, (machine, day) =>
      machine.applyExtension(extension, day),
    );
  }

  let submitted = false;
  for (const plan of facts.plans) {
    if (plan.submittedOn === null) continue;
    submitted = true;
    const deadline = nextPlanDeadline(plan, config);
    addEvent(events, deadline + 1, Phase.breach, (machine, day) =>
      machine.checkNextPlan(plan, deadline, day),
    );
    addEvent(events, plan.submittedOn, Phase.breach, (machine, day) =>
      machine.checkSubmissionRequirements(plan, day),
    );
    for (const { first, last } of meetingPeriods(plan, config)) {
      addEvent(events, last + 1, Phase.breach, (machine, day) =>
        machine.checkMeetingRegularity(plan, first, last, day),
      );
    }
  }

  // INACT-3/INACT-4: judged on the first day after each quarter of implementation.
  for (const quarter of facts.implementedQuarters) {
    addEvent(events, firstDayOfQuarter(quarter + 1), Phase.breach, (machine, day) =>
      machine.checkQuarters(quarter, day),
    );
  }

  // PROB-3: a meeting, endorsement or participation space may meet a requirement PROB-2 found unmet.
  if (submitted) {
    const remedyDays = new Set<Day>();
    for (const meeting of facts.meetings) remedyDays.add(meeting.day);
    for (const endorsement of facts.endorsements) remedyDays.add(endorsement.endorsedOn);
    for (const plan of facts.plans) {
      if (plan.participationSpaceOn !== null) remedyDays.add(plan.participationSpaceOn);
    }
    for (const remedyDay of remedyDays) {
      addEvent(events, remedyDay, Phase.remedy, (machine, day) => machine.recheckRequirements(day));
    }
  }

  for (const decision of facts.voluntaryDecisions) {
    if (decision.endsOn !== null && decision.endsOn < decision.effectiveFrom) continue;
    addEvent(events, decision.effectiveFrom, Phase.suspend, (machine) => machine.startVoluntary(decision));
    if (decision.endsOn !== null) {
      addEvent(events, decision.endsOn + 1, Phase.resume, (machine, day) =>
        machine.endVoluntary(decision, day),
      );
    }
  }
  for (const decision of facts.overrides) {
    addEvent(events, decision.effectiveOn, Phase.decide, (machine, day) => machine.override(decision, day));
  }
  for (const decision of facts.revocations) {
    addEvent(events, decision.effectiveOn, Phase.decide, (machine, day) =>
      machine.confirmRevocation(decision, day),
    );
  }

  // The rules apply to members: facts dated before the member joined (imported history) move nothing.
  return events
    .filter((event) => event.day >= facts.joinedOn)
    .sort((a, b) => a.day - b.day || a.phase - b.phase);
}
