import type { DueItem, Reason } from "../domain/rules/index.js";
import type { Language } from "../domain/vocabularies.js";
import { formatCivilDate, formatMonth } from "./format.js";
import { type MessageParams, t } from "./i18n/index.js";

/** What the rules engine says (reasons, due items), in a reader's language. */

/** Rule messages carry ISO dates, months and quarters; readers get them in their language. */
export function localizedParams(params: MessageParams, language: Language): MessageParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "string" ? localizedValue(value, language) : value,
    ]),
  );
}

function localizedValue(value: string, language: Language): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCivilDate(value, language);
  if (/^\d{4}-\d{2}$/.test(value)) return formatMonth(value, language);
  const quarter = /^(\d{4})Q([1-4])$/.exec(value);
  return quarter ? t(language, "time.quarter", { year: quarter[1] ?? "", quarter: quarter[2] ?? "" }) : value;
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
