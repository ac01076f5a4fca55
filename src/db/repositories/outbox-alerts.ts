import { and, count, eq, inArray, sql } from "drizzle-orm";
import { READS_PAST_OWN_WRITES } from "../batched-transactions.js";
import type { Executor } from "../client.js";
import { alertsOutbox } from "../schema/index.js";

/**
 * The scheduler's reads and writes of outbox rows it created: which are still waiting, which keys
 * exist already (for a dry run), cancelling reminders made moot, and finding the row a snooze names.
 * Delivery's own queries live in src/notify.
 */

export type OutboxAlertRow = typeof alertsOutbox.$inferSelect;

/** Rows not yet claimed by a delivery worker for these members. */
export async function listPendingAlerts(
  db: Executor,
  memberIds: string[],
): Promise<Pick<OutboxAlertRow, "id" | "deadlineKey" | "memberId">[]> {
  if (memberIds.length === 0) return [];
  return db
    .select({
      id: alertsOutbox.id,
      deadlineKey: alertsOutbox.deadlineKey,
      memberId: alertsOutbox.memberId,
    })
    .from(alertsOutbox)
    .where(and(eq(alertsOutbox.state, "pending"), inArray(alertsOutbox.memberId, memberIds)));
}

/**
 * Cancels rows that are still pending; a row a worker claimed meanwhile is left to its delivery.
 * Returns how many were cancelled.
 */
export async function cancelPendingAlerts(db: Executor, ids: string[], reason: string): Promise<number> {
  let cancelled = 0;
  for (let start = 0; start < ids.length; start += 500) {
    const pending = and(
      eq(alertsOutbox.state, "pending"),
      inArray(alertsOutbox.id, ids.slice(start, start + 500)),
    );
    // Counted before the change: a batched transaction (D1) has no RETURNING before commit.
    const [counted] = await db.select({ rows: count() }).from(alertsOutbox).where(pending);
    await db.update(alertsOutbox).set({ state: "cancelled", lastError: reason }).where(pending);
    cancelled += counted?.rows ?? 0;
  }
  return cancelled;
}

/**
 * Which of these dedupe keys the outbox already holds. Inside a batched transaction (D1) that has
 * written alerts, the keys it wrote are not among them: the caller counts those itself, which is
 * why this read is marked as reading past its own writes.
 */
export async function existingDedupeKeys(db: Executor, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < keys.length; start += 500) {
    const rows = await db.all<{ key: string }>(
      sql`${sql.raw(READS_PAST_OWN_WRITES)} select ${alertsOutbox.dedupeKey} as key from ${alertsOutbox} where ${inArray(
        alertsOutbox.dedupeKey,
        keys.slice(start, start + 500),
      )}`,
    );
    for (const row of rows) found.add(row.key);
  }
  return found;
}

export async function findOutboxAlert(db: Executor, id: string): Promise<OutboxAlertRow | null> {
  const [row] = await db.select().from(alertsOutbox).where(eq(alertsOutbox.id, id));
  return row ?? null;
}

export async function findOutboxAlertByKey(db: Executor, dedupeKey: string): Promise<OutboxAlertRow | null> {
  const [row] = await db.select().from(alertsOutbox).where(eq(alertsOutbox.dedupeKey, dedupeKey));
  return row ?? null;
}

/** How many alerts the outbox holds in each state (for `/metrics`). */
export async function countAlertsByState(db: Executor): Promise<{ state: string; count: number }[]> {
  return db
    .select({ state: alertsOutbox.state, count: count() })
    .from(alertsOutbox)
    .groupBy(alertsOutbox.state);
}
