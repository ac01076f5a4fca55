import type { Language } from "../vocabularies.js";

/** Days before a deadline on which a reminder goes out (spec §6 "default reminders"). */
export type ReminderOffsets = readonly number[];

/**
 * Every threshold of the handbook rules (spec §4–§6) in one place, so an operator can change one
 * without touching the engine. Every rule function takes a `RulesConfig` as its last, optional
 * argument and defaults to `SPEC_RULES_CONFIG`.
 */
export interface RulesConfig {
  readonly plan: {
    /** PLAN-1: the plan ends at least this many calendar months before the mandate ends. */
    readonly monthsBeforeMandateEnd: number;
    /** PLAN-2: plan length in years for members without elections, inclusive bounds. */
    readonly yearsWithoutMandate: { readonly min: number; readonly max: number };
    /** PLAN-3: open commitments a single member, a coalition of 2, or of 3–4 may hold. */
    readonly commitmentCap: {
      readonly single: number;
      readonly coalitionOf2: number;
      readonly coalitionOf3Or4: number;
    };
    /** PLAN-4: coalition size. */
    readonly coalitionMembers: { readonly min: number; readonly max: number };
    /** PLAN-5: non-government endorsements required before submission. */
    readonly minNonGovernmentEndorsements: number;
    /** PLAN-6: the language plans are submitted in. */
    readonly submissionLanguage: Language;
  };
  readonly commitment: {
    /** COMMIT-1: minimum duration (end ≥ start + N years − 1 day). */
    readonly minDurationYears: number;
    /** COMMIT-2: how many codes of each vocabulary a commitment carries. */
    readonly policyAreas: { readonly min: number; readonly max: number };
    readonly sectors: { readonly min: number; readonly max: number };
    readonly minOgpValues: number;
    readonly minMilestones: number;
  };
  readonly modification: {
    /** MOD-1: proposals allowed up to this many months after the commitment's submission. */
    readonly windowMonths: number;
  };
  readonly application: {
    /** APPLY-1. */
    readonly minMandateMonthsRemaining: number;
    /** APPLY-2. */
    readonly maxLetterPages: number;
    readonly letterLanguage: Language;
    readonly minNonGovernmentSignatories: number;
  };
  readonly status: {
    /** INACT-2: months after a plan ends by which the next plan must be submitted. */
    readonly nextPlanWithinMonths: number;
    /** INACT-3: consecutive monitored quarters whose updates show no progress. */
    readonly quartersWithoutProgress: number;
    /** INACT-4: consecutive monitored quarters without any update. */
    readonly quartersWithoutUpdate: number;
    /** PROB-1: consecutive months inactive (not voluntarily) before probation. */
    readonly inactiveMonthsBeforeProbation: number;
    /** PROB-2 Regularity: at least this many co-creation meetings before submission. */
    readonly minCoCreationMeetings: number;
    /** PROB-2 Regularity: implementation meetings required in each period counted from submission. */
    readonly implementationMeetingPeriodMonths: number;
    readonly minImplementationMeetingsPerPeriod: number;
    /** PROB-3 / REVOKE-1: months on probation before revocation is due. */
    readonly probationMonthsToRectify: number;
  };
  readonly deadlines: {
    readonly update: { readonly reminderDaysBefore: ReminderOffsets };
    /** DUE-PROGRESS warns "at quarter end": 0 days before the quarter's last day. */
    readonly progress: { readonly reminderDaysBefore: ReminderOffsets };
    readonly planNew: { readonly reminderDaysBefore: ReminderOffsets };
    readonly planNext: { readonly reminderDaysBefore: ReminderOffsets };
    readonly assessInitial: {
      readonly monthsAfterSubmission: number;
      readonly reminderDaysBefore: ReminderOffsets;
    };
    readonly assessEnd: { readonly monthsAfter: number; readonly reminderDaysBefore: ReminderOffsets };
    readonly assessFinal: {
      readonly monthsAfterPlanEnd: number;
      readonly reminderDaysBefore: ReminderOffsets;
    };
    readonly milestone: { readonly reminderDaysBefore: ReminderOffsets };
    /** DUE-MEETINGS: warn when, this many months into a period, fewer than `minMeetings` were held. */
    readonly meetings: {
      readonly checkpoints: readonly { readonly afterMonths: number; readonly minMeetings: number }[];
    };
    readonly modificationWindow: { readonly reminderDaysBefore: ReminderOffsets };
    readonly probation: { readonly reminderDaysBefore: ReminderOffsets };
  };
}

/** The defaults of `../shared/spec/handbook-rules.md`. */
export const SPEC_RULES_CONFIG: RulesConfig = {
  plan: {
    monthsBeforeMandateEnd: 2,
    yearsWithoutMandate: { min: 1, max: 4 },
    commitmentCap: { single: 5, coalitionOf2: 10, coalitionOf3Or4: 12 },
    coalitionMembers: { min: 2, max: 4 },
    minNonGovernmentEndorsements: 1,
    submissionLanguage: "en",
  },
  commitment: {
    minDurationYears: 1,
    policyAreas: { min: 1, max: 2 },
    sectors: { min: 1, max: 2 },
    minOgpValues: 1,
    minMilestones: 1,
  },
  modification: { windowMonths: 6 },
  application: {
    minMandateMonthsRemaining: 16,
    maxLetterPages: 3,
    letterLanguage: "en",
    minNonGovernmentSignatories: 1,
  },
  status: {
    nextPlanWithinMonths: 4,
    quartersWithoutProgress: 2,
    quartersWithoutUpdate: 2,
    inactiveMonthsBeforeProbation: 6,
    minCoCreationMeetings: 1,
    implementationMeetingPeriodMonths: 12,
    minImplementationMeetingsPerPeriod: 2,
    probationMonthsToRectify: 4,
  },
  deadlines: {
    update: { reminderDaysBefore: [14, 3] },
    progress: { reminderDaysBefore: [0] },
    planNew: { reminderDaysBefore: [30, 14, 3] },
    planNext: { reminderDaysBefore: [60, 30, 7] },
    assessInitial: { monthsAfterSubmission: 2, reminderDaysBefore: [14, 3] },
    assessEnd: { monthsAfter: 1, reminderDaysBefore: [7] },
    assessFinal: { monthsAfterPlanEnd: 2, reminderDaysBefore: [14, 3] },
    milestone: { reminderDaysBefore: [14] },
    meetings: {
      checkpoints: [
        { afterMonths: 6, minMeetings: 1 },
        { afterMonths: 10, minMeetings: 2 },
      ],
    },
    modificationWindow: { reminderDaysBefore: [14] },
    probation: { reminderDaysBefore: [60, 30, 7] },
  },
};
