import type { Database } from "../db/client.js";
import { loadMemberFacts } from "../db/repositories/member-facts.js";
import type { MemberRow } from "../db/repositories/member-lookup.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import { revisionCache } from "../db/revision-cache.js";
import {
  type DueItem,
  evaluateMember,
  type MemberEvaluation,
  type MemberFacts,
} from "../domain/rules/index.js";
import type { Role } from "../domain/vocabularies.js";

/** Each member's status, reasons and due items from the rules engine (spec §5, §6) on `now`. */
export async function assessMembers(
  db: Database,
  memberIds: string[],
  now: Date,
): Promise<Map<string, MemberEvaluation>> {
  if (memberIds.length === 0) return new Map();
  const facts = await factsCache.get(db, memberIds);
  return new Map([...facts].map(([memberId, memberFacts]) => [memberId, evaluateMember(memberFacts, now)]));
}

/** Members' rules facts as of the facts revision: the engine runs on each call, at its `now`. */
const factsCache = revisionCache<MemberFacts>(
  async (db, memberIds) =>
    new Map(
      (await loadMemberFacts(db, memberIds)).map((memberFacts) => [memberFacts.member.id, memberFacts]),
    ),
);

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
