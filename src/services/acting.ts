import type { Actor } from "../db/audit.js";
import type { Database } from "../db/client.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import type { Source } from "../domain/vocabularies.js";

/** What every use case runs with: the database and the instant it acts at. */
export interface ServiceDeps {
  db: Database;
  now: Date;
}

/**
 * Who acts and through what: the person (whose roles every use case authorizes on, never a display
 * name), where the act came from (recorded with what it writes) and how the audit log names them.
 */
export interface Acting {
  person: PersonWithRoles;
  source: Exclude<Source, "import">;
  /** e.g. `ana@springfield.gov via slack:T0:U1`. */
  label: string;
}

export const auditActor = (acting: Acting): Actor => ({
  personId: acting.person.id,
  label: acting.label,
  source: acting.source,
});
