/**
 * A separate process that claims outbox rows in small batches until none are left and prints the
 * ids it got as JSON: the claim-race test runs several at once on one database file.
 * It prints "ready" once its database is open and starts claiming when a line arrives on stdin,
 * so processes that start slowly (a loaded machine) still claim at the same time as the others.
 * Usage: node --import tsx test/support/claim-worker.ts DATABASE_URL BATCH
 */
import { once } from "node:events";
import { openDatabase } from "../../src/db/client.js";
import { claimDueRows } from "../../src/outbox/index.js";

const [url, batch] = process.argv.slice(2);
const handle = await openDatabase({ url: url! });
process.stderr.write("ready\n");
await once(process.stdin, "data");
process.stdin.destroy();
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
