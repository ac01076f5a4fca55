import type { PlanWithOwners } from "../../db/repositories/plans.js";
import type { Language } from "../../domain/vocabularies.js";
import { formatInstant } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";

/** PLAN-5: who endorsed which plan, when, in a reader's language. */
export const endorsedText = (
  language: Language,
  organization: string,
  plan: PlanWithOwners,
  name: string,
  at: Date,
): string =>
  t(language, "cmd.endorse.done", {
    organization,
    plan: plan.plan.title,
    name,
    when: formatInstant(at, language, plan.timeZone),
  });

/** PLAN-5: an endorsement withdrawn before submission, in a reader's language. */
export const withdrawnText = (
  language: Language,
  organization: string,
  plan: PlanWithOwners,
  name: string,
  at: Date,
): string =>
  t(language, "cmd.endorse.withdrawn", {
    organization,
    plan: plan.plan.title,
    name,
    when: formatInstant(at, language, plan.timeZone),
  });
