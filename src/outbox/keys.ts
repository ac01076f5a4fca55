import type { Platform } from "../domain/vocabularies.js";

/**
 * Outbox dedupe keys: what is announced, then the target, so each announcement reaches each person
 * or channel once ever (spec §6: each reminder step once). Keys are identities only: nothing reads
 * state back out of them (the outbox's columns hold it).
 */

export interface RouteTarget {
  platform: Platform;
  workspaceId: string;
  target: string;
}

/** The key of an announcement to one target. */
export const routedKey = (alertKey: string, route: RouteTarget): string =>
  `${alertKey}|${route.platform}:${route.workspaceId}:${route.target}`;

/** The key of a row's snoozed copy: one per row, so a reminder is snoozed once. */
export const snoozeKey = (dedupeKey: string): string => `${dedupeKey}|snooze`;

/**
 * The kind of the notices telling the Support Unit that an alert could not be delivered: a failed
 * notice is never noticed in turn, so the failure hook cannot loop.
 */
export const FAILURE_NOTICE_KIND = "outbox.failure";
