import type { MemberRow } from "../db/repositories/member-lookup.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import { PLAN_PREPARATION_STATUSES } from "../db/repositories/plan-authoring.js";
import type { PlanRow } from "../db/repositories/plans.js";
import type { Language } from "../domain/vocabularies.js";
import { civilDateIn } from "../messages/format.js";
import { t } from "../messages/i18n/index.js";
import type { ActionButton, ReplyBlock } from "../messages/model.js";
import { isPointOfContactFor } from "../services/permissions.js";

/**
 * The plan-writing steps the home view offers a member's point of contact (§3.2–§3.3): draft the
 * next plan once none is open, or carry on with the one being written. Nothing for anyone else.
 */
export function planActionBlocks(
  person: PersonWithRoles,
  member: MemberRow,
  plan: PlanRow | undefined,
  now: Date,
  language: Language,
): ReplyBlock[] {
  if (!isPointOfContactFor(person, [member.id])) return [];
  const button = (key: string, args: string[], command: "plan" | "commitment" = "plan"): ActionButton => ({
    label: t(language, key),
    invoke: { command, args: [...args, member.slug] },
  });
  const over = !plan || plan.status === "ended" || plan.periodEnd < civilDateIn(now, member.timeZone);
  if (over)
    return [{ kind: "buttons", buttons: [{ ...button("plans.button.draft", ["draft"]), style: "primary" }] }];
  const ownInPreparation =
    plan.memberId === member.id && (PLAN_PREPARATION_STATUSES as readonly string[]).includes(plan.status);
  if (!ownInPreparation) return [];
  return [
    {
      kind: "buttons",
      buttons: [
        button("plans.button.add_commitment", ["add"], "commitment"),
        button("plans.button.request_endorsement", ["request-endorsement"]),
        { ...button("plans.button.submit", ["submit"]), style: "primary" },
      ],
    },
  ];
}
