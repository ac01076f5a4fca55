import type { MessageParams } from "../message-params.js";
import { type Day, type IsoDate, toIsoDate } from "../time/civil.js";
import { dayOfMoment, type Moment } from "../time/zone.js";
import type { MemberStatus } from "../vocabularies.js";
import {
  type Alert,
  type DueItem,
  type Reason,
  STATUS_AUDIENCE,
  STATUS_RULE_SECTIONS,
  type StatusRuleId,
  SUPPORT_UNIT_AUDIENCE,
} from "./catalog.js";
import { type RulesConfig, SPEC_RULES_CONFIG } from "./config.js";
import { collectDeadlines } from "./deadlines.js";
import type { MemberFacts } from "./facts.js";
import { prepareFacts } from "./prepare.js";
import { type Cause, StatusMachine } from "./status.js";

export interface MemberEvaluation {
  readonly memberId: string;
  /** The civil day evaluated, in the member's time zone. */
  readonly on: IsoDate;
  readonly status: MemberStatus;
  /** The day the member entered `status` (its joining day if it has always been active). */
  readonly since: IsoDate;
  readonly reasons: readonly Reason[];
  readonly dueItems: readonly DueItem[];
  readonly alerts: readonly Alert[];
}

/** One entry of a status history: from `on`, the member has `status`, for the rule and message given. */
export interface StatusTransition {
  readonly on: IsoDate;
  readonly status: MemberStatus;
  /** Null for the entry that opens the history (the member joined, active). */
  readonly ruleId: StatusRuleId | null;
  readonly messageKey: string;
  readonly params: MessageParams;
}

/**
 * The member's status on the civil day `at` falls on in its time zone (an ISO date is taken as that
 * day), why it has it, what is due, and which reminders and letters to send. Counts every fact
 * dated on or before that day, so the result is a property of the day: any instant of it gives the
 * same answer, and a past day gives the status the member had then.
 */
export function evaluateMember(
  facts: MemberFacts,
  at: Moment,
  config: RulesConfig = SPEC_RULES_CONFIG,
): MemberEvaluation {
  const prepared = prepareFacts(facts);
  const today = dayOfMoment(at, prepared.calendar);
  const machine = new StatusMachine(prepared, config).run(today);
  const { dueItems, alerts } = collectDeadlines(prepared, machine, today, config);
  alerts.push(...statusAlerts(machine, facts.member.slug));
  return {
    memberId: facts.member.id,
    on: toIsoDate(today),
    status: machine.status,
    since: toIsoDate(machine.since),
    reasons: statusReasons(machine),
    dueItems,
    alerts,
  };
}

/**
 * The member's status history between two days: the entry in force on `from` (dated when it began),
 * then every transition up to and including `to`. The status on a day is that of the last entry on
 * or before it, and always equals `evaluateMember(facts, day).status`.
 */
export function statusTimeline(
  facts: MemberFacts,
  from: Moment,
  to: Moment,
  config: RulesConfig = SPEC_RULES_CONFIG,
): StatusTransition[] {
  const prepared = prepareFacts(facts);
  const first = dayOfMoment(from, prepared.calendar);
  const last = dayOfMoment(to, prepared.calendar);
  if (last < first) throw new RangeError("statusTimeline: `to` is before `from`");
  const { transitions } = new StatusMachine(prepared, config).run(last);
  let start = 0;
  while (start + 1 < transitions.length && transitions[start + 1]!.day <= first) start++;
  return transitions.slice(start).map(({ day, status, cause }) => ({
    on: toIsoDate(day),
    status,
    ruleId: cause?.ruleId ?? null,
    messageKey: cause?.messageKey ?? "rules.transition.joined",
    params: cause?.params ?? { on: toIsoDate(day) },
  }));
}

function reasonOf(cause: Cause, dueOn: Day | null): Reason {
  return {
    ruleId: cause.ruleId,
    section: STATUS_RULE_SECTIONS[cause.ruleId],
    subject: cause.subject,
    dueOn: dueOn === null ? null : toIsoDate(dueOn),
    audience: STATUS_AUDIENCE,
    messageKey: cause.messageKey,
    params: cause.params,
  };
}

/** Why the member has its status; each reason's due date is what it leads to next. */
function statusReasons(machine: StatusMachine): Reason[] {
  const { revoked, voluntary, probation, inactivity } = machine;
  switch (machine.status) {
    case "active":
      return [];
    case "revoked":
      return revoked === null ? [] : [reasonOf(revoked, null)];
    case "voluntarily_inactive":
      return voluntary === null ? [] : [reasonOf(voluntary.cause, voluntary.until)];
    case "inactive":
      return inactivity === null ? [] : [reasonOf(inactivity.cause, machine.probationDueOn())];
    case "probation": {
      if (probation === null) return [];
      const revocationDay = machine.revocationDay();
      const reasons = [...probation.causes.values()].map((cause) => reasonOf(cause, revocationDay));
      if (probation.revocationDueOn !== null) {
        reasons.push(
          reasonOf(
            {
              ruleId: "REVOKE-1",
              subject: { kind: "member", id: machine.facts.memberId },
              messageKey: "rules.reason.revoke1_due",
              params: {
                probationSince: toIsoDate(probation.since),
                dueOn: toIsoDate(probation.revocationDueOn),
              },
            },
            probation.revocationDueOn,
          ),
        );
      }
      return reasons;
    }
  }
}

/**
 * Letters and decisions for the Support Unit: a draft letter for each transition to inactive,
 * probation or revoked (§4.1, §4.2; keyed by the day it began, so sent once per transition), and
 * the REVOKE-1 request to confirm a revocation that fell due.
 */
function statusAlerts(machine: StatusMachine, memberSlug: string): Alert[] {
  const alerts: Alert[] = [];
  const member = { kind: "member", id: machine.facts.memberId } as const;
  const since = toIsoDate(machine.since);
  const cause = machine.statusCause;
  const letterKey =
    machine.status === "inactive"
      ? "rules.letter.inactive"
      : machine.status === "probation"
        ? "rules.letter.probation"
        : machine.status === "revoked"
          ? "rules.letter.revoked"
          : null;
  if (letterKey !== null && cause !== null) {
    alerts.push({
      dedupeKey: `${cause.ruleId}:member:${member.id}:${since}:letter`,
      deadlineKey: `${cause.ruleId}:member:${member.id}:${since}`,
      ruleId: cause.ruleId,
      section: STATUS_RULE_SECTIONS[cause.ruleId],
      subject: member,
      step: "letter",
      dueOn: null,
      audience: SUPPORT_UNIT_AUDIENCE,
      messageKey: letterKey,
      params: { member: memberSlug, since, rule: cause.ruleId },
    });
  }
  const revocationDueOn = machine.status === "probation" ? machine.probation?.revocationDueOn : null;
  if (revocationDueOn !== undefined && revocationDueOn !== null) {
    const dueOn = toIsoDate(revocationDueOn);
    alerts.push({
      dedupeKey: `REVOKE-1:member:${member.id}:${dueOn}:confirm`,
      deadlineKey: `REVOKE-1:member:${member.id}:${dueOn}`,
      ruleId: "REVOKE-1",
      section: STATUS_RULE_SECTIONS["REVOKE-1"],
      subject: member,
      step: "confirm",
      dueOn,
      audience: SUPPORT_UNIT_AUDIENCE,
      messageKey: "rules.alert.revoke1_due",
      params: { member: memberSlug, probationSince: toIsoDate(machine.probation!.since), dueOn },
    });
  }
  return alerts;
}
