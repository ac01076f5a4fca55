import { writeAudited } from "../db/audit.js";
import { type CircleRow, findCircleDetail, insertCircle } from "../db/repositories/circles.js";
import { POLICY_AREAS, type PolicyArea } from "../domain/vocabularies.js";
import type { ServiceDeps } from "./acting.js";
import { invalid, refuse } from "./errors.js";
import type { SupportUnitAuthority } from "./support-unit-authority.js";
import { retryOnceOnUniqueViolation } from "./unique-retry.js";

export interface CircleCreation {
  name: string;
  /** A policy-area code (Annex 2 §11; `fiscal-openness` reads as `fiscal_openness`), or free text. */
  theme: string;
}

/** Discord's autocomplete values and option texts hold 100 characters. */
export const MAX_CIRCLE_NAME = 100;
export const MAX_CIRCLE_THEME = 200;

/** The policy area a typed theme names, or null when it is free text. */
export function policyAreaOf(typed: string): PolicyArea | null {
  const code = typed.trim().toLowerCase().replaceAll("-", "_");
  return (POLICY_AREAS as readonly string[]).includes(code) ? (code as PolicyArea) : null;
}

/** `Open Budget Circle` → `open-budget-circle`: accents dropped, words joined by single hyphens. */
export function circleSlugOf(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The Support Unit creates a peer-learning circle (handbook §2.4 "cercles d'apprentissage
 * thématiques"): a name, whose slug names it in commands, and a theme, a policy area or free text.
 */
export async function createCircle(
  deps: ServiceDeps,
  authority: SupportUnitAuthority,
  creation: CircleCreation,
): Promise<CircleRow> {
  const name = creation.name.trim().replace(/\s+/g, " ");
  if (name === "") throw invalid("circle.name_required");
  if (name.length > MAX_CIRCLE_NAME) throw invalid("circle.name_too_long", { max: MAX_CIRCLE_NAME });
  const slug = circleSlugOf(name);
  if (slug === "") throw invalid("circle.name_without_letters", { name });
  const theme = creation.theme.trim().replace(/\s+/g, " ");
  if (theme === "") throw invalid("circle.theme_required");
  if (theme.length > MAX_CIRCLE_THEME) throw invalid("circle.theme_too_long", { max: MAX_CIRCLE_THEME });
  const policyArea = policyAreaOf(theme);
  // A twin request that won the race on the unique slug is found by the second run, and refused.
  return retryOnceOnUniqueViolation(() =>
    writeAudited(
      deps.db,
      authority.actor,
      async (writer) => {
        const existing = await findCircleDetail(writer.tx, slug);
        if (existing) throw refuse("circle.exists", { name: existing.name, slug: existing.slug });
        return insertCircle(writer, {
          slug,
          name,
          themePolicyArea: policyArea,
          themeText: policyArea ? null : theme,
        });
      },
      deps.now,
    ),
  );
}
