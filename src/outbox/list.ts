import { desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { alertsOutbox } from "../db/schema/index.js";
import type { OutboxState } from "../domain/vocabularies.js";
import type { OutboxRow } from "./claim.js";

export interface OutboxFilter {
  state?: OutboxState;
  /** Default 100. */
  limit?: number;
}

/** Outbox rows, newest first (`cli outbox list`). */
export async function listOutbox(db: Executor, filter: OutboxFilter = {}): Promise<OutboxRow[]> {
  return db
    .select()
    .from(alertsOutbox)
    .where(filter.state ? eq(alertsOutbox.state, filter.state) : undefined)
    .orderBy(desc(alertsOutbox.createdAt), desc(sql`rowid`))
    .limit(filter.limit ?? 100);
}

/** Alerts that will not be delivered without a person's action, each with its reason in `lastError`. */
export function listFailed(db: Executor, limit?: number): Promise<OutboxRow[]> {
  return listOutbox(db, { state: "failed", ...(limit === undefined ? {} : { limit }) });
}
