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
 * At most one row per channel, the oldest (insertion order breaks ties, so alerts written together
 * arrive in the order written), and none for a channel whose message is in flight elsewhere under a
 * live lease: per-channel order and pacing then hold across workers too. Each claim counts an
 * attempt, so a row whose worker keeps dying runs out of attempts instead of looping for ever.
 */
export async function claimDueRows(db: Executor, request: ClaimRequest): Promise<OutboxRow[]> {
  if (request.platforms.length === 0 || request.limit <= 0) return [];
  const now = request.now.getTime();
  const platforms = sql.join(
    request.platforms.map((platform) => sql`${platform}`),
    sql`, `,
  );
  const claimable = sql`
    select due.id from (
      select id, rowid as inserted, platform, workspace_id, target, next_attempt_at,
        row_number() over (
          partition by platform, workspace_id, target order by next_attempt_at, rowid
        ) as position
      from alerts_outbox
      where platform in (${platforms})
        and ((state = 'pending' and next_attempt_at <= ${now}) or (state = 'sending' and lease_until < ${now}))
    ) as due
    where due.position = 1
      and (due.platform, due.workspace_id, due.target) not in (
        select platform, workspace_id, target from alerts_outbox
        where state = 'sending' and lease_until >= ${now}
      )
    order by due.next_attempt_at, due.inserted
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
