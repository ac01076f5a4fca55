import { type Actor, systemActor } from "../db/audit.js";
import type { Database } from "../db/client.js";
import { findPersonByEmail, listRoleGrants } from "../db/repositories/person-registry.js";
import { type Acting, auditActor } from "./acting.js";
import { notFound, refuse } from "./errors.js";
import { isSupportUnit } from "./permissions.js";

/**
 * Who takes the Support Unit's decisions and registers people (spec §1, role `support_unit`): a
 * person holding that role, acting from chat, or the operator of the command line (who holds the
 * database already), optionally naming the Support Unit person the decision is recorded as taken by.
 */
export interface SupportUnitAuthority {
  /** Named in the audit log. */
  actor: Actor;
  /** The deciding Support Unit person (`decided_by`, the status history's actor); null for an unnamed CLI operator. */
  personId: string | null;
  /** Their name, as replies name who decided; null for an unnamed CLI operator. */
  name: string | null;
}

/** A chat caller, refused with `refusalKey` (which names the rule) unless they hold the Support Unit role. */
export function supportUnitInChat(acting: Acting, refusalKey: string): SupportUnitAuthority {
  if (!isSupportUnit(acting.person)) throw refuse(refusalKey);
  return { actor: auditActor(acting), personId: acting.person.id, name: acting.person.name };
}

/** The CLI operator (audit source `cli`); `byEmail` names a Support Unit person as the decider. */
export async function supportUnitAtCli(
  db: Database,
  label: string,
  byEmail?: string,
): Promise<SupportUnitAuthority> {
  if (byEmail === undefined) return { actor: systemActor("cli", label), personId: null, name: null };
  const person = await findPersonByEmail(db, byEmail);
  if (!person) throw notFound("register.no_person", { email: byEmail });
  const roles = await listRoleGrants(db, person.id);
  if (!roles.some((grant) => grant.role === "support_unit"))
    throw refuse("decision.by_not_support_unit", { name: person.name, email: person.email });
  return {
    actor: { personId: person.id, label: `${person.email} via ${label}`, source: "cli" },
    personId: person.id,
    name: person.name,
  };
}
