/**
 * A separate process that claims outbox rows in small batches until none are left and prints the
 * ids it got as JSON: the claim-race test runs several at once on one database file.
 * Usage: node --import tsx test/support/claim-worker.ts DATABASE_URL START_AT_MS BATCH
 */
import { openDatabase } from "../../src/db/client.js";
import { claimDueRows } from "../../src/outbox/index.js";

const [url, startAt, batch] = process.argv.slice(2);
const handle = await openDatabase({ url: url! });
// Start together, so the claims of the processes really interleave.
while (Date.now() < Number(startAt)) await new Promise((resolve) => setTimeout(resolve, 1));
const claimed: string[] = [];
for (;;) {
  const now = new Date();
  const rows = await claimDueRows(handle.db, {
    now,
    leaseUntil: new Date(now.getTime() + 600_000),
    limit: Number(batch),
    platforms: ["slack"],
  });
  if (rows.length === 0) break;
  claimed.push(...rows.map((row) => row.id));
}
handle.close();
process.stdout.write(JSON.stringify(claimed));
