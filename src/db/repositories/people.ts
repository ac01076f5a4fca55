import { and, eq, inArray } from "drizzle-orm";
import {
  LANGUAGES,
  type Language,
  type OrganizationKind,
  type Platform,
  type Role,
  type RoleScope,
} from "../../domain/vocabularies.js";
import type { Database } from "../client.js";
import { chatIdentities, members, organizations, persons, roleAssignments } from "../schema/index.js";

/** One role a person holds and its scope (spec §1). */
export interface RoleGrant {
  role: Role;
  scope: RoleScope;
  memberId: string | null;
  country: string | null;
  canPostUpdates: boolean;
}

/** A person as the command core sees them: identity, language and every role, never a display name. */
export interface PersonWithRoles {
  id: string;
  name: string;
  email: string;
  language: Language;
  timeZone: string | null;
  organization: { id: string; name: string; kind: OrganizationKind } | null;
  roles: RoleGrant[];
}

const asLanguage = (value: string): Language =>
  (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : "en";

/** Discord user ids are global, so their identities are stored without a workspace (see chat_identities). */
const identityWorkspace = (platform: Platform, workspaceId: string): string =>
  platform === "discord" ? "" : workspaceId;

export async function findPersonByChatIdentity(
  db: Database,
  identity: { platform: Platform; workspaceId: string; userId: string },
): Promise<PersonWithRoles | null> {
  const [row] = await db
    .select({ person: persons, organization: organizations })
    .from(chatIdentities)
    .innerJoin(persons, eq(persons.id, chatIdentities.personId))
    .leftJoin(organizations, eq(organizations.id, persons.organizationId))
    .where(
      and(
        eq(chatIdentities.platform, identity.platform),
        eq(chatIdentities.workspaceId, identityWorkspace(identity.platform, identity.workspaceId)),
        eq(chatIdentities.userId, identity.userId),
      ),
    );
  if (!row) return null;
  const roles = await db
    .select({
      role: roleAssignments.role,
      scope: roleAssignments.scope,
      memberId: roleAssignments.memberId,
      country: roleAssignments.country,
      canPostUpdates: roleAssignments.canPostUpdates,
    })
    .from(roleAssignments)
    .where(eq(roleAssignments.personId, row.person.id));
  return {
    id: row.person.id,
    name: row.person.name,
    email: row.person.email,
    language: asLanguage(row.person.language),
    timeZone: row.person.timeZone,
    organization: row.organization
      ? {
          id: row.organization.id,
          name: row.organization.name,
          kind: row.organization.kind as OrganizationKind,
        }
      : null,
    roles: roles.map((grant) => ({ ...grant, role: grant.role as Role, scope: grant.scope as RoleScope })),
  };
}

export async function findPersonName(db: Database, personId: string | null): Promise<string | null> {
  if (!personId) return null;
  const [row] = await db.select({ name: persons.name }).from(persons).where(eq(persons.id, personId));
  return row?.name ?? null;
}

/** Members a country-scoped role (national coordinator, spec §7) sees. */
export async function listMemberIdsInCountries(db: Database, countries: string[]): Promise<string[]> {
  if (countries.length === 0) return [];
  const rows = await db.select({ id: members.id }).from(members).where(inArray(members.country, countries));
  return rows.map((row) => row.id);
}
