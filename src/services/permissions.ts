import type { Database } from "../db/client.js";
import { listAllMemberIds } from "../db/repositories/member-lookup.js";
import { listMemberIdsInCountries, type PersonWithRoles } from "../db/repositories/people.js";
import { isNonGovernment, type Role } from "../domain/vocabularies.js";

/**
 * Authorization on the person's roles and their scopes (spec §1). Each check names the members a
 * subject belongs to, so a role for member A never reaches member B.
 */

const holds = (person: PersonWithRoles, role: Role, memberIds: string[]): boolean =>
  person.roles.some(
    (grant) => grant.role === role && grant.memberId !== null && memberIds.includes(grant.memberId),
  );

export const isSupportUnit = (person: PersonWithRoles): boolean =>
  person.roles.some((grant) => grant.role === "support_unit");

export const isPointOfContactFor = (person: PersonWithRoles, memberIds: string[]): boolean =>
  holds(person, "point_of_contact", memberIds);

/** §1: the PoC posts updates; other officials of the member may when the PoC allows (`canPostUpdates`). */
export const canPostUpdatesFor = (person: PersonWithRoles, memberIds: string[]): boolean =>
  isPointOfContactFor(person, memberIds) ||
  person.roles.some(
    (grant) =>
      grant.role === "government_official" &&
      grant.canPostUpdates &&
      grant.memberId !== null &&
      memberIds.includes(grant.memberId),
  );

/** §1, §2.2: civil society of the member, speaking for a non-government organization. */
export const isCivilSocietyOf = (person: PersonWithRoles, memberIds: string[]): boolean =>
  holds(person, "civil_society", memberIds);

export const speaksForNonGovernment = (person: PersonWithRoles): boolean =>
  person.organization !== null && isNonGovernment(person.organization.kind);

/** Members whose posting rights the person has (for `update` and `meeting` without a reference). */
export const membersWithPostingRights = (person: PersonWithRoles): string[] => [
  ...new Set(
    person.roles.flatMap((grant) =>
      grant.memberId &&
      (grant.role === "point_of_contact" || (grant.role === "government_official" && grant.canPostUpdates))
        ? [grant.memberId]
        : [],
    ),
  ),
];

export const membersWithRole = (person: PersonWithRoles, role: Role): string[] => [
  ...new Set(
    person.roles.flatMap((grant) => (grant.role === role && grant.memberId ? [grant.memberId] : [])),
  ),
];

/**
 * Every member the person follows: member-scoped roles, the countries of a national coordinator
 * (spec §7), and every member for the Support Unit.
 */
export async function membersInScope(db: Database, person: PersonWithRoles): Promise<string[]> {
  if (isSupportUnit(person)) return listAllMemberIds(db);
  const direct = person.roles.flatMap((grant) => (grant.memberId ? [grant.memberId] : []));
  const countries = person.roles.flatMap((grant) => (grant.country ? [grant.country] : []));
  return [...new Set([...direct, ...(await listMemberIdsInCountries(db, countries))])];
}
