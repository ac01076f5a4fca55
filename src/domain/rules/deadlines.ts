import type { MessageParams } from "../../i18n/index.js";
import {
  addMonths,
  type Day,
  firstDayOfQuarter,
  lastDayOfMonth,
  lastDayOfMonthsAfter,
  lastDayOfQuarter,
  type QuarterIndex,
  quarterLabel,
  quarterOf,
  toIsoDate,
  toIsoMonth,
} from "../time/civil.js";
import type { AssessmentKind, MilestoneStatus } from "../vocabularies.js";
import {
  type Alert,
  DEADLINE_AUDIENCES,
  DEADLINE_RULE_SECTIONS,
  type DeadlineRuleId,
  type DueItem,
  type Subject,
} from "./catalog.js";
import type { ReminderOffsets, RulesConfig } from "./config.js";
import {
  ACTIVITY_RANK,
  activityOf,
  isMonitoredQuarter,
  type PreparedAssessment,
  type PreparedCommitment,
  type PreparedFacts,
  type PreparedPlan,
  type QuarterActivity,
} from "./prepare.js";
import {
  firstPlanDeadlineOn,
  implementationMeetingsBetween,
  meetingPeriods,
  nextPlanDeadline,
  type StatusMachine,
} from "./status.js";

export interface Deadlines {
  readonly dueItems: DueItem[];
  readonly alerts: Alert[];
}

interface Deadline {
  readonly ruleId: DeadlineRuleId;
  readonly subject: Subject;
  readonly dueOn: Day;
  readonly messageKey: string;
  /** The text once overdue; null for deadlines that simply lapse (a closed window, a revocation). */
  readonly overdueMessageKey: string | null;
  readonly params: MessageParams;
  readonly reminderDaysBefore: ReminderOffsets;
  /** Names the deadline in dedupe keys (a quarter, a period start); defaults to the due date. */
  readonly period?: string;
  /** A reminder step decided by the rule itself instead of by days before the due date. */
  readonly step?: string | null;
}

/**
 * The reminder step reached on `today`: the nearest offset already passed (so a scheduler that
 * missed a day still sends the latest reminder once), `overdue` after the due date, else none.
 */
export function reminderStep(today: Day, dueOn: Day, daysBefore: ReminderOffsets): string | null {
  if (today > dueOn) return "overdue";
  let nearest: number | null = null;
  for (const days of daysBefore) {
    if (today >= dueOn - days && (nearest === null || days < nearest)) nearest = days;
  }
  if (nearest === null) return null;
  let step = stepLabels.get(nearest);
  if (step === undefined) {
    step = `d-${nearest}`;
    stepLabels.set(nearest, step);
  }
  return step;
}

const stepLabels = new Map<number, string>();

class DeadlineCollector implements Deadlines {
  readonly dueItems: DueItem[] = [];
  readonly alerts: Alert[] = [];

  constructor(private readonly today: Day) {}

  add(deadline: Deadline): void {
    const overdue = this.today > deadline.dueOn;
    const messageKey = overdue ? deadline.overdueMessageKey : deadline.messageKey;
    if (messageKey === null) return;
    const dueOn = toIsoDate(deadline.dueOn);
    // Each caller builds a fresh params object, so completing it in place saves a copy per item.
    const params = deadline.params;
    params.dueOn = dueOn;
    params.daysLeft = deadline.dueOn - this.today;
    const { ruleId, subject } = deadline;
    const section = DEADLINE_RULE_SECTIONS[ruleId];
    const audience = DEADLINE_AUDIENCES[ruleId];
    this.dueItems.push({ ruleId, section, subject, dueOn, overdue, audience, messageKey, params });
    const step =
      deadline.step !== undefined
        ? deadline.step
        : reminderStep(this.today, deadline.dueOn, deadline.reminderDaysBefore);
    if (step === null) return;
    const dedupeKey = `${ruleId}:${subject.kind}:${subject.id}:${deadline.period ?? dueOn}:${step}`;
    this.alerts.push({ dedupeKey, ruleId, section, subject, step, dueOn, audience, messageKey, params });
  }
}

const isOpenOn = (commitment: PreparedCommitment, day: Day): boolean =>
  commitment.submittedOn !== null &&
  commitment.submittedOn <= day &&
  (commitment.completedOn === null || commitment.completedOn > day) &&
  (commitment.withdrawnOn === null || commitment.withdrawnOn > day);

