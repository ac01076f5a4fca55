import { html } from "hono/html";
import type { MemberRow } from "../../db/repositories/member-lookup.js";
import type { DueItem, MemberEvaluation } from "../../domain/rules/index.js";
import { type Language, POLICY_AREA_LABELS } from "../../domain/vocabularies.js";
import { civilDateIn, formatCivilDate } from "../../messages/format.js";
import { hasMessage, t } from "../../messages/i18n/index.js";
import { describeDueItem, describeReason } from "../../messages/rules-text.js";

/** A day of an instant, read in the member's time zone, in the reader's language. */
export const dayOf = (instant: Date, language: Language, timeZone: string): string =>
  formatCivilDate(civilDateIn(instant, timeZone), language);

export const policyAreaLabel = (code: string, language: Language): string =>
  (POLICY_AREA_LABELS as Record<string, Record<Language, string>>)[code]?.[language] ?? code;

export const memberHref = (slug: string, language: Language) =>
  `/members/${encodeURIComponent(slug)}?lang=${language}`;

export const commitmentHref = (code: string, language: Language) =>
  `/commitments/${encodeURIComponent(code)}?lang=${language}`;

export const countryHref = (country: string, language: Language) =>
  `/countries/${encodeURIComponent(country)}?lang=${language}`;

export function statusBadge(language: Language, status: string) {
  return html`<span class="status status-${status}">${t(language, `status.${status}`)}</span>`;
}

/** "Inactive since 1 Oct 2026." — the recorded status (spec §5, written by the scheduler) and its day. */
export function statusLine(language: Language, member: MemberRow): string {
  const status = t(language, `status.${member.status}`);
  return member.statusSince
    ? t(language, "site.status.since", { status, date: formatCivilDate(member.statusSince, language) })
    : status;
}

/**
 * Why the member has its status, in plain words with the rule that set it. The rules engine's
 * reasons when it agrees with the recorded status; otherwise (the scheduler has not recorded today's
 * reading yet) the recorded reason, and a note of what the rules say today.
 */
export function statusExplanation(
  language: Language,
  member: MemberRow,
  evaluation: MemberEvaluation | null,
  recorded: { ruleId: string | null; reason: string } | null,
): string[] {
  if (evaluation && evaluation.status === member.status) {
    if (evaluation.reasons.length === 0) return [t(language, "site.status.in_good_standing")];
    return evaluation.reasons.map((reason) => describeReason(reason, language));
  }
  const lines = recorded
    ? [
        recorded.ruleId
          ? t(language, "site.status.recorded_rule", { rule: recorded.ruleId, reason: recorded.reason })
          : recorded.reason,
      ]
    : [];
  if (evaluation)
    lines.push(
      t(language, "site.status.pending_change", {
        status: t(language, `status.${evaluation.status}`),
        date: formatCivilDate(evaluation.since, language),
      }),
    );
  return lines;
}

/** What happens next under the rules (§4.2): the probation, revocation or end-of-pause date. */
export function nextStep(language: Language, evaluation: MemberEvaluation | null): string | null {
  if (!evaluation) return null;
  const due = evaluation.reasons.find((reason) => reason.dueOn);
  if (!due?.dueOn) return null;
  const key = `site.next.${evaluation.status}`;
  return hasMessage(key) ? t(language, key, { date: formatCivilDate(due.dueOn, language) }) : null;
}

/** The share of milestones complete as a bar with its numbers in words (the bar alone says nothing to a screen reader). */
export function progressBar(language: Language, complete: number, total: number) {
  const percent = total === 0 ? 0 : Math.round((complete / total) * 100);
  const width = 120;
  const label = t(language, "site.progress.milestones", { complete, total, percent });
  return html`<svg class="bar" width="${width}" height="12" viewBox="0 0 ${width} 12" aria-hidden="true" focusable="false"><rect class="track" width="${width}" height="12" rx="2"></rect><rect class="done" width="${Math.round((width * percent) / 100)}" height="12" rx="2"></rect></svg> <span>${label}</span>`;
}

export function dueItemList(language: Language, items: readonly DueItem[]) {
  return html`<ul>${items.map(
    (item) =>
      html`<li${item.overdue ? html` class="overdue"` : ""}>${describeDueItem(item, language)} <span class="muted">(${t(
        language,
        "site.rule",
        { rule: item.ruleId, section: item.section },
      )})</span></li>`,
  )}</ul>`;
}

/** Page numbers around the current one, with the first and last, for a pagination bar. */
export function pageNumbers(current: number, pages: number): number[] {
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2]);
  return [...wanted].filter((page) => page >= 1 && page <= pages).sort((a, b) => a - b);
}
