import type { DueItem, Reason } from "../domain/rules/index.js";
import type { Language } from "../domain/vocabularies.js";
import { formatCivilDate } from "./format.js";
import { type MessageParams, t } from "./i18n/index.js";

/** What the rules engine says (reasons, due items), in a reader's language. */

/** Rule messages carry ISO dates; readers get them in their language. */
export function localizedParams(params: MessageParams, language: Language): MessageParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? formatCivilDate(value, language)
        : value,
    ]),
  );
}

export function describeReason(reason: Reason, language: Language): string {
  return t(language, reason.messageKey, localizedParams(reason.params, language));
}

export function describeDueItem(item: DueItem, language: Language): string {
  return t(language, item.overdue ? "cmd.due.item_overdue" : "cmd.due.item", {
    date: formatCivilDate(item.dueOn, language),
    text: t(language, item.messageKey, localizedParams(item.params, language)),
  });
}
