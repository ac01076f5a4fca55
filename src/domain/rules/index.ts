/**
 * The handbook rules engine (spec §4–§6): a functional core. Nothing here reads a clock, a database
 * or a platform; time is always a parameter and facts arrive as plain data.
 */
export {
  type Alert,
  type DeadlineRuleId,
  type DueItem,
  type Reason,
  RULE_SECTIONS,
  type RuleId,
  type StatusRuleId,
  type Subject,
  type SubjectKind,
  type ValidationRuleId,
  type Violation,
} from "./catalog.js";
export { type RulesConfig, SPEC_RULES_CONFIG } from "./config.js";
export { evaluateMember, type MemberEvaluation, type StatusTransition, statusTimeline } from "./evaluate.js";
export type * from "./facts.js";
export { withdrawalDay } from "./facts.js";
export * from "./validation/index.js";