/** Spec §6: every deadline open on `today`, as due items, and the reminder steps reached, as alerts. */
export function collectDeadlines(
  facts: PreparedFacts,
  machine: StatusMachine,
  today: Day,
  config: RulesConfig,
): Deadlines {
  const collector = new DeadlineCollector(today);
  if (machine.status === "revoked") return collector;
  // VOL-1 suspends what only exists to prevent INACT-3/4 and PROB-1/2 (quarterly reports, meetings, probation).
  const suspended = machine.status === "voluntarily_inactive";
  const endOfToday = facts.calendar.startOf(today + 1);
  if (!suspended) quarterlyDeadlines(facts, today, endOfToday, config, collector);
  planDeadlines(facts, today, config, collector);
  assessmentDeadlines(facts, today, config, collector);
  milestoneDeadlines(facts, today, endOfToday, config, collector);
  modificationWindowDeadlines(facts, today, config, collector);
  if (!suspended) meetingDeadlines(facts, today, config, collector);
  if (machine.status === "probation" && machine.probation?.revocationDueOn === null) {
    // DUE-PROBATION (§4.2): reminders before the months to rectify run out (then REVOKE-1 takes over).
    const revocationDay = machine.revocationDay();
    if (revocationDay !== null) {
      collector.add({
        ruleId: "DUE-PROBATION",
        subject: { kind: "member", id: facts.memberId },
        dueOn: revocationDay,
        messageKey: "rules.due.probation",
        overdueMessageKey: null,
        params: {},
        reminderDaysBefore: config.deadlines.probation.reminderDaysBefore,
      });
    }
  }
  return collector;
}

/** DUE-UPDATE and DUE-PROGRESS: the current quarter's reports, and the previous quarter's if missing. */
function quarterlyDeadlines(
  facts: PreparedFacts,
  today: Day,
  endOfToday: number,
  config: RulesConfig,
  collector: DeadlineCollector,
): void {
  const quarter = quarterOf(today);
  const previous = quarter - 1;
  const quarterFirst = firstDayOfQuarter(quarter);
  const quarterLast = lastDayOfQuarter(quarter);
  const previousFirst = firstDayOfQuarter(previous);
  const previousLast = quarterFirst - 1;

  const reportedNow = new Set<string>();
  const reportedBefore = new Set<string>();
  let activityNow: QuarterActivity = "none";
  for (const update of facts.updates) {
    if (update.postedAt >= endOfToday) break;
    if (update.quarter === quarter) {
      reportedNow.add(update.commitmentId);
      const activity: QuarterActivity = update.progress ? "progress" : "stalled";
      if (update.owned && ACTIVITY_RANK[activity] > ACTIVITY_RANK[activityNow]) activityNow = activity;
    } else if (update.quarter === previous) {
      reportedBefore.add(update.commitmentId);
    }
  }

  const { update: updateConfig, progress: progressConfig } = config.deadlines;
  for (const commitment of facts.commitments) {
    if (!commitment.owned) continue;
    if (
      commitment.completedOn !== null &&
      commitment.completedOn >= quarterFirst &&
      commitment.completedOn <= today
    ) {
      activityNow = "progress";
    }
    const params = { commitment: commitment.code };
    const subject: Subject = { kind: "commitment", id: commitment.id };
    // DUE-UPDATE (§3.5, §3.5.4): one update per active commitment each quarter, by its last day.
    if (
      isOpenOn(commitment, today) &&
      commitment.startDate <= quarterLast &&
      commitment.endDate >= quarterFirst
    ) {
      if (!reportedNow.has(commitment.id)) {
        collector.add({
          ruleId: "DUE-UPDATE",
          subject,
          dueOn: quarterLast,
          messageKey: "rules.due.update",
          overdueMessageKey: "rules.due.update.overdue",
          params: { ...params, quarter: quarterLabel(quarter) },
          reminderDaysBefore: updateConfig.reminderDaysBefore,
          period: quarterLabel(quarter),
        });
      }
    }
    // DUE-UPDATE overdue "on the quarter's first day after", kept through the following quarter.
    if (
      isOpenOn(commitment, previousLast) &&
      commitment.startDate <= previousLast &&
      commitment.endDate >= previousFirst &&
      !reportedBefore.has(commitment.id)
    ) {
      collector.add({
        ruleId: "DUE-UPDATE",
        subject,
        dueOn: previousLast,
        messageKey: "rules.due.update",
        overdueMessageKey: "rules.due.update.overdue",
        params: { ...params, quarter: quarterLabel(previous) },
        reminderDaysBefore: updateConfig.reminderDaysBefore,
        period: quarterLabel(previous),
      });
    }
  }

  if (!isMonitoredQuarter(facts, quarter, today) || activityNow === "progress") return;
  const { quartersWithoutUpdate, quartersWithoutProgress } = config.status;
  // DUE-UPDATE's INACT-4 risk warning: the quarters before this one had no update and neither has this one yet.
  const firstWarning = quarterLast - Math.max(0, ...updateConfig.reminderDaysBefore);
  if (
    activityNow === "none" &&
    today >= firstWarning &&
    precedingQuartersAll(facts, quarter, quartersWithoutUpdate, "none", today)
  ) {
    collector.alerts.push({
      dedupeKey: `DUE-UPDATE:member:${facts.memberId}:${quarterLabel(quarter)}:inact4-risk`,
      ruleId: "DUE-UPDATE",
      section: DEADLINE_RULE_SECTIONS["DUE-UPDATE"],
      subject: { kind: "member", id: facts.memberId },
      step: "inact4-risk",
      dueOn: toIsoDate(quarterLast),
      audience: DEADLINE_AUDIENCES["DUE-UPDATE"],
      messageKey: "rules.alert.inact4_risk",
      params: { quarter: quarterLabel(quarter), dueOn: toIsoDate(quarterLast) },
    });
  }
  // DUE-PROGRESS (§4.1.3): progress is needed this quarter when the previous ones showed none (INACT-3 risk).
  if (precedingQuartersAll(facts, quarter, quartersWithoutProgress, "stalled", today)) {
    collector.add({
      ruleId: "DUE-PROGRESS",
      subject: { kind: "member", id: facts.memberId },
      dueOn: quarterLast,
      messageKey: "rules.due.progress",
      overdueMessageKey: null,
      params: { quarter: quarterLabel(quarter) },
      reminderDaysBefore: progressConfig.reminderDaysBefore,
      period: quarterLabel(quarter),
    });
  }
}

