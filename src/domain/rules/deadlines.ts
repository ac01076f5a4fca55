import type { MessageParams } from "../message-params.js";
import {
  addMonths,
  type Day,
  firstDayOfQuarter,
  lastDayOfMonth,
  lastDayOfMonthsAfter,
  lastDayOfQuarter,
  parseIsoMonth,
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

/** A deadline rule's texts: before the due date, and once overdue (null for one that simply lapses). */
interface DeadlineKind {
  readonly ruleId: DeadlineRuleId;
  readonly messageKey: string;
  readonly overdueMessageKey: string | null;
}

const PROBATION: DeadlineKind = {
  ruleId: "DUE-PROBATION",
  messageKey: "rules.due.probation",
  overdueMessageKey: null,
};
const UPDATE: DeadlineKind = {
  ruleId: "DUE-UPDATE",
  messageKey: "rules.due.update",
  overdueMessageKey: "rules.due.update.overdue",
};
const PROGRESS: DeadlineKind = {
  ruleId: "DUE-PROGRESS",
  messageKey: "rules.due.progress",
  overdueMessageKey: null,
};
const PLAN_NEW: DeadlineKind = {
  ruleId: "DUE-PLAN-NEW",
  messageKey: "rules.due.plan_new",
  overdueMessageKey: "rules.due.plan_new.overdue",
};
const PLAN_NEXT: DeadlineKind = {
  ruleId: "DUE-PLAN-NEXT",
  messageKey: "rules.due.plan_next",
  overdueMessageKey: "rules.due.plan_next.overdue",
};
const ASSESS_INITIAL: DeadlineKind = {
  ruleId: "DUE-ASSESS-INITIAL",
  messageKey: "rules.due.assess_initial",
  overdueMessageKey: "rules.due.assess_initial.overdue",
};
const ASSESS_FINAL: DeadlineKind = {
  ruleId: "DUE-ASSESS-FINAL",
  messageKey: "rules.due.assess_final",
  overdueMessageKey: "rules.due.assess_final.overdue",
};
const ASSESS_END: DeadlineKind = {
  ruleId: "DUE-ASSESS-END",
  messageKey: "rules.due.assess_end",
  overdueMessageKey: "rules.due.assess_end.overdue",
};
const MILESTONE: DeadlineKind = {
  ruleId: "DUE-MILESTONE",
  messageKey: "rules.due.milestone",
  overdueMessageKey: "rules.due.milestone.overdue",
};
const MOD_WINDOW: DeadlineKind = {
  ruleId: "DUE-MOD-WINDOW",
  messageKey: "rules.due.mod_window",
  overdueMessageKey: null,
};
const MEETINGS: DeadlineKind = {
  ruleId: "DUE-MEETINGS",
  messageKey: "rules.due.meetings",
  overdueMessageKey: null,
};

/** `d-14`-style labels, built once: a step is computed for every due item of every member. */
const stepLabels = new Map<number, string>();

/**
 * The reminder step reached on `today`: the nearest offset already passed (so a scheduler that
 * missed a day still sends the latest reminder once), `overdue` after the due date, else none.
 */
function reminderStep(today: Day, dueOn: Day, daysBefore: ReminderOffsets): string | null {
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

class DeadlineCollector implements Deadlines {
  readonly dueItems: DueItem[] = [];
  readonly alerts: Alert[] = [];

  constructor(private readonly today: Day) {}

  /**
   * Lists a deadline open on `today` and raises the reminder step it reached. `period` names the
   * deadline in dedupe keys (a quarter, a period start; default the due date); `step` overrides
   * the days-before steps for rules with their own checkpoints. Positional arguments keep this
   * allocation-free beyond the item itself: it runs dozens of times per member.
   */
  add(
    kind: DeadlineKind,
    subject: Subject,
    due: Day,
    params: MessageParams,
    reminderDaysBefore: ReminderOffsets,
    period?: string,
    step: string | null = reminderStep(this.today, due, reminderDaysBefore),
  ): void {
    const overdue = this.today > due;
    const messageKey = overdue ? kind.overdueMessageKey : kind.messageKey;
    if (messageKey === null) return;
    const dueOn = toIsoDate(due);
    // Callers pass a fresh object; completing it in place avoids a spread, which is slow in V8.
    params.dueOn = dueOn;
    const { ruleId } = kind;
    const section = DEADLINE_RULE_SECTIONS[ruleId];
    const audience = DEADLINE_AUDIENCES[ruleId];
    this.dueItems.push({ ruleId, section, subject, dueOn, overdue, audience, messageKey, params });
    if (step === null) return;
    const deadlineKey = `${ruleId}:${subject.kind}:${subject.id}:${period ?? dueOn}`;
    const dedupeKey = `${deadlineKey}:${step}`;
    this.alerts.push({
      dedupeKey,
      deadlineKey,
      ruleId,
      section,
      subject,
      step,
      dueOn,
      audience,
      messageKey,
      params,
    });
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
      collector.add(
        PROBATION,
        { kind: "member", id: facts.memberId },
        revocationDay,
        {},
        config.deadlines.probation.reminderDaysBefore,
      );
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
      if (update.owned && activityNow !== "progress") activityNow = update.progress ? "progress" : "stalled";
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
    const subject: Subject = { kind: "commitment", id: commitment.id };
    // DUE-UPDATE (§3.5, §3.5.4): one update per active commitment each quarter, by its last day.
    if (
      isOpenOn(commitment, today) &&
      commitment.startDate <= quarterLast &&
      commitment.endDate >= quarterFirst
    ) {
      if (!reportedNow.has(commitment.id)) {
        collector.add(
          UPDATE,
          subject,
          quarterLast,
          { commitment: commitment.code, quarter: quarterLabel(quarter) },
          updateConfig.reminderDaysBefore,
          quarterLabel(quarter),
        );
      }
    }
    // DUE-UPDATE overdue "on the quarter's first day after", kept through the following quarter.
    if (
      isOpenOn(commitment, previousLast) &&
      commitment.startDate <= previousLast &&
      commitment.endDate >= previousFirst &&
      !reportedBefore.has(commitment.id)
    ) {
      collector.add(
        UPDATE,
        subject,
        previousLast,
        { commitment: commitment.code, quarter: quarterLabel(previous) },
        updateConfig.reminderDaysBefore,
        quarterLabel(previous),
      );
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
      deadlineKey: `DUE-UPDATE:member:${facts.memberId}:${quarterLabel(quarter)}`,
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
    collector.add(
      PROGRESS,
      { kind: "member", id: facts.memberId },
      quarterLast,
      { quarter: quarterLabel(quarter) },
      progressConfig.reminderDaysBefore,
      quarterLabel(quarter),
    );
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
    collector.add(PLAN_NEW, member, firstDeadline, {}, config.deadlines.planNew.reminderDaysBefore);
  }
  let latest: PreparedPlan | null = null;
  for (const plan of facts.plans) {
    if (plan.submittedOn !== null && plan.submittedOn <= today) latest = plan;
  }
  if (latest === null) return;
  // DUE-PLAN-NEXT (§3.2, §4.1.2): the next plan within the months after the latest submitted one ends.
  collector.add(
    PLAN_NEXT,
    { kind: "plan", id: latest.id },
    nextPlanDeadline(latest, config),
    { planEnd: toIsoDate(latest.periodEnd) },
    config.deadlines.planNext.reminderDaysBefore,
  );
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
      collector.add(
        ASSESS_INITIAL,
        assessmentSubject(initial, planSubject),
        initial?.dueOn ?? addMonths(plan.submittedOn, assessInitial.monthsAfterSubmission),
        {},
        assessInitial.reminderDaysBefore,
      );
    }
    const final = assessmentRecord(facts, "final_learning", plan.id, null);
    if (!isSubmittedBy(final, today)) {
      // DUE-ASSESS-FINAL (§3.5.3): 2 months after the plan ends.
      collector.add(
        ASSESS_FINAL,
        assessmentSubject(final, planSubject),
        final?.dueOn ?? lastDayOfMonthsAfter(plan.periodEnd, assessFinal.monthsAfterPlanEnd),
        {},
        assessFinal.reminderDaysBefore,
      );
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
    collector.add(
      ASSESS_END,
      assessmentSubject(record, { kind: "commitment", id: commitment.id }),
      record?.dueOn ?? computed,
      { commitment: commitment.code },
      assessEnd.reminderDaysBefore,
    );
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
    const endMonth = parseIsoMonth(milestone.endMonth);
    if (endMonth === null) {
      throw new RangeError(
        `milestone ${milestone.id}: endMonth is not YYYY-MM: ${JSON.stringify(milestone.endMonth)}`,
      );
    }
    collector.add(
      MILESTONE,
      { kind: "milestone", id: milestone.id },
      lastDayOfMonth(endMonth),
      { commitment: commitment.code, month: toIsoMonth(endMonth) },
      config.deadlines.milestone.reminderDaysBefore,
    );
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
    collector.add(
      MOD_WINDOW,
      { kind: "commitment", id: commitment.id },
      addMonths(commitment.submittedOn, config.modification.windowMonths),
      { commitment: commitment.code },
      config.deadlines.modificationWindow.reminderDaysBefore,
    );
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
    collector.add(
      MEETINGS,
      { kind: "plan", id: plan.id },
      period.last,
      { held, required },
      [],
      toIsoDate(period.first),
      step,
    );
  }
}
