/**
 * Outbox dedupe keys of the scheduler's alerts: the alert's own key (the engine's
 * `rule:subjectKind:subjectId:period:step`, or a digest's `digest.weekly:member:ID:2026-W47`), then
 * the target, so each reminder step reaches each person or channel once ever (spec §6). Suffixes mark
 * the copies a row may give rise to: its snooze and its fallback to the member's channel.
 */

const TARGET_SEPARATOR = "|";
export const SNOOZE_SUFFIX = `${TARGET_SEPARATOR}snooze`;
export const FALLBACK_SUFFIX = `${TARGET_SEPARATOR}fallback`;

export interface RouteTarget {
  platform: string;
  workspaceId: string;
  target: string;
}

export function routedKey(alertKey: string, route: RouteTarget): string {
  return `${alertKey}${TARGET_SEPARATOR}${route.platform}:${route.workspaceId}:${route.target}`;
}

/** The alert key of a row the scheduler wrote, or null for rows written by others (command posts). */
export function alertKeyOf(dedupeKey: string): string | null {
  const end = dedupeKey.indexOf(TARGET_SEPARATOR);
  return end > 0 ? dedupeKey.slice(0, end) : null;
}

/** The deadline an alert key reminds of, without its step: `rule:subjectKind:subjectId:period`. */
export function deadlineOf(alertKey: string): string {
  return alertKey.slice(0, alertKey.lastIndexOf(":"));
}

export const isSnoozeCopy = (dedupeKey: string): boolean => dedupeKey.endsWith(SNOOZE_SUFFIX);
