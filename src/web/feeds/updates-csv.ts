import type { Database } from "../../db/client.js";
import { updateRecord } from "../../db/repositories/open-data/update-format.js";
import { listOpenUpdates, type UpdatePosition } from "../../db/repositories/open-data/updates.js";

/** Updates read per query: bounded memory however many there are. */
const BATCH_SIZE = 500;

/** Every progress update, oldest first (posted_at, then id), a batch at a time: `updates.csv`. */
export async function* updateRecords(db: Database, since?: Date): AsyncGenerator<string[][]> {
  let after: UpdatePosition | undefined;
  for (;;) {
    const batch = await listOpenUpdates(db, { since, after, limit: BATCH_SIZE });
    if (batch.length === 0) return;
    yield batch.map(updateRecord);
    if (batch.length < BATCH_SIZE) return;
    const last = batch[batch.length - 1]!;
    after = { postedAt: last.postedAt, id: last.id };
  }
}
