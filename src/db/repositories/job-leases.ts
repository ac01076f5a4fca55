import { and, eq, lt, or } from "drizzle-orm";
import type { Executor } from "../client.js";
import { jobLeases } from "../schema/index.js";

/**
 * Named leases on singleton jobs (`job_leases`): whoever holds an unexpired lease runs the job; an
 * expired one (its holder crashed or hung) may be taken over. Each operation is one statement, so two
 * instances on one database can never both believe they hold it.
 */

/** Takes the lease if it is free, expired, or already ours; true when `holder` now holds it until `until`. */
export async function acquireLease(
  db: Executor,
  name: string,
  holder: string,
  now: Date,
  until: Date,
): Promise<boolean> {
  const rows = await db
    .insert(jobLeases)
    .values({ name, holder, expiresAt: until })
    .onConflictDoUpdate({
      target: jobLeases.name,
      set: { holder, expiresAt: until },
      setWhere: or(lt(jobLeases.expiresAt, now), eq(jobLeases.holder, holder)),
    })
    .returning({ holder: jobLeases.holder });
  return rows.length === 1;
}

/** Extends our lease; false when it was lost (it expired and another holder took it). */
export async function renewLease(db: Executor, name: string, holder: string, until: Date): Promise<boolean> {
  const rows = await db
    .update(jobLeases)
    .set({ expiresAt: until })
    .where(and(eq(jobLeases.name, name), eq(jobLeases.holder, holder)))
    .returning({ name: jobLeases.name });
  return rows.length === 1;
}

export async function releaseLease(db: Executor, name: string, holder: string): Promise<void> {
  await db.delete(jobLeases).where(and(eq(jobLeases.name, name), eq(jobLeases.holder, holder)));
}

export async function findLease(
  db: Executor,
  name: string,
): Promise<{ holder: string; expiresAt: Date } | null> {
  const [row] = await db
    .select({ holder: jobLeases.holder, expiresAt: jobLeases.expiresAt })
    .from(jobLeases)
    .where(eq(jobLeases.name, name));
  return row ?? null;
}
