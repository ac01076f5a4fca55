import type { MessageParams } from "../message-params.js";
import {
  addMonths,
  addYears,
  type Day,
  firstDayOfMonth,
  lastDayOfMonth,
  lastDayOfMonthsAfter,
  monthIndexOf,
  parseIsoDate,
  parseIsoMonth,
  toIsoDate,
  toIsoMonth,
} from "../time/civil.js";
import { isValidTimeZone, zoneCalendar } from "../time/zone.js";
import {
  type ApprovalVerdict,
  type CommitmentStatus,
  OGP_VALUES,
  POLICY_AREAS,
  RESOURCES_SECURED,
  SECTORS,
} from "../vocabularies.js";
import type { ValidationRuleId, Violation } from "./catalog.js";
import { type RulesConfig, SPEC_RULES_CONFIG } from "./config.js";
import type { MemberFacts } from "./facts.js";

/*
 * Spec §4 validation rules, shared by every write path (import, chat commands, web forms). Each
 * function takes plain data as a user or a file supplied it, returns every violation it finds (an
 * empty array when the data is valid) and never throws: malformed dates and missing fields are
 * violations too.
 */

const violation = (
  ruleId: ValidationRuleId,
  field: string,
  messageKey: string,
  params: MessageParams = {},
) => ({
  ruleId,
  field,
  messageKey,
  params,
});

/** Reads a date field, reporting it when it is not a calendar date. */
function dateField(
  value: unknown,
  ruleId: ValidationRuleId,
  field: string,
  violations: Violation[],
): Day | null {
  const day = parseIsoDate(value);
  if (day === null) {
    violations.push(violation(ruleId, field, "rules.violation.invalid_date", { rule: ruleId, field }));
  }
  return day;
}

const listOf = <T>(value: readonly T[] | null | undefined): readonly T[] =>
  Array.isArray(value) ? value : [];

const isBlank = (value: unknown): boolean => typeof value !== "string" || value.trim() === "";

// ---------------------------------------------------------------------------------------------
// Plans

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

// ---------------------------------------------------------------------------------------------
// Commitments and milestones

export interface MilestoneInput {
  readonly startMonth: string;
  readonly endMonth: string;
}

export interface CommitmentInput {
  readonly title: string | null;
  readonly startDate: string;
  readonly endDate: string;
  /** The lead implementing agency's name (Annex 2). */
  readonly leadAgency: string | null;
  readonly problem: string | null;
  readonly action: string | null;
  readonly policyAreas: readonly string[];
  readonly sectors: readonly string[];
  readonly ogpValues: readonly string[];
  readonly resourcesSecured: string | null;
  readonly milestones: readonly MilestoneInput[];
}

export interface CommitmentContext {
  readonly planEnd: string;
  /**
   * COMMIT-3: set when the commitment is added after the plan's submission, in place of one
   * completed and assessed: it must fit in the plan period that remains from this day.
   */
  readonly addedLaterOn: string | null;
}

/** COMMIT-1, COMMIT-2, COMMIT-3 and MILESTONE-1 for a commitment as written. */
export function validateCommitment(
  input: CommitmentInput,
  context: CommitmentContext,
  config: RulesConfig = SPEC_RULES_CONFIG,
): Violation[] {
  const violations: Violation[] = [
    ...commitmentFields(input, config),
    ...validateCommitmentPeriod({ ...input, planEnd: context.planEnd }, config),
  ];
  const start = parseIsoDate(input.startDate);
  const planEnd = parseIsoDate(context.planEnd);
  const years = config.commitment.minDurationYears;
  // COMMIT-3 (§3.2): a commitment added later must fit in what remains of the plan period.
  if (context.addedLaterOn !== null) {
    const addedOn = dateField(context.addedLaterOn, "COMMIT-3", "addedLaterOn", violations);
    if (addedOn !== null && start !== null && start < addedOn) {
      violations.push(
        violation("COMMIT-3", "startDate", "rules.violation.commit3.starts_before", {
          addedOn: toIsoDate(addedOn),
        }),
      );
    }
    if (addedOn !== null && planEnd !== null && planEnd < addYears(addedOn, years) - 1) {
      violations.push(
        violation("COMMIT-3", "endDate", "rules.violation.commit3.no_time", {
          planEnd: toIsoDate(planEnd),
          addedOn: toIsoDate(addedOn),
          years,
        }),
      );
    }
  }
  listOf(input.milestones).forEach((milestone, index) => {
    violations.push(
      ...validateMilestone(
        milestone,
        { startDate: input.startDate, endDate: input.endDate },
        `milestones[${index}]`,
      ),
    );
  });
  return violations;
}

/**
 * COMMIT-1 (§3.2.1.2): at least one calendar year (end ≥ start + 1 year − 1 day), ending no later
 * than the plan (for a coalition, PLAN-4 adds each owner's mandate).
 */
