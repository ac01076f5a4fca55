import { writeAudited } from "../db/audit.js";
import { loadMemberFacts } from "../db/repositories/member-facts.js";
import { findMemberByRef, type MemberRow } from "../db/repositories/member-lookup.js";
import { recordedStatus, recordStatusChange, type StatusChange } from "../db/repositories/member-status.js";
import {
  insertStatusDecision,
  listStatusDecisionIds,
  type StatusDecisionRow,
} from "../db/repositories/status-decisions.js";
import {
  checkStatusDecision,
  type DecisionFact,
  evaluateMember,
  type MemberEvaluation,
  type MemberFacts,
  type StatusDecisionRequest,
  statusTimeline,
} from "../domain/rules/index.js";
import type { MemberStatus } from "../domain/vocabularies.js";
import { t } from "../messages/i18n/index.js";
import type { ServiceDeps } from "./acting.js";
import { notFound, refuse } from "./errors.js";
import type { SupportUnitAuthority } from "./support-unit-authority.js";

export interface StatusDecisionOutcome {
  member: MemberRow;
  decision: StatusDecisionRow;
  /** The first day the decision acts on the status: never a day before it was taken. */
  effectiveFrom: string;
  /** What the rules gave on the decision day without it, and with it. */
  before: MemberEvaluation;
  after: MemberEvaluation;
  /** The status change recorded with the decision, or null when the decision moves no status today. */
  recorded: StatusChange | null;
  /** A VOL-1 grant from a later day: the status the rules give on that day, as far as known today. */
  upcoming: { on: string; status: MemberStatus } | null;
}

/**
 * A Support Unit decision (§4): voluntary inactivity (VOL-1), a first-plan deadline extension
 * (INACT-1) or a status override. Checked against the member's facts with the engine's rules
 * (refused with the rule it would break), written as the fact the engine reads, and, when the
 * decision moves the status the rules give today, recorded as the member's status with its history
 * row in the same audited transaction, as the scheduler's tick would record it (the tick then finds
 * nothing to change and sends the letter a transition calls for). An override to the status the
 * member already has moves neither status nor its start (it restarts the PROB-1/REVOKE-1 clocks):
 * the decision is recorded, the history is not. A status the decision moves on a later day (a grant
 * that starts next month) is recorded by the tick on that day.
 */
export async function recordStatusDecision(
  deps: ServiceDeps,
  authority: SupportUnitAuthority,
  memberRef: string,
  request: StatusDecisionRequest,
): Promise<StatusDecisionOutcome> {
  const member = await findMemberByRef(deps.db, memberRef);
  if (!member) throw notFound("cmd.member.not_found", { ref: memberRef });
  const [facts] = await loadMemberFacts(deps.db, [member.id]);
  if (!facts) throw notFound("cmd.member.not_found", { ref: memberRef });
  const before = evaluateMember(facts, deps.now);
  const [problem] = checkStatusDecision(facts, request, before);
  if (problem) throw refuse(problem.messageKey, { ...problem.params, member: member.name });

  const decidedOn = before.on;
  const row = {
    memberId: member.id,
    kind: request.kind,
    startsOn: request.kind === "voluntary_inactivity" ? request.startsOn : decidedOn,
    endsOn:
      request.kind === "voluntary_inactivity"
        ? request.endsOn
        : request.kind === "first_plan_extension"
          ? request.newDueOn
          : null,
    status: request.kind === "status_override" ? request.status : null,
    reason: request.reason.trim(),
    decidedBy: authority.personId,
    decidedOn,
  };
  const known = new Set(facts.decisions.map((decision) => decision.id));
  return writeAudited(
    deps.db,
    authority.actor,
    async (writer) => {
      // Checked against the decisions read above: one recorded since could conflict with this one.
      const current = await listStatusDecisionIds(writer.tx, member.id);
      if (current.length !== known.size || current.some((id) => !known.has(id)))
        throw refuse("decision.concurrent", { member: member.name });
      const decision = await insertStatusDecision(writer, row);
      const decided: MemberFacts = { ...facts, decisions: [...facts.decisions, asFact(request, decision)] };
      const after = evaluateMember(decided, deps.now);
      let recorded: StatusChange | null = null;
      const moved = after.status !== before.status || after.since !== before.since;
      const unrecorded = after.status !== member.status || after.since !== member.statusSince;
      if (
        moved &&
        unrecorded &&
        // Another writer (a tick, a confirmation) recorded a status meanwhile: the next tick reconciles.
        (await recordedStatus(writer.tx, member.id)) === member.status
      ) {
        const [entry] = statusTimeline(decided, after.on, after.on);
        recorded = {
          memberId: member.id,
          status: after.status,
          effectiveOn: after.since,
          ruleId: entry?.ruleId ?? null,
          reason: entry ? t("en", entry.messageKey, entry.params) : row.reason,
          decidedBy: authority.personId,
        };
        await recordStatusChange(writer, recorded);
      }
      // A decision acts from the later of its first day and the day it is taken.
      const startsLater = row.startsOn > decidedOn;
      return {
        member,
        decision,
        effectiveFrom: startsLater ? row.startsOn : decidedOn,
        before,
        after,
        recorded,
        upcoming: startsLater
          ? { on: row.startsOn, status: evaluateMember(decided, row.startsOn).status }
          : null,
      };
    },
    deps.now,
  );
}

/** The decision as the engine reads it (as `member-facts.ts` loads the row). */
function asFact(request: StatusDecisionRequest, row: StatusDecisionRow): DecisionFact {
  const base = { id: row.id, reason: row.reason, decidedOn: row.decidedOn };
  switch (request.kind) {
    case "voluntary_inactivity":
      return { ...base, kind: request.kind, startsOn: request.startsOn, endsOn: request.endsOn };
    case "first_plan_extension":
      return { ...base, kind: request.kind, newDueOn: request.newDueOn };
    case "status_override":
      // `checkStatusDecision` refused any other status.
      return { ...base, kind: request.kind, startsOn: row.startsOn, status: request.status as MemberStatus };
  }
}
