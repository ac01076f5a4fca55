/**
 * The delivery process of `npm run bench:outbox`: the production delivery loop with the real Slack
 * sender, pointed at the benchmark's fake Slack. A separate process so the benchmark can SIGKILL it.
 * Usage: node --import tsx bench/outbox-worker.ts DATABASE_URL SLACK_API_URL LEASE_MS
 */
import { openDatabase } from "../src/db/client.js";
import { runDeliveryLoop } from "../src/outbox/index.js";
import { createSlackSender } from "../src/platforms/slack/index.js";

const [databaseUrl, slackApiUrl, leaseMs] = process.argv.slice(2);
const handle = await openDatabase({ url: databaseUrl! });
const loop = runDeliveryLoop(
  handle.db,
  { slack: createSlackSender({ token: () => "xoxb-bench", apiUrl: slackApiUrl! }) },
  { workerId: `bench-${process.pid}`, leaseMs: Number(leaseMs), idleMs: 50 },
);
process.on("SIGTERM", async () => {
  await loop.stop();
  handle.close();
  process.exit(0);
});