export function validateCommitmentPeriod(
  input: { readonly startDate: string; readonly endDate: string; readonly planEnd: string },
  config: RulesConfig = SPEC_RULES_CONFIG,
): Violation[] {
  const violations: Violation[] = [];
  const start = dateField(input.startDate, "COMMIT-1", "startDate", violations);
  const end = dateField(input.endDate, "COMMIT-1", "endDate", violations);
  const planEnd = dateField(input.planEnd, "COMMIT-1", "planEnd", violations);
  if (start === null || end === null) return violations;
  if (end <= start) {
    violations.push(violation("COMMIT-1", "endDate", "rules.violation.period_order", { rule: "COMMIT-1" }));
    return violations;
  }
  const years = config.commitment.minDurationYears;
  const earliestEnd = addYears(start, years) - 1;
  if (end < earliestEnd) {
    violations.push(
      violation("COMMIT-1", "endDate", "rules.violation.commit1.too_short", {
        years,
        earliestEnd: toIsoDate(earliestEnd),
      }),
    );
  }
  if (planEnd !== null && end > planEnd) {
    violations.push(
      violation("COMMIT-1", "endDate", "rules.violation.commit1.after_plan", { planEnd: toIsoDate(planEnd) }),
    );
  }
  return violations;
}

/** PLAN-4: a coalition member's own commitment ends 2 months before that member's mandate. */
function ownCommitmentEnd(
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

/** COMMIT-2 (Annex 2): required fields and vocabulary counts. */
function commitmentFields(input: CommitmentInput, config: RulesConfig): Violation[] {
  const violations: Violation[] = [];
  const required = {
    title: input.title,
    leadAgency: input.leadAgency,
    problem: input.problem,
    action: input.action,
  };
  for (const [field, value] of Object.entries(required)) {
    if (isBlank(value)) {
      violations.push(violation("COMMIT-2", field, "rules.violation.commit2.required", { field }));
    }
  }
  if (!(RESOURCES_SECURED as readonly unknown[]).includes(input.resourcesSecured)) {
    violations.push(
      violation("COMMIT-2", "resourcesSecured", "rules.violation.commit2.required", {
        field: "resourcesSecured",
      }),
    );
  }
  const { policyAreas, sectors, minOgpValues, minMilestones } = config.commitment;
  const choices: [string, readonly string[], readonly string[], number, number][] = [
    ["policyAreas", listOf(input.policyAreas), POLICY_AREAS, policyAreas.min, policyAreas.max],
    ["sectors", listOf(input.sectors), SECTORS, sectors.min, sectors.max],
    ["ogpValues", listOf(input.ogpValues), OGP_VALUES, minOgpValues, OGP_VALUES.length],
  ];
  for (const [field, chosen, vocabulary, min, max] of choices) {
    const distinct = new Set(chosen);
    if (distinct.size < min || distinct.size > max) {
      violations.push(
        violation("COMMIT-2", field, "rules.violation.commit2.count", {
          field,
          min,
          max,
          count: distinct.size,
        }),
      );
    }
    for (const code of distinct) {
      if (!vocabulary.includes(code)) {
        violations.push(
          violation("COMMIT-2", field, "rules.violation.commit2.unknown_code", { field, code: String(code) }),
        );
      }
    }
  }
  const milestones = listOf(input.milestones).length;
  if (milestones < minMilestones) {
    violations.push(
      violation("COMMIT-2", "milestones", "rules.violation.commit2.milestones", { min: minMilestones }),
    );
  }
  return violations;
}

/** MILESTONE-1: months are `YYYY-MM`, in order, and within the commitment's dates. */
export function validateMilestone(
  milestone: MilestoneInput,
  commitment: { readonly startDate: string; readonly endDate: string },
  field = "milestone",
): Violation[] {
  const violations: Violation[] = [];
  const start = parseIsoMonth(milestone.startMonth);
  const end = parseIsoMonth(milestone.endMonth);
  if (start === null) {
    violations.push(
      violation("MILESTONE-1", `${field}.startMonth`, "rules.violation.invalid_month", {
        rule: "MILESTONE-1",
        field: `${field}.startMonth`,
      }),
    );
  }
  if (end === null) {
    violations.push(
      violation("MILESTONE-1", `${field}.endMonth`, "rules.violation.invalid_month", {
        rule: "MILESTONE-1",
        field: `${field}.endMonth`,
      }),
    );
  }
  if (start === null || end === null) return violations;
  if (end < start) {
    violations.push(
      violation("MILESTONE-1", `${field}.endMonth`, "rules.violation.milestone1.order", {
        startMonth: toIsoMonth(start),
        endMonth: toIsoMonth(end),
      }),
    );
  }
  const commitmentStart = parseIsoDate(commitment.startDate);
  const commitmentEnd = parseIsoDate(commitment.endDate);
  if (commitmentStart === null || commitmentEnd === null) return violations;
  // A month lies within the commitment when it overlaps its dates (a commitment may start mid-month).
  const outside = (month: number) =>
    lastDayOfMonth(month) < commitmentStart || firstDayOfMonth(month) > commitmentEnd;
  for (const [which, month] of [
    ["startMonth", start],
    ["endMonth", end],
  ] as const) {
    if (outside(month)) {
      violations.push(
        violation("MILESTONE-1", `${field}.${which}`, "rules.violation.milestone1.outside", {
          from: toIsoMonth(monthIndexOf(commitmentStart)),
          to: toIsoMonth(monthIndexOf(commitmentEnd)),
        }),
      );
    }
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------
// Modifications

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

// ---------------------------------------------------------------------------------------------
// Applications

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

// ---------------------------------------------------------------------------------------------
// Recorded facts

/**
 * The rules above checked against a member's recorded facts, for imports and consistency reports:
 * PLAN-1/PLAN-2 (single members), PLAN-3 (today's open commitments), PLAN-4 (own commitments of a
 * coalition member), PLAN-5 (endorsed by the end of the submission day), COMMIT-1, MILESTONE-1 and
 * MOD-1. Fields are paths into the facts, e.g. `plans[0].periodEnd`.
 */
export function validateMemberFacts(
  facts: MemberFacts,
  config: RulesConfig = SPEC_RULES_CONFIG,
): Violation[] {
  const violations: Violation[] = [];
  const prefixed = (prefix: string, found: Violation[]) =>
    violations.push(...found.map((one) => ({ ...one, field: `${prefix}.${one.field}` })));
  const { member } = facts;
  // Endorsement instants are read in the member's zone; an unknown zone is a member-record problem
  // reported elsewhere, so UTC stands in rather than failing the whole check.
  const calendar = zoneCalendar(isValidTimeZone(member.timeZone) ? member.timeZone : "UTC");
  const plans = new Map(facts.plans.map((plan) => [plan.id, plan]));

  facts.plans.forEach((plan, index) => {
    if (member.coalitionSize === null) {
      prefixed(`plans[${index}]`, validatePlanPeriod({ ...plan, mandateEnd: member.mandateEnd }, config));
    }
    const submittedOn = parseIsoDate(plan.submittedOn);
    if (submittedOn === null) return;
    const endOfSubmissionDay = calendar.startOf(submittedOn + 1);
    const endorsements = facts.endorsements
      .filter((endorsement) => endorsement.planId === plan.id && endorsement.endorsedAt < endOfSubmissionDay)
      .map((endorsement) => ({
        organizationId: endorsement.organizationId,
        nonGovernment: endorsement.nonGovernment,
        withdrawn: endorsement.withdrawnAt !== null && endorsement.withdrawnAt < endOfSubmissionDay,
      }));
    prefixed(`plans[${index}]`, validatePlanSubmission({ endorsements }, config));
  });

  const assessed = new Set(
    facts.assessments
      .filter((assessment) => assessment.kind === "end_of_commitment" && assessment.submittedOn !== null)
      .map((assessment) => assessment.commitmentId),
  );
  violations.push(
    ...validateCommitmentCap(
      {
        coalitionSize: member.coalitionSize,
        commitments: facts.commitments.map((commitment) => ({
          status: commitment.status,
          endAssessmentSubmitted: assessed.has(commitment.id),
        })),
      },
      config,
    ),
  );

  const mandateEnd = parseIsoDate(member.mandateEnd);
  const commitmentsById = new Map(facts.commitments.map((commitment) => [commitment.id, commitment]));
  facts.commitments.forEach((commitment, index) => {
    const planEnd = plans.get(commitment.planId)?.periodEnd;
    if (planEnd !== undefined) {
      prefixed(`commitments[${index}]`, validateCommitmentPeriod({ ...commitment, planEnd }, config));
    }
    const end = parseIsoDate(commitment.endDate);
    if (member.coalitionSize !== null && commitment.ownedByMember && end !== null && mandateEnd !== null) {
      violations.push(
        ...ownCommitmentEnd(
          { code: commitment.code, end },
          { label: member.slug, mandateEnd },
          `commitments[${index}].endDate`,
          config,
        ),
      );
    }
  });

  facts.milestones.forEach((milestone, index) => {
    const commitment = commitmentsById.get(milestone.commitmentId);
    if (commitment !== undefined) {
      violations.push(...validateMilestone(milestone, commitment, `milestones[${index}]`));
    }
  });

  facts.modifications.forEach((modification, index) => {
    const commitment = commitmentsById.get(modification.commitmentId);
    if (commitment === undefined) return;
    const found = validateModification(
      {
        proposedOn: modification.proposedOn,
        commitmentSubmittedOn: commitment.submittedOn,
        decision: "pending",
        approvals: [],
      },
      config,
    );
    prefixed(`modifications[${index}]`, found);
  });
  return violations;
}
