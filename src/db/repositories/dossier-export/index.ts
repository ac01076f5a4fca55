import type { DossierDocument } from "../../../domain/dossier/schema.js";
import type { Database } from "../../client.js";
import { DocumentBuilder } from "./build.js";
import { loadFacts, scopeOf } from "./load.js";

export { UnknownMemberError } from "./load.js";

/**
 * Writes the database (or one member's dossier) back in the import format, in canonical form: lists in
 * a fixed order, absent values, empty lists and false flags left out, instants in UTC — so that
 * exporting what a canonical document imported gives that document back (docs/import-format.md).
 *
 * With `memberSlug`, the dossier of that member: with its coalition, the coalition's other members
 * (a coalition's plan is theirs too, and the document must stay importable on its own), the persons
 * holding roles on them or named by their facts, and the organizations those refer to.
 */
export async function exportDossier(
  db: Database,
  options: { memberSlug?: string | undefined } = {},
): Promise<DossierDocument> {
  const scope = await scopeOf(db, options.memberSlug);
  const facts = await loadFacts(db, scope);
  return new DocumentBuilder(facts).build() as DossierDocument;
}