/** The `count - 1` quarters before `quarter` are monitored and all show `activity`. */
function precedingQuartersAll(
  facts: PreparedFacts,
  quarter: QuarterIndex,
  count: number,
  activity: QuarterActivity,
  knownOn: Day,
): boolean {
  if (count < 1) return false;
  for (let before = quarter - count + 1; before < quarter; before++) {
    if (!isMonitoredQuarter(facts, before, knownOn) || activityOf(facts, before) !== activity) return false;
  }
  return true;
}

/** DUE-PLAN-NEW and DUE-PLAN-NEXT. */
function planDeadlines(
  facts: PreparedFacts,
  today: Day,
  config: RulesConfig,
  collector: DeadlineCollector,
): void {
  const member: Subject = { kind: "member", id: facts.memberId };
  const firstDeadline = firstPlanDeadlineOn(facts, today);
  if (firstDeadline !== null && (facts.firstSubmission === null || facts.firstSubmission > today)) {
    // DUE-PLAN-NEW (§4.1.1): the first plan, by the date the Support Unit set (or extended).
    collector.add({
      ruleId: "DUE-PLAN-NEW",
      subject: member,
      dueOn: firstDeadline,
      messageKey: "rules.due.plan_new",
      overdueMessageKey: "rules.due.plan_new.overdue",
      params: {},
      reminderDaysBefore: config.deadlines.planNew.reminderDaysBefore,
    });
  }
  let latest: PreparedPlan | null = null;
  for (const plan of facts.plans) {
    if (plan.submittedOn !== null && plan.submittedOn <= today) latest = plan;
  }
  if (latest === null) return;
  // DUE-PLAN-NEXT (§3.2, §4.1.2): the next plan within the months after the latest submitted one ends.
  collector.add({
    ruleId: "DUE-PLAN-NEXT",
    subject: { kind: "plan", id: latest.id },
    dueOn: nextPlanDeadline(latest, config),
    messageKey: "rules.due.plan_next",
    overdueMessageKey: "rules.due.plan_next.overdue",
    params: { planEnd: toIsoDate(latest.periodEnd) },
    reminderDaysBefore: config.deadlines.planNext.reminderDaysBefore,
  });
}

