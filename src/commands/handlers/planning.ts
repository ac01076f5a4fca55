import type { Violation } from "../../domain/rules/index.js";
import type { Language } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import type { CommandName } from "../../messages/invocation.js";
import { localizedParams } from "../../messages/rules-text.js";
import { membersWithRole } from "../../services/permissions.js";
import type { LinkedContext } from "../context.js";
import type { FieldErrors } from "../forms.js";
import { chooseMember, type MemberChoice } from "../resolve.js";

/** What the plan-writing commands (`plan`, `commitment`) share: the member they are about, and rule violations as form errors. */

/**
 * The member a plan-writing command is about, among the members the caller is point of contact for
 * (`chooseMember`). Who may act on the member is the use case's decision.
 */
export const choosePlanningMember = (
  context: LinkedContext,
  ref: string | undefined,
  command: CommandName,
  variant: string,
): Promise<MemberChoice> =>
  chooseMember(context, ref, membersWithRole(context.caller, "point_of_contact"), command, {
    variant,
    noCandidate: { key: "plans.no_member", params: { usage: `${command} ${variant}` } },
  });

/** A rule violation in a reader's language: its message names the rule (e.g. "Rule COMMIT-1 (§3.2.1.2): …"). */
export const describeViolation = (violation: Pick<Violation, "messageKey" | "params">, language: Language) =>
  t(language, violation.messageKey, localizedParams(violation.params, language));

/**
 * Violations as form errors, on the form field each one is about (`fieldOf`: the validator's field
 * name to the form's); one about no field of the form goes on `fallback`.
 */
export function violationErrors(
  violations: readonly Violation[],
  fieldOf: Readonly<Record<string, string>>,
  fallback: string,
  language: Language,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const violation of violations) {
    const field = fieldOf[violation.field] ?? fallback;
    const message = describeViolation(violation, language);
    errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
  }
  return errors;
}
