import type { Database } from "../../db/client.js";
import { loadMemberFacts } from "../../db/repositories/member-facts.js";
import type { MemberRow } from "../../db/repositories/member-lookup.js";
import { type DueItem, evaluateMember } from "../../domain/rules/index.js";
import type { Language } from "../../domain/vocabularies.js";
import { countryName } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { localizedParams } from "../../messages/rules-text.js";
import { type AllDayEvent, calendar } from "./ics.js";

/**
 * The deadline's identity, so a calendar client updates the event rather than adding another: the
 * rule and its subject, plus the period for rules that recur on one subject (DUE-UPDATE and
 * DUE-PROGRESS each quarter, DUE-MEETINGS each 12-month period, which its last day names). A
 * deadline that moves (an extension, a rescheduled milestone) keeps its UID.
 */
export function deadlineUid(item: DueItem, member: Pick<MemberRow, "id">): string {
  const quarter = item.params.quarter;
  const period =
    typeof quarter === "string" ? quarter : item.ruleId === "DUE-MEETINGS" ? item.dueOn : undefined;
  const parts = [item.ruleId, item.subject.kind, item.subject.id, period].filter(Boolean).join("/");
  // Member-wide deadlines name the member in their subject already; the prefix keeps UIDs of two
  // members apart for subjects they share (a coalition's plan).
  return `${member.id}/${parts}@ogp-local-hub`;
}

function dueEvent(item: DueItem, member: MemberRow, language: Language, publicBaseUrl: string): AllDayEvent {
  const what = t(language, `scheduler.kind.${item.ruleId}`);
  const commitment = item.params.commitment;
  const page =
    typeof commitment === "string"
      ? `/commitments/${encodeURIComponent(commitment)}`
      : `/members/${encodeURIComponent(member.slug)}`;
  return {
    uid: deadlineUid(item, member),
    date: item.dueOn,
    summary: t(language, item.overdue ? "open_data.ics.summary_overdue" : "open_data.ics.summary", {
      what,
      member: member.name,
    }),
    description: t(language, "open_data.ics.description", {
      text: t(language, item.messageKey, localizedParams(item.params, language)),
      rule: item.ruleId,
      section: item.section,
    }),
    url: `${publicBaseUrl}${page}?lang=${language}`,
    categories: [item.ruleId],
  };
}

/** Every open due item (DUE-*) of the members on the day of `now`, as calendar events. */
async function dueEvents(
  db: Database,
  members: readonly MemberRow[],
  now: Date,
  language: Language,
  publicBaseUrl: string,
): Promise<AllDayEvent[]> {
  if (members.length === 0) return [];
  const byId = new Map(members.map((member) => [member.id, member]));
  const facts = await loadMemberFacts(
    db,
    members.map((member) => member.id),
  );
  return facts.flatMap((entry) => {
    const member = byId.get(entry.member.id)!;
    return evaluateMember(entry, now).dueItems.map((item) => dueEvent(item, member, language, publicBaseUrl));
  });
}

export async function memberDeadlineCalendar(
  db: Database,
  member: MemberRow,
  context: { now: Date; language: Language; publicBaseUrl: string },
): Promise<string> {
  return calendar({
    name: t(context.language, "open_data.ics.member_calendar", { member: member.name }),
    language: context.language,
    stampedAt: context.now,
    events: await dueEvents(db, [member], context.now, context.language, context.publicBaseUrl),
  });
}

export async function countryDeadlineCalendar(
  db: Database,
  country: string,
  members: readonly MemberRow[],
  context: { now: Date; language: Language; publicBaseUrl: string },
): Promise<string> {
  const events = await dueEvents(db, members, context.now, context.language, context.publicBaseUrl);
  events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  return calendar({
    name: t(context.language, "open_data.ics.country_calendar", {
      country: countryName(country, context.language),
    }),
    language: context.language,
    stampedAt: context.now,
    events,
  });
}
