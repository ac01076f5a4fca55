import type { MessageParams } from "../message-params.js";
import type { IsoDate } from "../time/civil.js";
import type { Role } from "../vocabularies.js";

/** Spec §4: validation rules and the handbook section each comes from. */
export const VALIDATION_RULE_SECTIONS = {
  "PLAN-1": "§3.2",
  "PLAN-2": "§3.2",
  "PLAN-3": "§3.2, §3.4",
  "PLAN-4": "§3.4",
  "PLAN-5": "§3.3.1",
  "PLAN-6": "§3.2",
  "COMMIT-1": "§3.2.1.2",
  "COMMIT-2": "Annex 2",
  "COMMIT-3": "§3.2",
  "MOD-1": "§3.2.1.3",
  "MOD-2": "§3.2.1.3",
  "MILESTONE-1": "Annex 2 §17",
  "APPLY-1": "§1.1",
  "APPLY-2": "§1.2",
} as const;
export type ValidationRuleId = keyof typeof VALIDATION_RULE_SECTIONS;

/** Spec §5: rules that move a member's status. `OVERRIDE` is the Support Unit's manual override (§4.2). */
export const STATUS_RULE_SECTIONS = {
  "INACT-1": "§4.1.1",
  "INACT-2": "§4.1.2, §3.2",
  "INACT-3": "§4.1.3",
  "INACT-4": "§4.1.4",
  "VOL-1": "§4.1",
  "REACT-1": "§4.1",
  "PROB-1": "§4.2",
  "PROB-2": "§4.2, §3.3.1",
  "PROB-3": "§4.2",
  "REVOKE-1": "§4.2",
  OVERRIDE: "§4.2",
} as const;
export type StatusRuleId = keyof typeof STATUS_RULE_SECTIONS;

/** Spec §6: deadlines, with whom each reminds. */
export const DEADLINE_RULE_SECTIONS = {
  "DUE-UPDATE": "§3.5, §3.5.4",
  "DUE-PROGRESS": "§4.1.3",
  "DUE-PLAN-NEW": "§4.1.1",
  "DUE-PLAN-NEXT": "§3.2, §4.1.2",
  "DUE-ASSESS-INITIAL": "§3.5.1",
  "DUE-ASSESS-END": "§3.5.2",
  "DUE-ASSESS-FINAL": "§3.5.3",
  "DUE-MILESTONE": "Annex 2 §17",
  "DUE-MEETINGS": "§3.3.1",
  "DUE-MOD-WINDOW": "§3.2.1.3",
  "DUE-PROBATION": "§4.2",
} as const;
export type DeadlineRuleId = keyof typeof DEADLINE_RULE_SECTIONS;

export type RuleId = ValidationRuleId | StatusRuleId | DeadlineRuleId;

export const RULE_SECTIONS: Readonly<Record<RuleId, string>> = {
  ...VALIDATION_RULE_SECTIONS,
  ...STATUS_RULE_SECTIONS,
  ...DEADLINE_RULE_SECTIONS,
};

/** Spec §6 "whom to remind". Channels (member channel, DM) are the notifier's choice, not the engine's. */
export const DEADLINE_AUDIENCES: Readonly<Record<DeadlineRuleId, readonly Role[]>> = {
  "DUE-UPDATE": ["point_of_contact"],
  "DUE-PROGRESS": ["point_of_contact"],
  "DUE-PLAN-NEW": ["point_of_contact", "support_unit"],
  "DUE-PLAN-NEXT": ["point_of_contact", "support_unit"],
  "DUE-ASSESS-INITIAL": ["monitoring_body", "support_unit"],
  "DUE-ASSESS-END": ["monitoring_body", "support_unit"],
  "DUE-ASSESS-FINAL": ["monitoring_body", "support_unit"],
  "DUE-MILESTONE": ["point_of_contact"],
  "DUE-MEETINGS": ["point_of_contact", "civil_society"],
  "DUE-MOD-WINDOW": ["point_of_contact"],
  "DUE-PROBATION": ["point_of_contact", "support_unit"],
};

/** Status reasons concern the Support Unit (it writes the letters, §4.1–§4.2) and the member's PoC. */
export const STATUS_AUDIENCE: readonly Role[] = ["support_unit", "point_of_contact"];
/** Transition letters and revocation decisions go to the Support Unit's alert channel (§4.1, §4.2). */
export const SUPPORT_UNIT_AUDIENCE: readonly Role[] = ["support_unit"];

export type SubjectKind = "member" | "plan" | "commitment" | "milestone" | "assessment";

export interface Subject {
  readonly kind: SubjectKind;
  readonly id: string;
}

/** Why the member has its status. */
export interface Reason {
  readonly ruleId: StatusRuleId;
  readonly section: string;
  readonly subject: Subject;
  /** The next date this reason leads to (probation, revocation, end of voluntary inactivity), if any. */
  readonly dueOn: IsoDate | null;
  readonly audience: readonly Role[];
  readonly messageKey: string;
  readonly params: MessageParams;
}

/** Something the member (or its monitoring body, or the Support Unit) must do by a date. */
export interface DueItem {
  readonly ruleId: DeadlineRuleId;
  readonly section: string;
  readonly subject: Subject;
  readonly dueOn: IsoDate;
  readonly overdue: boolean;
  readonly audience: readonly Role[];
  readonly messageKey: string;
  readonly params: MessageParams;
}

/**
 * A notification to send. `dedupeKey` is `deadlineKey:step`, so the same reminder step for the same
 * deadline is sent once however often the scheduler evaluates (spec §6).
 */
export interface Alert {
  readonly dedupeKey: string;
  /** The deadline (or status event) the alert is a step of: `rule:subjectKind:subjectId:period`. */
  readonly deadlineKey: string;
  readonly ruleId: StatusRuleId | DeadlineRuleId;
  readonly section: string;
  readonly subject: Subject;
  /** `d-14`, `overdue`, `m6`, `letter`, `confirm`…: the reminder step. */
  readonly step: string;
  readonly dueOn: IsoDate | null;
  readonly audience: readonly Role[];
  readonly messageKey: string;
  readonly params: MessageParams;
}

/** A broken validation rule: what the write path shows, in the user's language, next to `field`. */
export interface Violation {
  readonly ruleId: ValidationRuleId;
  readonly field: string;
  readonly messageKey: string;
  readonly params: MessageParams;
}
