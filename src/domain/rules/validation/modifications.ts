import { addMonths, toIsoDate } from "../../time/civil.js";
import type { ApprovalVerdict } from "../../vocabularies.js";
import type { Violation } from "../catalog.js";
import { type RulesConfig, SPEC_RULES_CONFIG } from "../config.js";
import { dateField, listOf, violation } from "./shared.js";

/** Modifications (§3.2.1.3): MOD-1 window, MOD-2 consent. */

export interface ModificationInput {
  readonly proposedOn: string;
  /** The commitment's submission date; null for a draft, which is edited freely instead. */
  readonly commitmentSubmittedOn: string | null;
  /** The decision the write would record. */
  readonly decision: "pending" | "approved" | "rejected";
  readonly approvals: readonly {
    readonly verdict: ApprovalVerdict;
    /** The approver holds the `civil_society` role for the commitment's member. */
    readonly byCivilSocietyOfMember: boolean;
  }[];
}

/**
 * MOD-1 (§3.2.1.3): proposed within 6 months of the commitment's submission.
 * MOD-2 (§3.2.1.3): approved only with ≥1 approval and no rejection by the member's civil society.
 */
export function validateModification(
  input: ModificationInput,
  config: RulesConfig = SPEC_RULES_CONFIG,
): Violation[] {
  const violations: Violation[] = [];
  const proposedOn = dateField(input.proposedOn, "MOD-1", "proposedOn", violations);
  if (input.commitmentSubmittedOn !== null) {
    const submittedOn = dateField(input.commitmentSubmittedOn, "MOD-1", "commitmentSubmittedOn", violations);
    if (proposedOn !== null && submittedOn !== null) {
      const closesOn = addMonths(submittedOn, config.modification.windowMonths);
      if (proposedOn > closesOn) {
        violations.push(
          violation("MOD-1", "proposedOn", "rules.violation.mod1", {
            closesOn: toIsoDate(closesOn),
            months: config.modification.windowMonths,
          }),
        );
      }
    }
  }
  if (input.decision === "approved") {
    const civilSociety = listOf(input.approvals).filter((approval) => approval.byCivilSocietyOfMember);
    if (civilSociety.some((approval) => approval.verdict === "reject")) {
      violations.push(violation("MOD-2", "decision", "rules.violation.mod2.rejected"));
    } else if (!civilSociety.some((approval) => approval.verdict === "approve")) {
      violations.push(violation("MOD-2", "decision", "rules.violation.mod2.no_approval"));
    }
  }
  return violations;
}
