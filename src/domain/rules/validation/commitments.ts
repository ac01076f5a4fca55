import {
  addYears,
  firstDayOfMonth,
  lastDayOfMonth,
  monthIndexOf,
  parseIsoDate,
  parseIsoMonth,
  toIsoDate,
  toIsoMonth,
} from "../../time/civil.js";
import { OGP_VALUES, POLICY_AREAS, RESOURCES_SECURED, SECTORS } from "../../vocabularies.js";
import type { Violation } from "../catalog.js";
import { type RulesConfig, SPEC_RULES_CONFIG } from "../config.js";
import { dateField, isBlank, listOf, violation } from "./shared.js";

/** Commitments and their milestones (Annex 2): COMMIT-1 duration, COMMIT-2 fields, COMMIT-3 added later, MILESTONE-1. */

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
