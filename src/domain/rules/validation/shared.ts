import type { MessageParams } from "../../message-params.js";
import { type Day, parseIsoDate } from "../../time/civil.js";
import type { ValidationRuleId, Violation } from "../catalog.js";
/*
 * Spec §4 validation rules, shared by every write path (import, chat commands, web forms). Each
 * function takes plain data as a user or a file supplied it, returns every violation it finds (an
 * empty array when the data is valid) and never throws: malformed dates and missing fields are
 * violations too.
 */

export const violation = (
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
export function dateField(
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

export const listOf = <T>(value: readonly T[] | null | undefined): readonly T[] =>
  Array.isArray(value) ? value : [];

export const isBlank = (value: unknown): boolean => typeof value !== "string" || value.trim() === "";
