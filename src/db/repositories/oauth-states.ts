import { lt } from "drizzle-orm";
import type { Executor } from "../client.js";
import { usedOAuthStates } from "../schema/index.js";

/** Marks an OAuth state's nonce used; true only the first time, so a replayed callback is refused. */
export async function useOAuthState(
  db: Executor,
  nonce: string,
  expiresAt: Date,
  at: Date,
): Promise<boolean> {
  const inserted = await db
    .insert(usedOAuthStates)
    .values({ nonce, usedAt: at, expiresAt })
    .onConflictDoNothing()
    .returning({ nonce: usedOAuthStates.nonce });
  return inserted.length === 1;
}

/** Drops the nonces of states that have expired: an expired state is refused on its own. */
export async function pruneOAuthStates(db: Executor, now: Date): Promise<number> {
  return (await db.delete(usedOAuthStates).where(lt(usedOAuthStates.expiresAt, now)).returning()).length;
}
