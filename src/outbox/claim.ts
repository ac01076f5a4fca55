import { sql } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { alertsOutbox } from "../db/schema/index.js";
import type { Platform } from "../domain/vocabularies.js";

export type OutboxRow = typeof alertsOutbox.$inferSelect;

export interface ClaimRequest {
  now: Date;
  /** The claimed rows belong to the caller until then; the exact value fences its later writes. */
  leaseUntil: Date;
  limit: number;
  /** Only rows of these platforms (the ones the caller can send to). */
  platforms: readonly Platform[];
}

/**
 * Claims due rows with a lease, in one UPDATE … RETURNING statement, so two workers (threads,
 * processes or hosts on one database) can never both claim a row. Due: pending and its time has
 * come, or sending with an expired lease (its worker died; it is delivered again, which is where the
 * outbox's bounded duplicates come from).
 *
 * At most one row per channel, the first written of its due rows (so a channel receives its alerts
 * in the order they were written, a postponed one first when it is due again), and none for a
 * channel whose message is in flight elsewhere under a live lease: per-channel order and pacing
 * then hold across workers too. Each claim counts an attempt, so a row whose worker keeps dying
 * runs out of attempts instead of looping for ever.
 */
export async function claimDueRows(db: Executor, request: ClaimRequest): Promise<OutboxRow[]> {
  if (request.platforms.length === 0 || request.limit <= 0) return [];
  const now = request.now.getTime();
  const platforms = sql.join(
    request.platforms.map((platform) => sql`${platform}`),
    sql`, `,
  );
  // The head of each channel is its due row written first (bare columns of a min() aggregate come
  // from that row, a documented SQLite behaviour): cheaper than ranking every due row by window.
  const claimable = sql`
    select head.id from (
      select id, min(rowid) as inserted, platform, workspace_id, target, next_attempt_at
      from alerts_outbox
      where platform in (${platforms})
        and ((state = 'pending' and next_attempt_at <= ${now}) or (state = 'sending' and lease_until < ${now}))
      group by platform, workspace_id, target
    ) as head
    where (head.platform, head.workspace_id, head.target) not in (
      select platform, workspace_id, target from alerts_outbox
      where state = 'sending' and lease_until >= ${now}
    )
    order by head.next_attempt_at, head.inserted
    limit ${request.limit}`;
  return db
    .update(alertsOutbox)
    .set({
      state: "sending",
      leaseUntil: request.leaseUntil,
      attempts: sql`${alertsOutbox.attempts} + 1`,
    })
    .where(sql`${alertsOutbox.id} in (${claimable})`)
    .returning();
}