function assessmentRecord(
  facts: PreparedFacts,
  kind: AssessmentKind,
  planId: string,
  commitmentId: string | null,
): PreparedAssessment | undefined {
  return facts.assessments.find(
    (assessment) =>
      assessment.kind === kind &&
      assessment.planId === planId &&
      (commitmentId === null || assessment.commitmentId === commitmentId),
  );
}

function isSubmittedBy(record: PreparedAssessment | undefined, day: Day): boolean {
  return record?.submittedOn !== undefined && record.submittedOn !== null && record.submittedOn <= day;
}

/** An existing assessment record is the subject; before one is recorded, what it assesses is. */
function assessmentSubject(record: PreparedAssessment | undefined, assessed: Subject): Subject {
  return record === undefined ? assessed : { kind: "assessment", id: record.id };
}

/** DUE-ASSESS-INITIAL, DUE-ASSESS-END and DUE-ASSESS-FINAL for the monitoring body. */
function assessmentDeadlines(
  facts: PreparedFacts,
  today: Day,
  config: RulesConfig,
  collector: DeadlineCollector,
): void {
  const { assessInitial, assessEnd, assessFinal } = config.deadlines;

  const plansById = new Map<string, PreparedPlan>();
  for (const plan of facts.plans) {
    plansById.set(plan.id, plan);
    if (plan.submittedOn === null || plan.submittedOn > today) continue;
    const planSubject: Subject = { kind: "plan", id: plan.id };
    const initial = assessmentRecord(facts, "initial", plan.id, null);
    if (!isSubmittedBy(initial, today)) {
      // DUE-ASSESS-INITIAL (§3.5.1): within 2 months of the plan's submission.
      collector.add({
        ruleId: "DUE-ASSESS-INITIAL",
        subject: assessmentSubject(initial, planSubject),
        dueOn: initial?.dueOn ?? addMonths(plan.submittedOn, assessInitial.monthsAfterSubmission),
        messageKey: "rules.due.assess_initial",
        overdueMessageKey: "rules.due.assess_initial.overdue",
        params: {},
        reminderDaysBefore: assessInitial.reminderDaysBefore,
      });
    }
    const final = assessmentRecord(facts, "final_learning", plan.id, null);
    if (!isSubmittedBy(final, today)) {
      // DUE-ASSESS-FINAL (§3.5.3): 2 months after the plan ends.
      collector.add({
        ruleId: "DUE-ASSESS-FINAL",
        subject: assessmentSubject(final, planSubject),
        dueOn: final?.dueOn ?? lastDayOfMonthsAfter(plan.periodEnd, assessFinal.monthsAfterPlanEnd),
        messageKey: "rules.due.assess_final",
        overdueMessageKey: "rules.due.assess_final.overdue",
        params: {},
        reminderDaysBefore: assessFinal.reminderDaysBefore,
      });
    }
  }

  for (const commitment of facts.commitments) {
    const plan = plansById.get(commitment.planId);
    if (!commitment.owned || plan === undefined || commitment.submittedOn === null) continue;
    if (commitment.withdrawnOn !== null && commitment.withdrawnOn <= today) continue;
    // DUE-ASSESS-END (§3.5.2): 1 month after completion, or after the plan ends, whichever comes first.
    const completedFirst =
      commitment.completedOn !== null &&
      commitment.completedOn <= today &&
      commitment.completedOn <= plan.periodEnd;
    if (!completedFirst && today <= plan.periodEnd) continue;
    const record = assessmentRecord(facts, "end_of_commitment", plan.id, commitment.id);
    if (isSubmittedBy(record, today)) continue;
    const computed =
      completedFirst && commitment.completedOn !== null
        ? addMonths(commitment.completedOn, assessEnd.monthsAfter)
        : lastDayOfMonthsAfter(plan.periodEnd, assessEnd.monthsAfter);
    collector.add({
      ruleId: "DUE-ASSESS-END",
      subject: assessmentSubject(record, { kind: "commitment", id: commitment.id }),
      dueOn: record?.dueOn ?? computed,
      messageKey: "rules.due.assess_end",
      overdueMessageKey: "rules.due.assess_end.overdue",
      params: { commitment: commitment.code },
      reminderDaysBefore: assessEnd.reminderDaysBefore,
    });
  }
}

