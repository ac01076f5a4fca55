import type { Database } from "../db/client.js";
import { loadMemberFacts } from "../db/repositories/member-facts.js";
import type { MemberRow } from "../db/repositories/member-lookup.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import { type DueItem, evaluateMember, type MemberEvaluation, type Reason } from "../domain/rules/index.js";
import type { Language, Role } from "../domain/vocabularies.js";
import { type MessageParams, t } from "../i18n/index.js";
import { formatCivilDate } from "./format.js";

/** Each member's status, reasons and due items from the rules engine (spec §5, §6) on `now`. */
export async function assessMembers(
  db: Database,
  memberIds: string[],
  now: Date,
): Promise<Map<string, MemberEvaluation>> {
  if (memberIds.length === 0) return new Map();
  const facts = await loadMemberFacts(db, memberIds);
  return new Map(facts.map((memberFacts) => [memberFacts.member.id, evaluateMember(memberFacts, now)]));
}

/** The roles through which the person follows a member: its member roles, country and global ones. */
export function rolesOverMember(person: PersonWithRoles, member: Pick<MemberRow, "id" | "country">): Role[] {
  return person.roles
    .filter(
      (grant) =>
        grant.memberId === member.id ||
        (grant.scope === "country" && grant.country === member.country) ||
        grant.scope === "global",
    )
    .map((grant) => grant.role);
}

/** Due items addressed to one of the person's roles over the member (spec §6 "whom to remind"). */
export function dueItemsFor(roles: Role[], evaluation: MemberEvaluation): DueItem[] {
  return evaluation.dueItems.filter((item) => item.audience.some((role) => roles.includes(role)));
}

/** Rule messages carry ISO dates; readers get them in their language. */
export function localizedParams(params: MessageParams, language: Language): MessageParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? formatCivilDate(value, language)
        : value,
    ]),
  );
}

export function describeReason(reason: Reason, language: Language): string {
  return t(language, reason.messageKey, localizedParams(reason.params, language));
}

export function describeDueItem(item: DueItem, language: Language): string {
  return t(language, item.overdue ? "cmd.due.item_overdue" : "cmd.due.item", {
    date: formatCivilDate(item.dueOn, language),
    text: t(language, item.messageKey, localizedParams(item.params, language)),
  });
}
