import type {
  CircleDetail,
  CircleDigestStatusChange,
  CircleDigestUpdate,
} from "../db/repositories/circles.js";
import { circleThemeLabel } from "../db/repositories/circles.js";
import { type Day, parseIsoDate, toIsoDate } from "../domain/time/civil.js";
import type { Language } from "../domain/vocabularies.js";
import { formatCivilDate } from "../messages/format.js";
import { t } from "../messages/i18n/index.js";
import { truncate } from "../messages/limits.js";
import type { Post } from "../messages/model.js";
import { isoWeekOf } from "./digests.js";
import { alertPost } from "./render.js";

/**
 * The weekly digest of a peer-learning circle (handbook §2.4): what its members did in the week
 * just ended — progress updates on their commitments in the circle's policy area (every commitment
 * for a free theme) and their status changes — posted once to each linked channel of the circle.
 */

export const CIRCLE_DIGEST_KIND = "digest.circle";
/** Circles have no language of their own: their digest speaks the language OGP plans are written in (PLAN-6). */
export const CIRCLE_DIGEST_LANGUAGE: Language = "en";
/** Lines per section; the rest are counted. */
const MAX_LINES = 10;
/** A narrative is cut to this many characters: the digest points to the update, it does not repeat it. */
const MAX_NARRATIVE = 200;

/** The ISO week that ended before the week of `day` (UTC, shared by members of any time zone), with its bounds. */
export function previousIsoWeek(day: Day): { week: string; from: Date; to: Date } {
  const weekday = (((day + 3) % 7) + 7) % 7;
  const monday = day - weekday;
  const dateOf = (d: Day) => new Date(`${toIsoDate(d)}T00:00:00Z`);
  return { week: isoWeekOf(toIsoDate(monday - 7)), from: dateOf(monday - 7), to: dateOf(monday) };
}

/** The UTC day of a tick's moment. */
export function utcDayOf(at: number | Date | string): Day {
  const iso = typeof at === "string" ? at.slice(0, 10) : new Date(at).toISOString().slice(0, 10);
  const day = parseIsoDate(iso);
  if (day === null) throw new RangeError(`Not a moment: ${String(at)}`);
  return day;
}

function section(heading: string, lines: string[], language: Language): string {
  const shown = lines.slice(0, MAX_LINES).map((line) => `• ${line}`);
  if (lines.length > MAX_LINES)
    shown.push(t(language, "scheduler.circle_digest.more", { count: lines.length - MAX_LINES }));
  return `*${heading}*\n${shown.join("\n")}`;
}

export function renderCircleDigest(
  circle: CircleDetail,
  week: string,
  activity: { updates: CircleDigestUpdate[]; statusChanges: CircleDigestStatusChange[] },
  language: Language,
): Post {
  const memberName = new Map(circle.members.map((member) => [member.id, member.name]));
  const nameOf = (id: string) => memberName.get(id) ?? id;
  const updates = activity.updates.map((update) => {
    const params = {
      member: nameOf(update.memberId),
      code: update.commitmentCode,
      title: update.commitmentTitle,
      narrative: truncate(update.narrative, MAX_NARRATIVE, (kept) => kept.trimEnd()),
      pct: update.completionPct ?? 0,
    };
    const key = update.noProgress
      ? "scheduler.circle_digest.update_no_progress"
      : update.completionPct !== null
        ? "scheduler.circle_digest.update_pct"
        : "scheduler.circle_digest.update";
    return t(language, key, params);
  });
  const statuses = activity.statusChanges.map((change) =>
    t(language, "scheduler.circle_digest.status", {
      member: nameOf(change.memberId),
      status: t(language, `status.${change.status}`),
      since: formatCivilDate(change.effectiveOn, language),
    }),
  );
  return alertPost({
    language,
    title: t(language, "scheduler.circle_digest.title", { circle: circle.name, week }),
    text: [
      t(language, "scheduler.circle_digest.intro", { theme: circleThemeLabel(circle, language) }),
      ...(updates.length > 0
        ? [section(t(language, "scheduler.circle_digest.updates"), updates, language)]
        : []),
      ...(statuses.length > 0
        ? [section(t(language, "scheduler.circle_digest.statuses"), statuses, language)]
        : []),
    ].join("\n\n"),
    footer: t(language, "scheduler.circle_digest.footer"),
  });
}
