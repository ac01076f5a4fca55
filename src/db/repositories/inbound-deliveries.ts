import { and, asc, count, eq, inArray, lt, lte, sql } from "drizzle-orm";
import type { Platform } from "../../domain/vocabularies.js";
import type { Database } from "../client.js";
import { inboundDeliveries } from "../schema/index.js";

/**
 * Delivery bookkeeping, not facts about members or people: written without audit rows (auditing
 * every inbound request would bury the facts the audit log is for).
 *
 * A delivery answered within its request is claimed `done`. One whose work runs after the
 * acknowledgement is claimed `pending` with that work (`payload`), leased for a while to the process
 * that received it; whoever starts it moves it to `running` under a new lease, then to `done`, or
 * back to `pending` for another attempt, or to `failed`. A lease that runs out (the process died)
 * lets any process take the work over, so an acknowledged command is never lost.
 */

export interface InboundClaim {
  platform: Platform;
  deliveryId: string;
  receivedAt: Date;
  /** Work to run after the acknowledgement, leased to the receiver until `leaseUntil`. */
  work?: { payload: unknown; leaseUntil: Date } | undefined;
}

/** SQLite binds at most 32,766 parameters; five a row leaves room, and larger batches gain nothing. */
const MAX_ROWS_PER_INSERT = 500;

const claimKey = (platform: string, deliveryId: string) => `${platform}\u0000${deliveryId}`;

/**
 * Claims delivery ids in one statement; the result holds the claims that were first (by their
 * index in `claims`), so a retried or replayed delivery is handled once. Within `claims`, the first
 * of two equal ids wins.
 */
export async function claimInboundDeliveries(db: Database, claims: InboundClaim[]): Promise<Set<number>> {
  const firsts = new Set<number>();
  const seen = new Map<string, number>();
  claims.forEach((claim, index) => {
    const key = claimKey(claim.platform, claim.deliveryId);
    if (!seen.has(key)) seen.set(key, index);
  });
  const unique = [...seen.values()];
  for (let start = 0; start < unique.length; start += MAX_ROWS_PER_INSERT) {
    const indexes = unique.slice(start, start + MAX_ROWS_PER_INSERT);
    const inserted = await db
      .insert(inboundDeliveries)
      .values(
        indexes.map((index) => {
          const claim = claims[index]!;
          return {
            platform: claim.platform,
            deliveryId: claim.deliveryId,
            receivedAt: claim.receivedAt,
            ...(claim.work
              ? { payload: claim.work.payload, state: "pending", leaseUntil: claim.work.leaseUntil }
              : {}),
          };
        }),
      )
      .onConflictDoNothing()
      .returning({ platform: inboundDeliveries.platform, deliveryId: inboundDeliveries.deliveryId });
    for (const row of inserted) firsts.add(seen.get(claimKey(row.platform, row.deliveryId))!);
  }
  return firsts;
}

/** Claims one delivery id; true only for the first claim. */
export async function claimInboundDelivery(
  db: Database,
  platform: Platform,
  deliveryId: string,
  now: Date = new Date(),
): Promise<boolean> {
  return (await claimInboundDeliveries(db, [{ platform, deliveryId, receivedAt: now }])).has(0);
}

export interface InboundJob {
  platform: Platform;
  deliveryId: string;
  receivedAt: Date;
  payload: unknown;
  attempts: number;
}

const byDelivery = (platform: Platform, deliveryId: string) =>
  and(eq(inboundDeliveries.platform, platform), eq(inboundDeliveries.deliveryId, deliveryId));

/**
 * Starts a job under a lease until `leaseUntil`; true if this caller now owns it. `takeOver` is for
 * work found by `dueInboundJobs`: pending or running, but only once its lease has run out. Without
 * it, the receiver starts its own pending job whatever its lease says. One statement decides, so two
 * processes never both start the same job.
 */
export async function startInboundJob(
  db: Database,
  job: { platform: Platform; deliveryId: string },
  now: Date,
  leaseUntil: Date,
  takeOver: boolean,
): Promise<boolean> {
  const startable = takeOver
    ? and(inArray(inboundDeliveries.state, ["pending", "running"]), lte(inboundDeliveries.leaseUntil, now))
    : eq(inboundDeliveries.state, "pending");
  const started = await db
    .update(inboundDeliveries)
    .set({ state: "running", leaseUntil, attempts: sql`${inboundDeliveries.attempts} + 1` })
    .where(and(byDelivery(job.platform, job.deliveryId), startable))
    .returning({ attempts: inboundDeliveries.attempts });
  return started.length === 1;
}

/** The job's work is done; its payload (people's text) is not kept. */
export async function finishInboundJob(
  db: Database,
  job: { platform: Platform; deliveryId: string },
  now: Date,
): Promise<void> {
  await db
    .update(inboundDeliveries)
    .set({ state: "done", finishedAt: now, leaseUntil: null, payload: null, lastError: null })
    .where(byDelivery(job.platform, job.deliveryId));
}

/**
 * The attempt failed: the job waits until `retryAt` for another, or, with `retryAt` null, is given
 * up (`failed`, its payload dropped, the reason kept).
 */
export async function failInboundJob(
  db: Database,
  job: { platform: Platform; deliveryId: string },
  error: string,
  now: Date,
  retryAt: Date | null,
): Promise<void> {
  await db
    .update(inboundDeliveries)
    .set(
      retryAt
        ? { state: "pending", leaseUntil: retryAt, lastError: error }
        : { state: "failed", leaseUntil: null, finishedAt: now, payload: null, lastError: error },
    )
    .where(byDelivery(job.platform, job.deliveryId));
}

/** The platform's pending or running jobs whose lease has run out, oldest first: work left behind. */
export async function dueInboundJobs(
  db: Database,
  platform: Platform,
  now: Date,
  limit: number,
): Promise<InboundJob[]> {
  const rows = await db
    .select({
      platform: inboundDeliveries.platform,
      deliveryId: inboundDeliveries.deliveryId,
      receivedAt: inboundDeliveries.receivedAt,
      payload: inboundDeliveries.payload,
      attempts: inboundDeliveries.attempts,
    })
    .from(inboundDeliveries)
    .where(
      and(
        eq(inboundDeliveries.platform, platform),
        inArray(inboundDeliveries.state, ["pending", "running"]),
        lte(inboundDeliveries.leaseUntil, now),
      ),
    )
    .orderBy(asc(inboundDeliveries.receivedAt))
    .limit(limit);
  return rows.map((row) => ({ ...row, platform: row.platform as Platform }));
}

/** Jobs not finished yet, by platform and state (pending, running): the metrics' queue depth. */
export async function countUnfinishedInboundJobs(
  db: Database,
): Promise<{ platform: string; state: string; count: number }[]> {
  return db
    .select({ platform: inboundDeliveries.platform, state: inboundDeliveries.state, count: count() })
    .from(inboundDeliveries)
    .where(inArray(inboundDeliveries.state, ["pending", "running"]))
    .groupBy(inboundDeliveries.platform, inboundDeliveries.state);
}

/**
 * Drops finished deliveries received before `before`. A retry or a replay older than the signature
 * window (5 minutes) is refused by its timestamp anyway, so the claims need to outlive it, no more.
 * Unfinished jobs stay until they finish or are given up.
 */
export async function pruneInboundDeliveries(db: Database, before: Date): Promise<number> {
  const removed = await db
    .delete(inboundDeliveries)
    .where(
      and(lt(inboundDeliveries.receivedAt, before), inArray(inboundDeliveries.state, ["done", "failed"])),
    )
    .returning({ deliveryId: inboundDeliveries.deliveryId });
  return removed.length;
}
