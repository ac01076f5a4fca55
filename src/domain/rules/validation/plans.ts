import { addYears, type Day, lastDayOfMonthsAfter, toIsoDate } from "../../time/civil.js";
import type { CommitmentStatus } from "../../vocabularies.js";
import type { ValidationRuleId, Violation } from "../catalog.js";
import { type RulesConfig, SPEC_RULES_CONFIG } from "../config.js";
import { dateField, isBlank, listOf, violation } from "./shared.js";

/** Plans (§3.2–§3.4): PLAN-1 period, PLAN-2 length, PLAN-3 cap, PLAN-4 coalitions, PLAN-5 endorsement, PLAN-6 language. */

export interface PlanPeriodInput {
  readonly periodStart: string;
  readonly periodEnd: string;
  /** The member's mandate end, or null for a jurisdiction without elections. */
  readonly mandateEnd: string | null;
}

/**
 * PLAN-1 (§3.2): the plan ends at least 2 calendar months before the mandate ends.
 * PLAN-2 (§3.2): without elections, the plan lasts 1 to 4 years inclusive.
 * Coalition plans use `validateCoalition` (PLAN-4), which applies these to the longest mandate.
 */
export function validatePlanPeriod(
  input: PlanPeriodInput,
  config: RulesConfig = SPEC_RULES_CONFIG,
): Violation[] {
  const violations: Violation[] = [];
  const ruleId: ValidationRuleId = input.mandateEnd === null ? "PLAN-2" : "PLAN-1";
  const start = dateField(input.periodStart, ruleId, "periodStart", violations);
  const end = dateField(input.periodEnd, ruleId, "periodEnd", violations);
  const mandateEnd =
    input.mandateEnd === null ? null : dateField(input.mandateEnd, ruleId, "mandateEnd", violations);
  if (start === null || end === null) return violations;
  if (end <= start) {
    violations.push(violation(ruleId, "periodEnd", "rules.violation.period_order", { rule: ruleId }));
    return violations;
  }
  if (input.mandateEnd === null) {
    violations.push(...planLengthWithoutMandate(start, end, config));
  } else if (mandateEnd !== null) {
    const latestEnd = lastDayOfMonthsAfter(mandateEnd, -config.plan.monthsBeforeMandateEnd);
    if (end > latestEnd) {
      violations.push(
        violation("PLAN-1", "periodEnd", "rules.violation.plan1", {
          latestEnd: toIsoDate(latestEnd),
          mandateEnd: toIsoDate(mandateEnd),
          months: config.plan.monthsBeforeMandateEnd,
        }),
      );
    }
  }
  return violations;
}

/** PLAN-2: "1 to 4 years inclusive" — end ≥ start + 1 year − 1 day and end ≤ start + 4 years − 1 day. */
function planLengthWithoutMandate(start: Day, end: Day, config: RulesConfig): Violation[] {
  const { min, max } = config.plan.yearsWithoutMandate;
  const earliestEnd = addYears(start, min) - 1;
  const latestEnd = addYears(start, max) - 1;
  if (end < earliestEnd) {
    return [
      violation("PLAN-2", "periodEnd", "rules.violation.plan2.too_short", {
        years: min,
        earliestEnd: toIsoDate(earliestEnd),
      }),
    ];
  }
  if (end > latestEnd) {
    return [
      violation("PLAN-2", "periodEnd", "rules.violation.plan2.too_long", {
        years: max,
        latestEnd: toIsoDate(latestEnd),
      }),
    ];
  }
  return [];
}

export interface CommitmentCapInput {
  /** Members in the coalition, or null for a single member. */
  readonly coalitionSize: number | null;
  /** The owner's commitments after the write. */
  readonly commitments: readonly {
    readonly status: CommitmentStatus;
    /** Its end-of-commitment assessment has been submitted. */
    readonly endAssessmentSubmitted: boolean;
  }[];
}

/** PLAN-3's cap for a single member (null) or a coalition of `coalitionSize`. */
export function commitmentCap(coalitionSize: number | null, config: RulesConfig = SPEC_RULES_CONFIG): number {
  const { single, coalitionOf2, coalitionOf3Or4 } = config.plan.commitmentCap;
  if (coalitionSize === null || coalitionSize < 2) return single;
  return coalitionSize === 2 ? coalitionOf2 : coalitionOf3Or4;
}

