import type { PlanWithOwners } from "../../db/repositories/plans.js";
import type { Language } from "../../domain/vocabularies.js";
import { formatInstant } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";

/** PLAN-5: an organization's endorsement of a plan, given or withdrawn, who and when, in a reader's language. */
export const endorsementText = (
  event: "endorsed" | "withdrawn",
  language: Language,
  organization: string,
  plan: PlanWithOwners,
  name: string,
  at: Date,
): string =>
  t(language, event === "endorsed" ? "cmd.endorse.done" : "cmd.endorse.withdrawn", {
    organization,
    plan: plan.plan.title,
    name,
    when: formatInstant(at, language, plan.timeZone),
  });
