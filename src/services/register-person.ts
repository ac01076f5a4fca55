import { z } from "zod";
import { writeAudited } from "../db/audit.js";
import { findPersonByEmail, insertPerson, type PersonRow } from "../db/repositories/person-registry.js";
import { LANGUAGES, type Language } from "../domain/vocabularies.js";
import type { ServiceDeps } from "./acting.js";
import { invalid, refuse } from "./errors.js";
import type { SupportUnitAuthority } from "./support-unit-authority.js";
import { retryOnceOnUniqueViolation } from "./unique-retry.js";

export interface PersonRegistration {
  name: string;
  email: string;
  /** en, fr or es; English when not given. */
  language?: string | undefined;
}

export const MAX_PERSON_NAME = 200;
const EMAIL = z.email();

/**
 * The Support Unit registers a person (spec §1): a name, a unique email (the key chat accounts are
 * linked by, through `link-code create`) and the language they read. Roles are granted separately.
 */
export async function registerPerson(
  deps: ServiceDeps,
  authority: SupportUnitAuthority,
  registration: PersonRegistration,
): Promise<PersonRow> {
  const name = registration.name.trim().replace(/\s+/g, " ");
  if (name === "") throw invalid("register.name_required");
  if (name.length > MAX_PERSON_NAME) throw invalid("register.name_too_long", { max: MAX_PERSON_NAME });
  const email = registration.email.trim().toLowerCase();
  if (!EMAIL.safeParse(email).success) throw invalid("register.email_invalid", { email: registration.email });
  const language = (registration.language?.trim().toLowerCase() || "en") as Language;
  if (!LANGUAGES.includes(language))
    throw invalid("register.language_unknown", {
      language: registration.language ?? "",
      languages: LANGUAGES.join(", "),
    });
  // A twin request that won the race on the unique email is found by the second run, and refused.
  return retryOnceOnUniqueViolation(() =>
    writeAudited(
      deps.db,
      authority.actor,
      async (writer) => {
        const existing = await findPersonByEmail(writer.tx, email);
        if (existing) throw refuse("register.person_exists", { email, name: existing.name });
        return insertPerson(writer, { name, email, language });
      },
      deps.now,
    ),
  );
}
