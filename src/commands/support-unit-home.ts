import type { PersonWithRoles } from "../db/repositories/people.js";
import type { Language } from "../domain/vocabularies.js";
import { t } from "../messages/i18n/index.js";
import type { CommandName } from "../messages/invocation.js";
import type { ReplyBlock } from "../messages/model.js";
import { isSupportUnit } from "../services/permissions.js";
import { COMMAND_USAGES } from "./catalog.js";

const DECISION_COMMANDS: readonly CommandName[] = ["grant", "override", "register"];

/**
 * The home view's reminder of the Support Unit's own commands (§1, §4): voluntary inactivity,
 * extensions, overrides and registrations have no subject to hang a button on, so they are listed
 * as typed. Shown to the Support Unit only; three blocks at most.
 */
export function supportUnitHomeBlocks(person: PersonWithRoles, language: Language): ReplyBlock[] {
  if (!isSupportUnit(person)) return [];
  const usages = COMMAND_USAGES.filter((usage) => DECISION_COMMANDS.includes(usage.command));
  return [
    { kind: "divider" },
    { kind: "text", text: t(language, "cmd.home.support_unit_title") },
    { kind: "list", items: usages.map((usage) => `/ogp ${usage.usage} — ${t(language, usage.summaryKey)}`) },
  ];
}
