import { z } from "zod";
import { writeAudited } from "../db/audit.js";
import {
  findOrganizationByName,
  insertOrganization,
  type OrganizationRow,
} from "../db/repositories/person-registry.js";
import { COUNTRY_CODES } from "../domain/dossier/countries.js";
import { ORGANIZATION_KINDS, type OrganizationKind } from "../domain/vocabularies.js";
import type { ServiceDeps } from "./acting.js";
import { invalid, label, refuse } from "./errors.js";
import type { SupportUnitAuthority } from "./support-unit-authority.js";
import { retryOnceOnUniqueViolation } from "./unique-retry.js";

export interface OrganizationRegistration {
  /** One of ORGANIZATION_KINDS; `civil-society-org` is read as `civil_society_org`. */
  kind: string;
  name: string;
  /** ISO 3166-1 alpha-2, e.g. NZ. */
  country?: string | undefined;
  /** An http(s) address. */
  website?: string | undefined;
}

/** Discord's autocomplete values hold 100 characters: a longer name could not be offered there. */
export const MAX_ORGANIZATION_NAME = 100;
const WEBSITE = z.url({ protocol: /^https?$/ });

const isOrganizationKind = (value: string): value is OrganizationKind =>
  (ORGANIZATION_KINDS as readonly string[]).includes(value);

/** The kind as people type it (`Civil-Society-Org`), or null when it is none of ORGANIZATION_KINDS. */
export function organizationKindOf(typed: string): OrganizationKind | null {
  const kind = typed.trim().toLowerCase().replaceAll("-", "_");
  return isOrganizationKind(kind) ? kind : null;
}

/**
 * The Support Unit registers an organization (spec §2 Organization): a government body or one of
 * the non-government stakeholders of §2.2, whose people then speak for it (a civil-society
 * endorsement needs a non-government organization, PLAN-5). Names are unique whatever their case.
 */
export async function registerOrganization(
  deps: ServiceDeps,
  authority: SupportUnitAuthority,
  registration: OrganizationRegistration,
): Promise<OrganizationRow> {
  const kind = organizationKindOf(registration.kind);
  if (!kind)
    throw invalid("register.organization_kind_unknown", {
      kind: registration.kind,
      kinds: ORGANIZATION_KINDS.join(", "),
    });
  const name = registration.name.trim().replace(/\s+/g, " ");
  if (name === "") throw invalid("register.organization_name_required");
  if (name.length > MAX_ORGANIZATION_NAME)
    throw invalid("register.organization_name_too_long", { max: MAX_ORGANIZATION_NAME });
  const typedCountry = registration.country?.trim() || undefined;
  const country = typedCountry?.toUpperCase() ?? null;
  if (country !== null && !COUNTRY_CODES.includes(country))
    throw invalid("register.country_unknown", { country: typedCountry! });
  const website = registration.website?.trim() || null;
  if (website !== null && !WEBSITE.safeParse(website).success)
    throw invalid("register.website_invalid", { website });
  // A twin request that won the race on the unique name is found by the second run, and refused.
  return retryOnceOnUniqueViolation(() =>
    writeAudited(
      deps.db,
      authority.actor,
      async (writer) => {
        const existing = await findOrganizationByName(writer.tx, name);
        if (existing)
          throw refuse("register.organization_exists", {
            name: existing.name,
            kind: label(`cmd.organization_kind.${existing.kind}`),
          });
        return insertOrganization(writer, { name, kind, country, website });
      },
      deps.now,
    ),
  );
}
