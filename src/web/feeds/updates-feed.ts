import type { Database } from "../../db/client.js";
import type { MemberRow } from "../../db/repositories/member-lookup.js";
import {
  listRecentStatusChanges,
  type OpenStatusChange,
} from "../../db/repositories/open-data/status-changes.js";
import { listOpenUpdates, type OpenUpdate } from "../../db/repositories/open-data/updates.js";
import { parseIsoDate } from "../../domain/time/civil.js";
import { zoneCalendar } from "../../domain/time/zone.js";
import type { Language } from "../../domain/vocabularies.js";
import { formatCompletion } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { type AtomEntry, atomFeed, tagUri } from "./atom.js";

/** Entries per feed: what a feed reader polls, newest first. */
export const FEED_ENTRIES = 50;

export interface FeedContext {
  now: Date;
  language: Language;
  publicBaseUrl: string;
}

const memberPage = (base: string, slug: string, language: Language, anchor?: string) =>
  `${base}/members/${encodeURIComponent(slug)}?lang=${language}${anchor ? `#${encodeURIComponent(anchor)}` : ""}`;

function updateEntry(update: OpenUpdate, host: string, context: FeedContext): AtomEntry {
  const { language, publicBaseUrl } = context;
  const owner = update.owners[0];
  const members = update.owners.map((member) => member.name).join(", ");
  const lines = [
    update.narrative,
    update.delayReasons ? t(language, "open_data.atom.delay_reasons", { text: update.delayReasons }) : null,
    update.nextSteps ? t(language, "open_data.atom.next_steps", { text: update.nextSteps }) : null,
    t(language, "open_data.atom.completion", { level: formatCompletion(update.completionPct, language) }),
    update.noProgress ? t(language, "open_data.atom.no_progress") : null,
    ...update.evidenceUrls,
  ];
  return {
    id: tagUri(host, `update/${update.id}`),
    title: t(language, "open_data.atom.update_title", {
      commitment: update.commitmentCode,
      title: update.commitmentTitle,
      members,
    }),
    updated: update.editedAt ?? update.postedAt,
    published: update.postedAt,
    author: update.author ?? members,
    link: owner
      ? memberPage(publicBaseUrl, owner.slug, language, update.commitmentCode)
      : `${publicBaseUrl}/commitments/${encodeURIComponent(update.commitmentCode)}`,
    content: lines.filter((line): line is string => Boolean(line)).join("\n\n"),
    categories: [update.commitmentCode],
  };
}

/** A status takes effect at the start of its day in the member's time zone. */
function effectiveInstant(change: OpenStatusChange): Date {
  const day = parseIsoDate(change.effectiveOn);
  if (day === null) return change.recordedAt;
  try {
    return new Date(zoneCalendar(change.memberTimeZone).startOf(day));
  } catch {
    return new Date(zoneCalendar("UTC").startOf(day));
  }
}

function statusEntry(change: OpenStatusChange, host: string, context: FeedContext): AtomEntry {
  const { language, publicBaseUrl } = context;
  const at = effectiveInstant(change);
  return {
    id: tagUri(host, `status/${change.id}`),
    title: t(language, "open_data.atom.status_title", {
      member: change.memberName,
      status: t(language, `status.${change.status}`),
    }),
    updated: at,
    published: at,
    author: t(language, "open_data.atom.author"),
    link: memberPage(publicBaseUrl, change.memberSlug, language),
    content: change.ruleId
      ? t(language, "open_data.atom.status_reason_rule", { reason: change.reason, rule: change.ruleId })
      : change.reason,
    categories: change.ruleId ? ["status", change.ruleId] : ["status"],
  };
}

/**
 * Progress updates and status changes (spec §2 Status history), newest first: one member's, or
 * everyone's when `member` is null.
 */
export async function updatesFeed(
  db: Database,
  member: MemberRow | null,
  context: FeedContext,
  self: string,
): Promise<string> {
  const { language, publicBaseUrl } = context;
  const host = new URL(publicBaseUrl).hostname;
  const [updates, changes] = await Promise.all([
    listOpenUpdates(db, { memberId: member?.id, newestFirst: true, limit: FEED_ENTRIES }),
    listRecentStatusChanges(db, { memberId: member?.id, limit: FEED_ENTRIES }),
  ]);
  const entries = [
    ...updates.map((update) => updateEntry(update, host, context)),
    ...changes.map((change) => statusEntry(change, host, context)),
  ]
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id))
    .slice(0, FEED_ENTRIES);
  return atomFeed({
    id: tagUri(host, member ? `member/${member.id}/updates` : "updates"),
    title: member
      ? t(language, "open_data.atom.member_title", { member: member.name })
      : t(language, "open_data.atom.all_title"),
    subtitle: t(language, "open_data.atom.subtitle"),
    language,
    self,
    alternate: member
      ? memberPage(publicBaseUrl, member.slug, language)
      : `${publicBaseUrl}/?lang=${language}`,
    author: t(language, "open_data.atom.author"),
    emptyUpdated: member?.createdAt ?? new Date(0),
    entries,
  });
}
