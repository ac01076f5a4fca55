import { eq, sql } from "drizzle-orm";
import type { Language, Role, RoleScope } from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import type { Executor } from "../client.js";
import { persons, roleAssignments } from "../schema/index.js";
import type { RoleGrant } from "./people.js";

/** People and their roles as the Support Unit registers them (spec §1), one at a time, audited. */

export type PersonRow = typeof persons.$inferSelect;
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
  person: { name: string; email: string; language: Language },
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
