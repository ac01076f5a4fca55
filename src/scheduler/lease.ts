import type { Database } from "../db/client.js";
import { acquireLease, findLease, releaseLease, renewLease } from "../db/repositories/job-leases.js";
import type { Moment } from "../domain/time/zone.js";
import { type TickOptions, type TickReport, tick } from "./tick/index.js";

/** The `job_leases` row that makes one instance at a time run the tick. */
export const TICK_LEASE = "scheduler.tick";

/** How long a lease lasts unless renewed: a crashed holder's lease lapses after this (default 5 minutes). */
export const DEFAULT_TICK_LEASE_MS = 5 * 60_000;

export interface LeaseOptions {
  /** Who holds it, e.g. `host:pid`; shown to whoever finds it taken. */
  holder: string;
  leaseMs?: number;
  now?: () => Date;
}

export type LeasedTick =
  | { ran: true; report: TickReport }
  | { ran: false; heldBy: string | null; until: Date | null };

/**
 * Runs `tick` only while holding the database lease, so two instances (or the server and a
 * `cli scheduler tick`) never tick at once. The lease is renewed while the tick runs and released
 * after; if the holder dies, it expires and the next instance takes over.
 */
export async function tickUnderLease(
  db: Database,
  at: Moment,
  options: TickOptions & { lease: LeaseOptions },
): Promise<LeasedTick> {
  const { holder, leaseMs = DEFAULT_TICK_LEASE_MS, now = () => new Date() } = options.lease;
  const until = () => new Date(now().getTime() + leaseMs);
  if (!(await acquireLease(db, TICK_LEASE, holder, now(), until()))) {
    const lease = await findLease(db, TICK_LEASE);
    return { ran: false, heldBy: lease?.holder ?? null, until: lease?.expiresAt ?? null };
  }
  const heartbeat = setInterval(() => {
    // Losing the lease mid-tick is survivable (every write is keyed or re-checked), but worth a warning.
    void renewLease(db, TICK_LEASE, holder, until()).then(
      (kept) => {
        if (!kept) options.logger?.warn("scheduler lease lost while ticking", { holder });
      },
      (error: unknown) =>
        options.logger?.warn("scheduler lease not renewed", { holder, error: String(error) }),
    );
  }, leaseMs / 3);
  heartbeat.unref();
  try {
    return { ran: true, report: await tick(db, at, options) };
  } finally {
    clearInterval(heartbeat);
    await releaseLease(db, TICK_LEASE, holder);
  }
}
