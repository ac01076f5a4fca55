import type { MessageParams } from "../../message-params.js";
import { type Day, type IsoDate, parseIsoDate, toIsoDate } from "../../time/civil.js";
import { MEMBER_STATUSES, type MemberStatus } from "../../vocabularies.js";
import { STATUS_RULE_SECTIONS, type StatusRuleId } from "../catalog.js";
import type { MemberFacts } from "../facts.js";
import { prepareFacts } from "../prepare.js";
import { firstPlanDeadlineOn } from "../status.js";

/**
 * The Support Unit's decisions (§4) as a person asks for them, checked against the member's facts
 * before they are recorded: a decision the status rules would ignore, misread or contradict is
 * refused with the rule it would break, rather than recorded to no effect.
 */
export type StatusDecisionRequest =
  /** VOL-1 (§4.1): `endsOn` null is open-ended ("until further notice"). */
  | { kind: "voluntary_inactivity"; startsOn: string; endsOn: string | null; reason: string }
  /** INACT-1 (§4.1.1): a new first-plan deadline. */
  | { kind: "first_plan_extension"; newDueOn: string; reason: string }
  /** §4.2: the Support Unit sets the member's status from the day it decides. */
  | { kind: "status_override"; status: string; reason: string };

export interface DecisionProblem {
  readonly ruleId: StatusRuleId;
  readonly messageKey: string;
  readonly params: MessageParams;
}

/** A reason is recorded in the status history and shown on the public site: a paragraph at most. */
export const MAX_DECISION_REASON = 1000;

const RULE_OF: Record<StatusDecisionRequest["kind"], StatusRuleId> = {
  voluntary_inactivity: "VOL-1",
  first_plan_extension: "INACT-1",
  status_override: "OVERRIDE",
};

export const isMemberStatus = (value: string): value is MemberStatus =>
  (MEMBER_STATUSES as readonly string[]).includes(value);

/**
 * Every problem with `request` for the member whose facts these are, judged on `today` (the
 * member's civil day the decision is taken) when the rules give it `status`. Dates must be
 * calendar dates; the reason is required. VOL-1: the period ends on or after it begins and overlaps
 * no voluntary inactivity already granted. INACT-1: the member has a first-plan deadline and no
 * submitted plan, and the new deadline is later than the one in force and not before today (an
 * extension never acts on days before it is granted). A revoked membership changes only by an
 * override (REVOKE-1).
 */
export function checkStatusDecision(
  facts: MemberFacts,
  request: StatusDecisionRequest,
  today: { on: IsoDate; status: MemberStatus; since: IsoDate },
): DecisionProblem[] {
  const ruleId = RULE_OF[request.kind];
  const problem = (messageKey: string, params: MessageParams = {}, rule: StatusRuleId = ruleId) => ({
    ruleId: rule,
    messageKey,
    params: { rule, section: STATUS_RULE_SECTIONS[rule], ...params },
  });
  const problems: DecisionProblem[] = [];
  const reason = request.reason.trim();
  if (reason === "") problems.push(problem("decision.reason_required"));
  else if (reason.length > MAX_DECISION_REASON)
    problems.push(problem("decision.reason_too_long", { max: MAX_DECISION_REASON }));
  if (request.kind !== "status_override" && today.status === "revoked")
    problems.push(problem("decision.revoked", { since: today.since }, "REVOKE-1"));

  const date = (text: string): Day | null => {
    const day = parseIsoDate(text);
    if (day === null) problems.push(problem("decision.date_invalid", { date: text }));
    return day;
  };
  const day = parseIsoDate(today.on)!;
  switch (request.kind) {
    case "voluntary_inactivity": {
      const start = date(request.startsOn);
      const end = request.endsOn === null ? null : date(request.endsOn);
      if (start === null || (request.endsOn !== null && end === null)) break;
      if (end !== null && end < start) {
        problems.push(problem("decision.vol1.order", { from: request.startsOn, to: request.endsOn ?? "" }));
        break;
      }
      const overlapped = prepareFacts(facts).voluntaryPeriods.find(
        (period) =>
          (period.end === null || period.end >= period.start) &&
          period.start <= (end ?? Number.POSITIVE_INFINITY) &&
          start <= (period.end ?? Number.POSITIVE_INFINITY),
      );
      if (overlapped)
        problems.push(
          overlapped.end === null
            ? problem("decision.vol1.overlap_open", { from: toIsoDate(overlapped.start) })
            : problem("decision.vol1.overlap", {
                from: toIsoDate(overlapped.start),
                to: toIsoDate(overlapped.end),
              }),
        );
      break;
    }
    case "first_plan_extension": {
      const until = date(request.newDueOn);
      const prepared = prepareFacts(facts);
      if (prepared.firstPlanDue === null) {
        problems.push(problem("decision.inact1.no_deadline"));
        break;
      }
      if (prepared.firstSubmission !== null) {
        problems.push(problem("decision.inact1.submitted", { on: toIsoDate(prepared.firstSubmission) }));
        break;
      }
      if (until === null) break;
      const inForce = firstPlanDeadlineOn(prepared, day) ?? prepared.firstPlanDue;
      if (until <= inForce)
        problems.push(problem("decision.inact1.not_later", { dueOn: toIsoDate(inForce) }));
      else if (until < day) problems.push(problem("decision.inact1.past", { today: today.on }));
      break;
    }
    case "status_override":
      if (!isMemberStatus(request.status))
        problems.push(
          problem("decision.override.unknown_status", {
            status: request.status,
            statuses: MEMBER_STATUSES.join(", "),
          }),
        );
      break;
  }
  return problems;
}
