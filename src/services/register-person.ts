import { z } from "zod";
import { type AuditedWriter, writeAudited } from "../db/audit.js";
import {
  findOrganizationById,
  findOrganizationByName,
  findPersonByEmail,
  insertPerson,
  type OrganizationRow,
  type PersonRow,
  setPersonOrganization,
} from "../db/repositories/person-registry.js";
import { LANGUAGES, type Language } from "../domain/vocabularies.js";
import type { ServiceDeps } from "./acting.js";
import { invalid, label, notFound, refuse } from "./errors.js";
import type { SupportUnitAuthority } from "./support-unit-authority.js";
import { retryOnceOnUniqueViolation } from "./unique-retry.js";

export interface PersonRegistration {
  name: string;
  email: string;
  /** en, fr or es; English when not given. */
  language?: string | undefined;
  /** The name of an organization already registered (`register organization`), any case. */
  organization?: string | undefined;
}

export interface RegisteredPerson extends PersonRow {
  organization: OrganizationRow | null;
  /**
   * True when the person was registered before, without an organization, and this registration
   * gave them the one named (nothing else about them changes).
   */
  alreadyRegistered: boolean;
}

export const MAX_PERSON_NAME = 200;
const EMAIL = z.email();

/**
 * The Support Unit registers a person (spec §1): a name, a unique email (the key chat accounts are
 * linked by, through `link-code create`), the language they read and, optionally, the organization
 * they speak for (registered before with `register organization`; a civil-society endorsement needs
 * one, PLAN-5). Roles are granted separately.
 *
 * Registering again a person who has no organization yet, with the same name (and language, if
 * given) and an organization, gives them that organization; any other registration of a known email
 * is refused.
 */
export async function registerPerson(
  deps: ServiceDeps,
  authority: SupportUnitAuthority,
  registration: PersonRegistration,
): Promise<RegisteredPerson> {
  const name = registration.name.trim().replace(/\s+/g, " ");
  if (name === "") throw invalid("register.name_required");
  if (name.length > MAX_PERSON_NAME) throw invalid("register.name_too_long", { max: MAX_PERSON_NAME });
  const email = registration.email.trim().toLowerCase();
  if (!EMAIL.safeParse(email).success) throw invalid("register.email_invalid", { email: registration.email });
  const typedLanguage = registration.language?.trim().toLowerCase() || undefined;
  const language = (typedLanguage ?? "en") as Language;
  if (!LANGUAGES.includes(language))
    throw invalid("register.language_unknown", {
      language: registration.language ?? "",
      languages: LANGUAGES.join(", "),
    });
  const organizationName = registration.organization?.trim().replace(/\s+/g, " ") || undefined;
  // A twin request that won the race on the unique email is found by the second run, and refused.
  return retryOnceOnUniqueViolation(() =>
    writeAudited(
      deps.db,
      authority.actor,
      async (writer) => {
        const organization = organizationName
          ? await findOrganizationByName(writer.tx, organizationName)
          : null;
        if (organizationName && !organization)
          throw notFound("register.organization_unknown", { organization: organizationName });
        const existing = await findPersonByEmail(writer.tx, email);
        if (existing) {
          if (!organization) throw refuse("register.person_exists", { email, name: existing.name });
          return joinOrganization(writer, existing, organization, { name, language: typedLanguage });
        }
        const person = await insertPerson(writer, {
          name,
          email,
          language,
          organizationId: organization?.id ?? null,
        });
        return { ...person, organization, alreadyRegistered: false };
      },
      deps.now,
    ),
  );
}

/** A person registered without an organization gets one; nothing else about them changes. */
async function joinOrganization(
  writer: AuditedWriter,
  existing: PersonRow,
  organization: OrganizationRow,
  typed: { name: string; language: string | undefined },
): Promise<RegisteredPerson> {
  if (existing.organizationId === organization.id)
    throw refuse("register.organization_already_member", {
      name: existing.name,
      organization: organization.name,
    });
  if (existing.organizationId !== null) {
    const current = await findOrganizationById(writer.tx, existing.organizationId);
    throw refuse("register.organization_other", {
      name: existing.name,
      email: existing.email,
      organization: current?.name ?? existing.organizationId,
    });
  }
  const sameName = existing.name.toLowerCase() === typed.name.toLowerCase();
  const sameLanguage = typed.language === undefined || typed.language === existing.language;
  if (!sameName || !sameLanguage)
    throw refuse("register.person_differs", {
      email: existing.email,
      name: existing.name,
      language: label(`scheduler.language.${existing.language}`),
      code: existing.language,
    });
  const person = await setPersonOrganization(writer, existing, organization.id);
  return { ...person, organization, alreadyRegistered: true };
}
