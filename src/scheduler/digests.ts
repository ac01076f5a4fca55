import type { MemberProfile } from "../db/repositories/alert-audiences.js";
import type { DueItem, MemberEvaluation } from "../domain/rules/index.js";
import {
  civilFromDays,
  type Day,
  daysFromCivil,
  firstDayOfMonth,
  type IsoDate,
  lastDayOfMonth,
  monthIndexOf,
  parseIsoDate,
  toIsoDate,
} from "../domain/time/civil.js";
import type { Language, MemberStatus } from "../domain/vocabularies.js";
import { formatCivilDate } from "../messages/format.js";
import { t } from "../messages/i18n/index.js";
import type { Post } from "../messages/model.js";
import { describeDueItem } from "../messages/rules-text.js";
import { alertPost, publicPageUrl } from "./render.js";

/**
 * Digests instead of per-event pings (chat-platforms.md "less noise"): a weekly digest per member
 * channel, keyed by ISO week, and a country digest for national coordinators every few months
 * (spec §7), keyed by period. The first tick of a week or period writes it; the key makes it once.
 */

/** Digests list what is overdue and what falls due within this many days. */
export const DIGEST_HORIZON_DAYS = 30;
/** At most this many items are listed; the rest are counted. */
const DIGEST_MAX_ITEMS = 10;

export const WEEKLY_DIGEST_KIND = "digest.weekly";
export const COUNTRY_DIGEST_KIND = "digest.country";

function dayOf(isoDate: IsoDate): Day {
  const day = parseIsoDate(isoDate);
  if (day === null) throw new RangeError(`Not an ISO date: ${isoDate}`);
  return day;
}

/** ISO 8601 week of a civil date, e.g. `2026-W47`: the week belongs to the year of its Thursday. */
export function isoWeekOf(isoDate: IsoDate): string {
  const day = dayOf(isoDate);
  // Day 0 (1970-01-01) was a Thursday; weekday 0 is Monday.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const thursday = day - weekday + 3;
  const { year } = civilFromDays(thursday);
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export interface DigestPeriod {
  /** First day of the period, also its key. */
  from: IsoDate;
  to: IsoDate;
}

/** The period of `months` calendar months containing a date, aligned on January (6 → Jan–Jun, Jul–Dec). */
export function digestPeriodOf(isoDate: IsoDate, months: number): DigestPeriod {
  const month = monthIndexOf(dayOf(isoDate));
  const first = month - (month % months);
  return { from: toIsoDate(firstDayOfMonth(first)), to: toIsoDate(lastDayOfMonth(first + months - 1)) };
}

/** Due items a digest lists: overdue ones, and those due within the horizon, soonest first. */
export function digestItems(evaluation: MemberEvaluation): DueItem[] {
  const horizon = toIsoDate(dayOf(evaluation.on) + DIGEST_HORIZON_DAYS);
  return evaluation.dueItems
    .filter((item) => item.overdue || item.dueOn <= horizon)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.ruleId.localeCompare(b.ruleId));
}

function statusLine(status: MemberStatus, since: IsoDate, language: Language): string {
  return t(language, "scheduler.digest.status", {
    status: t(language, `status.${status}`),
    since: formatCivilDate(since, language),
  });
}

export function renderWeeklyDigest(
  member: MemberProfile,
  evaluation: MemberEvaluation,
  week: string,
  publicBaseUrl: string | undefined,
): Post {
  const language = member.language;
  const items = digestItems(evaluation);
  const lines = items.slice(0, DIGEST_MAX_ITEMS).map((item) => `• ${describeDueItem(item, language)}`);
  if (items.length > DIGEST_MAX_ITEMS)
    lines.push(t(language, "scheduler.digest.more", { count: items.length - DIGEST_MAX_ITEMS }));
  const url = publicPageUrl(publicBaseUrl, member.slug);
  return alertPost({
    language,
    title: t(language, "scheduler.digest.weekly.title", { member: member.name, week }),
    text: [
      statusLine(evaluation.status, evaluation.since, language),
      items.length > 0
        ? `${t(language, "scheduler.digest.due_heading", { days: DIGEST_HORIZON_DAYS })}\n${lines.join("\n")}`
        : t(language, "scheduler.digest.nothing_due", { days: DIGEST_HORIZON_DAYS }),
    ].join("\n\n"),
    ...(url ? { buttons: [{ label: t(language, "scheduler.button.public_page"), url }] } : {}),
    footer: t(language, "scheduler.digest.footer", { timeZone: member.timeZone }),
  });
}

/** One member's line in its country's digest: the side-by-side view of spec §7. */
export interface CountryMemberSummary {
  name: string;
  status: MemberStatus;
  since: IsoDate;
  overdue: number;
  upcoming: number;
}

export function summarizeForCountry(
  member: MemberProfile,
  evaluation: MemberEvaluation,
): CountryMemberSummary {
  const items = digestItems(evaluation);
  const overdue = items.filter((item) => item.overdue).length;
  return {
    name: member.name,
    status: evaluation.status,
    since: evaluation.since,
    overdue,
    upcoming: items.length - overdue,
  };
}

/** Fields per message on both platforms (Slack's 10): more members are summed up in the text. */
const MAX_MEMBER_FIELDS = 10;

export function renderCountryDigest(
  country: string,
  period: DigestPeriod,
  summaries: readonly CountryMemberSummary[],
  language: Language,
): Post {
  const sorted = [...summaries].sort((a, b) => a.name.localeCompare(b.name));
  const fields = sorted.slice(0, MAX_MEMBER_FIELDS).map((summary) => ({
    label: summary.name,
    value: t(language, "scheduler.digest.country.member", {
      status: t(language, `status.${summary.status}`),
      since: formatCivilDate(summary.since, language),
      overdue: summary.overdue,
      upcoming: summary.upcoming,
      days: DIGEST_HORIZON_DAYS,
    }),
  }));
  const statuses = new Map<MemberStatus, number>();
  for (const summary of sorted) statuses.set(summary.status, (statuses.get(summary.status) ?? 0) + 1);
  const breakdown = [...statuses]
    .map(([status, count]) => `${t(language, `status.${status}`)}: ${count}`)
    .join(" · ");
  return alertPost({
    language,
    title: t(language, "scheduler.digest.country.title", {
      country,
      from: formatCivilDate(period.from, language),
      to: formatCivilDate(period.to, language),
    }),
    text: [
      t(language, "scheduler.digest.country.intro", { count: sorted.length, country }),
      breakdown,
      ...(sorted.length > MAX_MEMBER_FIELDS
        ? [t(language, "scheduler.digest.more", { count: sorted.length - MAX_MEMBER_FIELDS })]
        : []),
    ].join("\n"),
    fields,
    footer: t(language, "scheduler.digest.country.footer"),
  });
}
