/**
 * The server side of `npm run bench:relay`, in its own process as `npm start` runs it: incoming
 * channel messages go through `relayChatMessage` (what the Slack message listener and the Discord
 * gateway call) while the production delivery loop sends the outbox through the real Slack and
 * Discord senders, at the benchmark's fakes. Slack tokens are read from the installations, sealed
 * with SLACK_TOKEN_ENCRYPTION_KEY, as the Slack endpoints read them.
 * Spawned with an IPC channel; usage: node --import tsx bench/relay-worker.ts (settings in the env).
 */
import { openDatabase } from "../src/db/client.js";
import { findSlackInstallation } from "../src/db/repositories/slack-installations.js";
import { createLogger } from "../src/logging/logger.js";
import { runDeliveryLoop } from "../src/outbox/index.js";
import { createSenders } from "../src/platforms/senders.js";
import { tokenSealer } from "../src/platforms/slack/token-sealer.js";
import { type ChatMessageEvent, relayChatMessage } from "../src/relay/index.js";

/** What the benchmark sends: one channel message as a platform adapter reads it. */
export type WorkerRequest =
  | { type: "event"; id: number; event: Omit<ChatMessageEvent, "occurredAt"> & { occurredAt: string } }
  | { type: "stop" };

export type WorkerReply =
  | { type: "ready" }
  /** When the event reached this process, and what the relay made of it. */
  | { type: "received"; id: number; receivedAt: number; outcome: string; error?: string }
  | { type: "stopped"; rssPeakMb: number; rssEndMb: number };

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`relay-worker: ${name} is not set`);
  return value;
};

const send = (reply: WorkerReply) => process.send?.(reply);
const megabytes = (bytes: number) => Math.round(bytes / 2 ** 20);

const logger = createLogger("warn", (line) => process.stderr.write(`${line}\n`));
const handle = await openDatabase({ url: env("DATABASE_URL") });
const { db } = handle;
const sealer = tokenSealer(env("SLACK_TOKEN_ENCRYPTION_KEY"));
const senders = await createSenders(
  { SLACK_API_URL: env("SLACK_API_URL"), DISCORD_API_URL: env("DISCORD_API_URL") },
  {
    slackToken: async (teamId) => {
      const installation = await findSlackInstallation(db, {
        teamId,
        enterpriseId: undefined,
        isEnterpriseInstall: false,
      });
      return installation ? sealer.open(installation.botToken) : undefined;
    },
    discordToken: env("DISCORD_BOT_TOKEN"),
  },
);
// Production settings (runtime/node.ts), the worker id aside.
const loop = runDeliveryLoop(db, senders, { workerId: `bench-relay-${process.pid}`, logger });

let rssPeak = process.memoryUsage.rss();
const sampler = setInterval(() => {
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
}, 250);

process.on("message", (request: WorkerRequest) => {
  if (request.type === "stop") {
    void (async () => {
      clearInterval(sampler);
      await loop.stop();
      const rssEnd = process.memoryUsage.rss();
      handle.close();
      send({ type: "stopped", rssPeakMb: megabytes(Math.max(rssPeak, rssEnd)), rssEndMb: megabytes(rssEnd) });
      process.disconnect();
    })();
    return;
  }
  const receivedAt = Date.now();
  const event: ChatMessageEvent = { ...request.event, occurredAt: new Date(request.event.occurredAt) };
  // Handled as they come, concurrently, as the Slack listener and the gateway do.
  relayChatMessage({ db, logger, now: () => new Date() }, event).then(
    (outcome) => send({ type: "received", id: request.id, receivedAt, outcome: outcome.kind }),
    (error: unknown) =>
      send({ type: "received", id: request.id, receivedAt, outcome: "error", error: String(error) }),
  );
});

send({ type: "ready" });