/**
 * PLAN-3 (§3.2, §3.4): at most 5 open commitments (coalition of 2: 10; of 3–4: 12). A commitment
 * is open while `active`, or `completed` until its end-of-commitment assessment is submitted.
 */
export function validateCommitmentCap(
  input: CommitmentCapInput,
  config: RulesConfig = SPEC_RULES_CONFIG,
): Violation[] {
  const open = listOf(input.commitments).filter(
    (commitment) =>
      commitment.status === "active" ||
      (commitment.status === "completed" && !commitment.endAssessmentSubmitted),
  ).length;
  const cap = commitmentCap(input.coalitionSize, config);
  return open > cap
    ? [violation("PLAN-3", "commitments", "rules.violation.plan3", { cap, count: open })]
    : [];
}

export interface CoalitionInput {
  readonly members: readonly {
    readonly id: string;
    readonly country: string;
    readonly mandateEnd: string | null;
  }[];
  /** Persons holding the coalition's point-of-contact role. */
  readonly pointOfContactIds: readonly string[];
  /** Organizations named as the coalition's monitoring body. */
  readonly monitoringBodyIds: readonly string[];
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly commitments: readonly {
    readonly code: string;
    readonly endDate: string;
    /** Owning member ids, or `joint`. */
    readonly owners: "joint" | readonly string[];
  }[];
}

/**
 * PLAN-4 (§3.4): 2–4 members of one country, one PoC, one monitoring body; the plan's end follows
 * the longest mandate (PLAN-1 against it, or PLAN-2 when a member has no elections); each member's
 * own commitments end at least 2 months before that member's mandate ends.
 */
export function validateCoalition(
  input: CoalitionInput,
  config: RulesConfig = SPEC_RULES_CONFIG,
): Violation[] {
  const violations: Violation[] = [];
  const members = listOf(input.members);
  const { min, max } = config.plan.coalitionMembers;
  if (members.length < min || members.length > max) {
    violations.push(
      violation("PLAN-4", "members", "rules.violation.plan4.size", { min, max, count: members.length }),
    );
  }
  const countries = [...new Set(members.map((member) => member.country))];
  if (countries.length > 1) {
    violations.push(
      violation("PLAN-4", "members", "rules.violation.plan4.country", { countries: countries.join(", ") }),
    );
  }
  const pointsOfContact = new Set(listOf(input.pointOfContactIds)).size;
  if (pointsOfContact !== 1) {
    violations.push(
      violation("PLAN-4", "pointOfContactIds", "rules.violation.plan4.point_of_contact", {
        count: pointsOfContact,
      }),
    );
  }
  const monitoringBodies = new Set(listOf(input.monitoringBodyIds)).size;
  if (monitoringBodies !== 1) {
    violations.push(
      violation("PLAN-4", "monitoringBodyIds", "rules.violation.plan4.monitoring_body", {
        count: monitoringBodies,
      }),
    );
  }

  const months = config.plan.monthsBeforeMandateEnd;
  const mandateEnds = new Map<string, Day | null>();
  members.forEach((member, index) => {
    mandateEnds.set(
      member.id,
      member.mandateEnd === null
        ? null
        : dateField(member.mandateEnd, "PLAN-4", `members[${index}].mandateEnd`, violations),
    );
  });
  const start = dateField(input.periodStart, "PLAN-4", "periodStart", violations);
  const end = dateField(input.periodEnd, "PLAN-4", "periodEnd", violations);
  if (start !== null && end !== null && end <= start) {
    violations.push(violation("PLAN-4", "periodEnd", "rules.violation.period_order", { rule: "PLAN-4" }));
  } else if (start !== null && end !== null && members.length > 0) {
    const known = [...mandateEnds.values()];
    if (members.some((member) => member.mandateEnd === null)) {
      violations.push(...planLengthWithoutMandate(start, end, config));
    } else if (known.every((mandateEnd) => mandateEnd !== null)) {
      const longest = Math.max(...(known as Day[]));
      const latestEnd = lastDayOfMonthsAfter(longest, -months);
      if (end > latestEnd) {
        violations.push(
          violation("PLAN-4", "periodEnd", "rules.violation.plan4.plan_end", {
            latestEnd: toIsoDate(latestEnd),
            mandateEnd: toIsoDate(longest),
            months,
          }),
        );
      }
    }
  }

  listOf(input.commitments).forEach((commitment, index) => {
    if (commitment.owners === "joint") return;
    const commitmentEnd = dateField(
      commitment.endDate,
      "PLAN-4",
      `commitments[${index}].endDate`,
      violations,
    );
    if (commitmentEnd === null) return;
    for (const owner of listOf(commitment.owners)) {
      const mandateEnd = mandateEnds.get(owner);
      if (mandateEnd === undefined || mandateEnd === null) continue;
      violations.push(
        ...ownCommitmentEnd(
          { code: commitment.code, end: commitmentEnd },
          { label: owner, mandateEnd },
          `commitments[${index}].endDate`,
          config,
        ),
      );
    }
  });
  return violations;
}

