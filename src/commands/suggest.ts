import { circleThemeLabel, listCircles } from "../db/repositories/circles.js";
import { listCommitmentsOfMembers, listMilestonesOf } from "../db/repositories/commitments.js";
import { findMembersByIds, listAllMemberIds } from "../db/repositories/member-lookup.js";
import { listPendingModifications, modificationRef } from "../db/repositories/modifications.js";
import { findPersonByChatIdentity, type PersonWithRoles } from "../db/repositories/people.js";
import { listOrganizations } from "../db/repositories/person-registry.js";
import { listRecentUpdatesByAuthor } from "../db/repositories/progress-updates.js";
import {
  EVIDENCE_KINDS,
  LANGUAGES,
  type Language,
  labelOf,
  MEMBER_STATUSES,
  ORGANIZATION_KINDS,
  POLICY_AREA_LABELS,
  POLICY_AREAS,
  ROLES,
} from "../domain/vocabularies.js";
import { t } from "../messages/i18n/index.js";
import type { ArgumentKind, CommandName } from "../messages/invocation.js";
import { LIMITS, truncate } from "../messages/limits.js";
import { isSupportUnit, membersWithPostingRights, membersWithRole } from "../services/permissions.js";
import type { CommandDeps, CommandRequest } from "./request.js";

/** Arguments typed free-hand: nothing stored to suggest (`suggestArguments` answers none). */
const TYPED_FREELY: ReadonlySet<ArgumentKind> = new Set(["link_code", "url", "text"]);

/** Whether `suggestArguments` can offer choices for an argument of this kind (for autocomplete). */
export const isSuggestible = (kind: ArgumentKind): boolean => !TYPED_FREELY.has(kind);

export interface Suggestion {
  label: string;
  /** What the argument takes: a slug, a code, a reference. */
  value: string;
}

export interface SuggestionQuery {
  command: CommandName;
  argument: ArgumentKind;
  /** What the person has typed so far. */
  typed: string;
}

/**
 * Values for an argument as the person types it (Discord autocomplete), limited to what this person
 * may act on with this command: their members' commitments for `update`, the plans of the members
 * they are civil society of for `endorse`, the modifications awaiting their consent… The command
 * still authorizes when it runs; this only keeps the choices honest.
 */
export async function suggestArguments(
  deps: CommandDeps,
  identity: Pick<CommandRequest, "platform" | "workspaceId" | "userId" | "locale">,
  query: SuggestionQuery,
): Promise<Suggestion[]> {
  const person = await findPersonByChatIdentity(deps.db, identity);
  if (!person) return [];
  const language = identity.locale ?? person.language;
  const candidates = await candidatesFor(deps, person, query, language);
  const typed = query.typed.trim().toLowerCase();
  return candidates
    .filter((candidate) => !typed || `${candidate.value} ${candidate.label}`.toLowerCase().includes(typed))
    .slice(0, LIMITS.selectOptions)
    .map((candidate) => ({ ...candidate, label: truncate(candidate.label, 100) }));
}

async function candidatesFor(
  deps: CommandDeps,
  person: PersonWithRoles,
  query: SuggestionQuery,
  language: Language,
): Promise<Suggestion[]> {
  const { db } = deps;
  const memberSuggestions = async (ids: string[]) =>
    (await findMembersByIds(db, ids)).map((member) => ({
      label: `${member.name} (${member.country})`,
      value: member.slug,
    }));
  const commitmentSuggestions = async (memberIds: string[], withMilestones: boolean) => {
    const commitments = await listCommitmentsOfMembers(db, memberIds, ["active", "completed"]);
    const own = commitments.map((row) => ({ label: `${row.code} · ${row.title}`, value: row.code }));
    if (!withMilestones) return own;
    const milestones = await listMilestonesOf(
      db,
      commitments.map((row) => row.id),
    );
    return own.flatMap((suggestion) => {
      const commitment = commitments.find((row) => row.code === suggestion.value);
      return [
        suggestion,
        ...milestones
          .filter((milestone) => milestone.commitmentId === commitment?.id)
          .map((milestone) => ({
            label: `${suggestion.value}.${milestone.position} · ${milestone.description}`,
            value: `${suggestion.value}.${milestone.position}`,
          })),
      ];
    });
  };

  switch (query.argument) {
    case "member":
      // Statuses are public; a meeting is logged only for a member one may post for.
      return memberSuggestions(
        query.command === "meeting" ? membersWithPostingRights(person) : await listAllMemberIds(db),
      );
    case "plan":
      return memberSuggestions(membersWithRole(person, "civil_society"));
    case "commitment":
      return commitmentSuggestions(
        query.command === "modify"
          ? membersWithRole(person, "point_of_contact")
          : membersWithPostingRights(person),
        false,
      );
    case "evidence_subject":
      return [
        ...(await memberSuggestions(membersWithPostingRights(person))),
        ...(await commitmentSuggestions(membersWithPostingRights(person), true)),
      ];
    case "milestone":
      return (await commitmentSuggestions(membersWithPostingRights(person), true)).filter((s) =>
        s.value.includes("."),
      );
    case "modification": {
      const commitments = await listCommitmentsOfMembers(db, membersWithRole(person, "civil_society"));
      const pending = await listPendingModifications(
        db,
        commitments.map((row) => row.id),
      );
      return pending.map((modification) => ({
        label: `${modificationRef(modification.id)} · ${commitments.find((row) => row.id === modification.commitmentId)?.code ?? ""} · ${t(language, `cmd.modification_kind.${modification.kind}`)}`,
        value: modificationRef(modification.id),
      }));
    }
    case "progress_update":
      return (await listRecentUpdatesByAuthor(db, person.id, LIMITS.selectOptions)).map((update) => ({
        label: `${update.id.slice(0, 8)} · ${update.commitmentCode} · ${update.narrative}`,
        value: update.id.slice(0, 8),
      }));
    case "evidence_kind":
      return EVIDENCE_KINDS.map((kind) => ({ label: t(language, `cmd.evidence_kind.${kind}`), value: kind }));
    case "subscription_kind":
      return ["alerts", "updates", "circle", "digest"].map((word) => ({ label: word, value: word }));
    case "subscription_subject":
      // A member's updates are routed by the Support Unit or that member's PoC.
      return memberSuggestions(
        isSupportUnit(person) ? await listAllMemberIds(db) : membersWithRole(person, "point_of_contact"),
      );
    case "member_status":
      return MEMBER_STATUSES.map((code) => ({ label: t(language, `status.${code}`), value: code }));
    case "role":
      return ROLES.map((code) => ({ label: t(language, `cmd.role.${code}`), value: code }));
    case "language":
      return LANGUAGES.map((code) => ({ label: t(language, `scheduler.language.${code}`), value: code }));
    case "organization_kind":
      return ORGANIZATION_KINDS.map((code) => ({
        label: t(language, `cmd.organization_kind.${code}`),
        value: code,
      }));
    case "organization":
      // Only the Support Unit registers people with their organization.
      if (!isSupportUnit(person)) return [];
      return (await listOrganizations(db)).map((organization) => ({
        label: `${organization.name} (${t(language, `cmd.organization_kind.${organization.kind}`)})`,
        value: organization.name,
      }));
    case "circle":
      return (await listCircles(db)).map((circle) => ({
        label: `${circle.name} (${circleThemeLabel(circle, language)})`,
        value: circle.slug,
      }));
    case "policy_area":
      return POLICY_AREAS.map((code) => ({
        label: labelOf(POLICY_AREA_LABELS, code, language),
        value: code,
      }));
    case "link_code":
    case "url":
    case "text":
      return [];
  }
}
