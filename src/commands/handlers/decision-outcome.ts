import { LETTER_STATUSES } from "../../db/repositories/member-status.js";
import type { Language } from "../../domain/vocabularies.js";
import { formatCivilDate } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { describeDueItem, describeReason } from "../../messages/rules-text.js";
import type { StatusDecisionOutcome } from "../../services/record-status-decision.js";

/** A recorded Support Unit decision in a reader's words: what was decided, then what the rules now give. */
export interface DecisionOutcomeText {
  headline: string;
  /** The status the rules give with the decision, and why. */
  status: string;
  reasons: string[];
  /** Whether the status was recorded now, or when the scheduler records it. */
  notes: string[];
}

/**
 * Shared by the chat commands (`grant`, `override`) and the CLI's `decision …` verbs. `decider`
 * names who the recorded status change is attributed to.
 */
export function describeDecisionOutcome(
  outcome: StatusDecisionOutcome,
  language: Language,
  decider: string,
): DecisionOutcomeText {
  const { member, decision, after, recorded, upcoming } = outcome;
  const date = (iso: string) => formatCivilDate(iso, language);
  const status = (code: string) => t(language, `status.${code}`);
  const decided = { member: member.name, reason: decision.reason };
  const headline =
    decision.kind === "voluntary_inactivity"
      ? decision.endsOn === null
        ? t(language, "cmd.grant.vol1_open_done", { ...decided, from: date(decision.startsOn) })
        : t(language, "cmd.grant.vol1_done", {
            ...decided,
            from: date(decision.startsOn),
            to: date(decision.endsOn),
          })
      : decision.kind === "first_plan_extension"
        ? t(language, "cmd.grant.extension_done", { ...decided, until: date(decision.endsOn ?? "") })
        : t(language, "cmd.override.done", {
            ...decided,
            status: status(decision.status ?? ""),
            on: date(decision.startsOn),
          });
  const notes: string[] = [];
  if (decision.startsOn < decision.decidedOn)
    notes.push(t(language, "decision.outcome.backdated", { on: date(decision.decidedOn) }));
  if (recorded) {
    notes.push(t(language, "decision.outcome.recorded", { name: decider, rule: recorded.ruleId ?? "" }));
    if (LETTER_STATUSES.includes(recorded.status)) notes.push(t(language, "decision.outcome.letter"));
  } else if (upcoming && upcoming.status !== after.status) {
    notes.push(
      t(language, "decision.outcome.upcoming", { on: date(upcoming.on), status: status(upcoming.status) }),
    );
  } else {
    notes.push(t(language, "decision.outcome.unchanged"));
  }
  // An extension's point is the new deadline the member now works to (DUE-PLAN-NEW).
  const deadlines =
    decision.kind === "first_plan_extension"
      ? after.dueItems
          .filter((item) => item.ruleId === "DUE-PLAN-NEW")
          .map((item) => describeDueItem(item, language))
      : [];
  return {
    headline,
    status: t(language, "decision.outcome.now", {
      member: member.name,
      status: status(after.status),
      since: date(after.since),
    }),
    reasons: [...after.reasons.map((reason) => describeReason(reason, language)), ...deadlines],
    notes,
  };
}