/** DUE-MILESTONE (Annex 2 §17): each open milestone by the end of its end month. */
function milestoneDeadlines(
  facts: PreparedFacts,
  today: Day,
  endOfToday: number,
  config: RulesConfig,
  collector: DeadlineCollector,
): void {
  if (facts.milestones.length === 0) return;
  // A milestone's status on `today`: the last change posted by then; before its first change, the
  // status that change started from; with no change at all, the recorded status.
  const statusOnDay = new Map<string, MilestoneStatus>();
  for (const update of facts.updates) {
    const posted = update.postedAt < endOfToday;
    for (const change of update.milestoneChanges) {
      if (posted) statusOnDay.set(change.milestoneId, change.to);
      else if (!statusOnDay.has(change.milestoneId)) statusOnDay.set(change.milestoneId, change.from);
    }
  }
  for (const milestone of facts.milestones) {
    const commitment = facts.commitmentsById.get(milestone.commitmentId);
    if (commitment === undefined || !commitment.owned || !isOpenOn(commitment, today)) continue;
    const status = statusOnDay.get(milestone.id) ?? milestone.status;
    // `incomplete` is the closing verdict on a milestone that will not be finished: nothing left to remind.
    if (status === "complete" || status === "incomplete") continue;
    collector.add({
      ruleId: "DUE-MILESTONE",
      subject: { kind: "milestone", id: milestone.id },
      dueOn: lastDayOfMonth(milestone.endMonth),
      messageKey: "rules.due.milestone",
      overdueMessageKey: "rules.due.milestone.overdue",
      params: { commitment: commitment.code, month: toIsoMonth(milestone.endMonth) },
      reminderDaysBefore: config.deadlines.milestone.reminderDaysBefore,
    });
  }
}

/** DUE-MOD-WINDOW (§3.2.1.3): the modification window closes 6 months after submission. */
function modificationWindowDeadlines(
  facts: PreparedFacts,
  today: Day,
  config: RulesConfig,
  collector: DeadlineCollector,
): void {
  for (const commitment of facts.commitments) {
    if (!commitment.owned || commitment.submittedOn === null || !isOpenOn(commitment, today)) continue;
    collector.add({
      ruleId: "DUE-MOD-WINDOW",
      subject: { kind: "commitment", id: commitment.id },
      dueOn: addMonths(commitment.submittedOn, config.modification.windowMonths),
      messageKey: "rules.due.mod_window",
      overdueMessageKey: null,
      params: { commitment: commitment.code },
      reminderDaysBefore: config.deadlines.modificationWindow.reminderDaysBefore,
    });
  }
}

/** DUE-MEETINGS (§3.3.1): enough implementation meetings in the current 12-month period. */
function meetingDeadlines(
  facts: PreparedFacts,
  today: Day,
  config: RulesConfig,
  collector: DeadlineCollector,
): void {
  const required = config.status.minImplementationMeetingsPerPeriod;
  for (const plan of facts.plans) {
    if (plan.implementationStart === null || plan.implementationStart > today || plan.periodEnd < today) {
      continue;
    }
    const period = meetingPeriods(plan, config).find(({ first, last }) => first <= today && today <= last);
    if (period === undefined) continue;
    const held = implementationMeetingsBetween(facts, plan, period.first, today);
    if (held >= required) continue;
    // The latest checkpoint passed whose minimum is not met: "at 6 months with none; at 10 with fewer than 2".
    let step: string | null = null;
    let latestCheckpoint = -1;
    for (const { afterMonths, minMeetings } of config.deadlines.meetings.checkpoints) {
      if (
        today >= addMonths(period.first, afterMonths) &&
        held < minMeetings &&
        afterMonths > latestCheckpoint
      ) {
        latestCheckpoint = afterMonths;
        step = `m${afterMonths}`;
      }
    }
    collector.add({
      ruleId: "DUE-MEETINGS",
      subject: { kind: "plan", id: plan.id },
      dueOn: period.last,
      messageKey: "rules.due.meetings",
      overdueMessageKey: null,
      params: { held, required },
      reminderDaysBefore: [],
      period: toIsoDate(period.first),
      step,
    });
  }
}
