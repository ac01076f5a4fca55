import { writeAudited } from "../db/audit.js";
import { findMemberByRef, type MemberRow } from "../db/repositories/member-lookup.js";
import {
  findPersonByEmail,
  insertRoleAssignment,
  listRoleGrants,
  type PersonRow,
  type RoleScopeTarget,
} from "../db/repositories/person-registry.js";
import { COUNTRY_CODES } from "../domain/dossier/countries.js";
import { ROLES, type Role } from "../domain/vocabularies.js";
import type { ServiceDeps } from "./acting.js";
import { type ErrorParams, invalid, label, notFound, refuse } from "./errors.js";
import type { SupportUnitAuthority } from "./support-unit-authority.js";
import { retryOnceOnUniqueViolation } from "./unique-retry.js";

export interface RoleRequest {
  email: string;
  role: string;
  /** A member (slug or code) for member roles, a country (ISO alpha-2) for a national coordinator. */
  scope?: string | undefined;
}

export type GrantedScope =
  | { scope: "member"; member: MemberRow }
  | { scope: "country"; country: string }
  | { scope: "global" };

export interface RoleGranted {
  person: PersonRow;
  role: Role;
  target: GrantedScope;
}

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/**
 * The Support Unit grants a registered person a role of the spec's role table (§1), in the scope the
 * role has: global for the Support Unit, a country for a national coordinator (§7), a member for
 * every other role. A role the person already holds there is refused.
 */
export async function grantRole(
  deps: ServiceDeps,
  authority: SupportUnitAuthority,
  request: RoleRequest,
): Promise<RoleGranted> {
  const role = request.role.trim().toLowerCase().replaceAll("-", "_");
  if (!isRole(role)) throw invalid("register.role_unknown", { role: request.role, roles: ROLES.join(", ") });
  const person = await findPersonByEmail(deps.db, request.email);
  if (!person) throw notFound("register.no_person", { email: request.email });
  const target = await scopeOf(deps, role, request.scope?.trim() || undefined);
  const stored: RoleScopeTarget =
    target.scope === "member" ? { scope: "member", memberId: target.member.id } : target;
  const described: ErrorParams = {
    name: person.name,
    role: label(`cmd.role.${role}`),
    scope:
      target.scope === "member"
        ? target.member.name
        : target.scope === "country"
          ? target.country
          : label("cmd.help.scope_global"),
  };
  return retryOnceOnUniqueViolation(() =>
    writeAudited(
      deps.db,
      authority.actor,
      async (writer) => {
        const held = await listRoleGrants(writer.tx, person.id);
        const already = held.some(
          (grant) =>
            grant.role === role &&
            grant.scope === stored.scope &&
            (stored.scope !== "member" || grant.memberId === stored.memberId) &&
            (stored.scope !== "country" || grant.country === stored.country),
        );
        if (already) throw refuse("register.role_exists", described);
        await insertRoleAssignment(writer, { personId: person.id, role, target: stored });
        return { person, role, target };
      },
      deps.now,
    ),
  );
}

async function scopeOf(deps: ServiceDeps, role: Role, scope: string | undefined): Promise<GrantedScope> {
  const roleLabel = label(`cmd.role.${role}`);
  if (role === "support_unit") {
    if (scope !== undefined) throw invalid("register.global_role", { role: roleLabel, scope });
    return { scope: "global" };
  }
  if (role === "national_coordinator") {
    const country = scope?.toUpperCase();
    if (country === undefined) throw invalid("register.country_required", { role: roleLabel });
    if (!COUNTRY_CODES.includes(country)) throw invalid("register.country_unknown", { country: scope! });
    return { scope: "country", country };
  }
  if (scope === undefined) throw invalid("register.member_required", { role: roleLabel });
  const member = await findMemberByRef(deps.db, scope);
  if (!member) throw notFound("cmd.member.not_found", { ref: scope });
  return { scope: "member", member };
}
