import { addMonths, toIsoDate } from "../../time/civil.js";
import type { Violation } from "../catalog.js";
import { type RulesConfig, SPEC_RULES_CONFIG } from "../config.js";
import { dateField, violation } from "./shared.js";

/** Applications (§1): APPLY-1 mandate, APPLY-2 letter of support. */

export interface ApplicationInput {
  readonly appliedOn: string;
  /** Null for a jurisdiction without elections. */
  readonly mandateEnd: string | null;
  readonly letter: {
    readonly pages: number;
    readonly language: string;
    readonly signedByHeadOfGovernment: boolean;
    readonly signedByDelegatedSeniorOfficial: boolean;
    readonly nonGovernmentSignatories: number;
  };
}

/**
 * APPLY-1 (§1.1): at least 16 months remain in the mandate when applying.
 * APPLY-2 (§1.2): the letter of support is ≤ 3 pages, in English, signed by the head of government
 * (or a delegated senior official) and by at least one non-government stakeholder.
 */
export function validateApplication(
  input: ApplicationInput,
  config: RulesConfig = SPEC_RULES_CONFIG,
): Violation[] {
  const violations: Violation[] = [];
  const {
    minMandateMonthsRemaining: months,
    maxLetterPages,
    letterLanguage,
    minNonGovernmentSignatories,
  } = config.application;
  const appliedOn = dateField(input.appliedOn, "APPLY-1", "appliedOn", violations);
  const mandateEnd =
    input.mandateEnd === null ? null : dateField(input.mandateEnd, "APPLY-1", "mandateEnd", violations);
  if (appliedOn !== null && mandateEnd !== null) {
    // The application day counts: 16 months from 2026-03-15 run through 2027-07-14.
    const neededUntil = addMonths(appliedOn, months) - 1;
    if (mandateEnd < neededUntil) {
      violations.push(
        violation("APPLY-1", "mandateEnd", "rules.violation.apply1", {
          months,
          mandateEnd: toIsoDate(mandateEnd),
          neededUntil: toIsoDate(neededUntil),
        }),
      );
    }
  }
  const letter = input.letter;
  if (letter === null || typeof letter !== "object") {
    violations.push(violation("APPLY-2", "letter", "rules.violation.apply2.missing"));
    return violations;
  }
  if (!Number.isFinite(letter.pages) || letter.pages < 1 || letter.pages > maxLetterPages) {
    violations.push(
      violation("APPLY-2", "letter.pages", "rules.violation.apply2.pages", {
        max: maxLetterPages,
        pages: String(letter.pages),
      }),
    );
  }
  if (letter.language !== letterLanguage) {
    violations.push(violation("APPLY-2", "letter.language", "rules.violation.apply2.language"));
  }
  if (!letter.signedByHeadOfGovernment && !letter.signedByDelegatedSeniorOfficial) {
    violations.push(violation("APPLY-2", "letter.signatories", "rules.violation.apply2.head_of_government"));
  }
  if (!(letter.nonGovernmentSignatories >= minNonGovernmentSignatories)) {
    violations.push(
      violation("APPLY-2", "letter.signatories", "rules.violation.apply2.non_government", {
        min: minNonGovernmentSignatories,
      }),
    );
  }
  return violations;
}
