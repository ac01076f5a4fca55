import { asc, eq, sql } from "drizzle-orm";
import type { Language, OrganizationKind, Role, RoleScope } from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import type { Executor } from "../client.js";
import { organizations, persons, roleAssignments } from "../schema/index.js";
import type { RoleGrant } from "./people.js";

/** People and their roles as the Support Unit registers them (spec §1), one at a time, audited. */

export type PersonRow = typeof persons.$inferSelect;
export type OrganizationRow = typeof organizations.$inferSelect;
export type RoleAssignmentRow = typeof roleAssignments.$inferSelect;

/** Emails are stored lowercase (as the import stores them); the lookup ignores case all the same. */
export async function findPersonByEmail(db: Executor, email: string): Promise<PersonRow | null> {
  const [row] = await db
    .select()
    .from(persons)
    .where(eq(sql`lower(${persons.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

/** Organization names are unique whatever their case: “kiwi civic trust” finds Kiwi Civic Trust. */
export async function findOrganizationByName(db: Executor, name: string): Promise<OrganizationRow | null> {
  const wanted = name.trim().toLowerCase();
  const [row] = await db
    .select()
    .from(organizations)
    .where(eq(sql`lower(${organizations.name})`, wanted))
    .limit(1);
  if (row || /^[ -~]*$/.test(wanted)) return row ?? null;
  // SQLite's lower() folds ASCII letters only: “École” would never find itself. Fold in JavaScript.
  const all = await db.select().from(organizations);
  return all.find((organization) => organization.name.toLowerCase() === wanted) ?? null;
}

export async function findOrganizationById(db: Executor, id: string): Promise<OrganizationRow | null> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  return row ?? null;
}

/** Every organization's name and kind, by name: what `register person … ORGANIZATION` may name. */
export function listOrganizations(db: Executor): Promise<{ name: string; kind: string }[]> {
  return db
    .select({ name: organizations.name, kind: organizations.kind })
    .from(organizations)
    .orderBy(asc(organizations.name));
}

export function insertOrganization(
  writer: AuditedWriter,
  organization: { name: string; kind: OrganizationKind; country: string | null; website: string | null },
): Promise<OrganizationRow> {
  return writer.insert(organizations, organization);
}

export async function setPersonOrganization(
  writer: AuditedWriter,
  person: PersonRow,
  organizationId: string,
): Promise<PersonRow> {
  await writer.update(persons, person.id, { organizationId });
  return { ...person, organizationId };
}

export async function listRoleGrants(db: Executor, personId: string): Promise<RoleGrant[]> {
  const rows = await db
    .select({
      role: roleAssignments.role,
      scope: roleAssignments.scope,
      memberId: roleAssignments.memberId,
      country: roleAssignments.country,
      canPostUpdates: roleAssignments.canPostUpdates,
    })
    .from(roleAssignments)
    .where(eq(roleAssignments.personId, personId));
  return rows.map((row) => ({ ...row, role: row.role as Role, scope: row.scope as RoleScope }));
}

export function insertPerson(
  writer: AuditedWriter,
  person: { name: string; email: string; language: Language; organizationId?: string | null },
): Promise<PersonRow> {
  return writer.insert(persons, { ...person, email: person.email.toLowerCase() });
}

/** A role in its scope: a member, a country (national coordinator) or global (Support Unit). */
export type RoleScopeTarget =
  | { scope: "member"; memberId: string }
  | { scope: "country"; country: string }
  | { scope: "global" };

export function insertRoleAssignment(
  writer: AuditedWriter,
  grant: { personId: string; role: Role; target: RoleScopeTarget },
): Promise<RoleAssignmentRow> {
  const { target } = grant;
  return writer.insert(roleAssignments, {
    personId: grant.personId,
    role: grant.role,
    scope: target.scope,
    memberId: target.scope === "member" ? target.memberId : null,
    country: target.scope === "country" ? target.country : null,
  });
}