export interface PlanSubmissionInput {
  readonly endorsements: readonly {
    readonly organizationId: string;
    readonly nonGovernment: boolean;
    readonly withdrawn: boolean;
  }[];
}

/** PLAN-5: the organizations the submission lists as endorsing the plan. */
export function endorsingOrganizations(input: PlanSubmissionInput): string[] {
  return [
    ...new Set(
      listOf(input.endorsements)
        .filter((endorsement) => endorsement.nonGovernment && !endorsement.withdrawn)
        .map((endorsement) => endorsement.organizationId),
    ),
  ];
}

/** PLAN-5 (§3.3.1): no move to `submitted` without an endorsement by a non-government organization. */
export function validatePlanSubmission(
  input: PlanSubmissionInput,
  config: RulesConfig = SPEC_RULES_CONFIG,
): Violation[] {
  const required = config.plan.minNonGovernmentEndorsements;
  return endorsingOrganizations(input).length < required
    ? [violation("PLAN-5", "endorsements", "rules.violation.plan5", { required })]
    : [];
}

export interface PlanLanguageInput {
  /** The language the plan is submitted in. */
  readonly language: string;
  /** The English text of each plan or commitment field the write path stores. */
  readonly englishFields: Readonly<Record<string, string | null | undefined>>;
}

/** PLAN-6 (§3.2): plans are submitted in English; translations may be stored beside the English text. */
export function validatePlanLanguage(
  input: PlanLanguageInput,
  config: RulesConfig = SPEC_RULES_CONFIG,
): Violation[] {
  const violations: Violation[] = [];
  if (input.language !== config.plan.submissionLanguage) {
    violations.push(
      violation("PLAN-6", "language", "rules.violation.plan6.language", { language: String(input.language) }),
    );
  }
  for (const [field, text] of Object.entries(input.englishFields ?? {})) {
    if (isBlank(text)) {
      violations.push(violation("PLAN-6", field, "rules.violation.plan6.english_text", { field }));
    }
  }
  return violations;
}

/** PLAN-4: a coalition member's own commitment ends 2 months before that member's mandate. */
export function ownCommitmentEnd(
  commitment: { readonly code: string; readonly end: Day },
  owner: { readonly label: string; readonly mandateEnd: Day },
  field: string,
  config: RulesConfig,
): Violation[] {
  const months = config.plan.monthsBeforeMandateEnd;
  const latestEnd = lastDayOfMonthsAfter(owner.mandateEnd, -months);
  if (commitment.end <= latestEnd) return [];
  return [
    violation("PLAN-4", field, "rules.violation.plan4.commitment_end", {
      commitment: commitment.code,
      member: owner.label,
      latestEnd: toIsoDate(latestEnd),
      mandateEnd: toIsoDate(owner.mandateEnd),
      months,
    }),
  ];
}

/**
 * Whether a plan is being implemented on `today` (§3.5): recorded as `implementation`, or submitted
 * with its period begun — the moment the rules engine starts the quarterly clock
 * (implementation starts at the later of submission and period start). ISO dates compare as text.
 */
export function isPlanInImplementation(
  plan: { readonly status: string; readonly periodStart: string },
  today: string,
): boolean {
  return plan.status === "implementation" || (plan.status === "submitted" && plan.periodStart <= today);
}
