import { eq } from "drizzle-orm";
import { type Actor, writeAudited } from "../db/audit.js";
import type { Database } from "../db/client.js";
import { alertsOutbox } from "../db/schema/index.js";
import type { OutboxRow } from "./claim.js";

export type ManualRetry =
  | { kind: "queued"; row: OutboxRow }
  | { kind: "not_found" }
  /** Only failed rows are retried by hand; the others are still on their way or done. */
  | { kind: "not_failed"; state: string };

/**
 * Puts a failed alert back in line for the next delivery pass with a fresh set of attempts (after
 * someone fixed the cause: invited the bot, restored the channel). Audited: who retried what, when.
 */
export async function retryFailedAlert(
  db: Database,
  id: string,
  actor: Actor,
  now: Date = new Date(),
): Promise<ManualRetry> {
  return writeAudited(
    db,
    actor,
    async (writer): Promise<ManualRetry> => {
      const [row] = await writer.tx.select().from(alertsOutbox).where(eq(alertsOutbox.id, id));
      if (!row) return { kind: "not_found" };
      if (row.state !== "failed") return { kind: "not_failed", state: row.state };
      const requeued = { state: "pending" as const, attempts: 0, nextAttemptAt: now };
      await writer.update(alertsOutbox, id, requeued);
      return { kind: "queued", row: { ...row, ...requeued } };
    },
    now,
  );
}
