import { hostname } from "node:os";
import { serve } from "@hono/node-server";
import { loadEnv } from "../config/env.js";
import { type Database, describeUrl } from "../db/client.js";
import { prepareDatabase } from "../db/setup.js";
import { chatStores } from "../db/stores.js";
import { createLogger, type Logger } from "../logging/logger.js";
import { Metrics } from "../logging/metrics.js";
import { runDeliveryLoop } from "../outbox/index.js";
import { discordSettingsFromEnv } from "../platforms/discord/settings.js";
import { createSenders } from "../platforms/senders.js";
import { slackSettingsFromEnv } from "../platforms/slack/settings.js";
import { createFailureNoticeHook, startScheduler } from "../scheduler/index.js";
import { createApp } from "../web/app.js";
import { clientAddressReader } from "./node/client-address.js";
import { evaluateInParallel } from "./node/evaluate-in-parallel.js";
import { nodeSignatureVerifiers } from "./node/signatures.js";
import { loadDotEnv, startupFailure } from "./node/startup.js";
import { watchWalCheckpoints } from "./node/wal-checkpointer.js";

/**
 * Node entry point: `npm start`. Reads the environment, prepares the database, serves the Hono app
 * with the chat adapters that are configured, runs the scheduler tick (SCHEDULE_CRON) and delivers
 * the alerts outbox in the background.
 */
async function main(): Promise<void> {
  loadDotEnv();
  const env = loadEnv();
  // One write per line, without console.log's formatting pass: a log line per request is on the hot path.
  const logger = createLogger(env.LOG_LEVEL, (line) => process.stdout.write(`${line}\n`));
  const database = await prepareDatabase(env, logger);
  const { db } = database;
  const checkpointer = watchWalCheckpoints(database, logger);

  const chat = {
    commands: { db, logger, linkCodeSecret: env.LINK_CODE_SECRET },
    ...chatStores(db),
    signatures: nodeSignatureVerifiers,
  };
  // Each platform's libraries load only when it is configured: they are most of start-up's time and memory.
  const slackSettings = slackSettingsFromEnv(env);
  const slack = slackSettings
    ? (await import("../platforms/slack/index.js")).createSlackEndpoints(slackSettings, chat)
    : undefined;
  const discordSettings = discordSettingsFromEnv(env);
  const discord = discordSettings
    ? (await import("../platforms/discord/index.js")).createDiscordEndpoints(discordSettings, chat)
    : undefined;
  // Acknowledged work a previous run left unfinished (a crash, a restart) is taken up again.
  await Promise.all([slack?.startWork(), discord?.startWork()]);
  const metrics = new Metrics();
  const app = createApp({
    db,
    logger,
    slack,
    discord,
    metrics,
    metricsToken: env.METRICS_TOKEN,
    clientAddress: clientAddressReader(env.TRUST_PROXY === "on"),
    publicBaseUrl: env.PUBLIC_BASE_URL,
  });

  const senders = await createSenders(env, {
    slackToken: slack ? (teamId) => slack.botToken(teamId) : undefined,
    discordToken: env.DISCORD_BOT_TOKEN,
  });
  const delivery =
    Object.keys(senders).length > 0
      ? runDeliveryLoop(db, senders, {
          workerId: `${hostname()}:${process.pid}`,
          logger,
          onPermanentFailure: createFailureNoticeHook(),
        })
      : undefined;
  // The circles relay hears Discord channels only over the gateway: opened once a circle links one.
  const discordGateway = env.DISCORD_BOT_TOKEN
    ? await startRelayGateway({ db, logger, token: env.DISCORD_BOT_TOKEN, apiUrl: env.DISCORD_API_URL })
    : undefined;
  const scheduler = startScheduler(db, {
    cron: env.SCHEDULE_CRON,
    holder: `${hostname()}:${process.pid}`,
    logger,
    metrics,
    publicBaseUrl: env.PUBLIC_BASE_URL,
    countryDigestMonths: env.COUNTRY_DIGEST_MONTHS,
    // Large databases are read on a worker thread while this one evaluates (small ones stay here).
    evaluate: (at) => evaluateInParallel(db, at, { url: database.url, authToken: env.DATABASE_AUTH_TOKEN }),
  });

  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: "0.0.0.0" }, (info) => {
    logger.info("listening", {
      port: info.port,
      database: describeUrl(database.url),
      slack: slack ? "on" : "off",
      discord: discord ? "on" : "off",
      outboxDelivery: Object.keys(senders),
    });
  });
  server.on("error", (error) => {
    console.error(startupFailure(error, env.PORT));
    process.exit(1);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    // Stop accepting connections, let in-flight requests and the work acked requests started
    // finish, let the outbox record what it has sent, then release the database.
    server.close(async () => {
      await Promise.all([slack?.stopWork(), discord?.stopWork(), discordGateway?.stop()]);
      await Promise.all([slack?.settled(), discord?.settled()]);
      // A tick in progress finishes (its transactions commit) before the database closes.
      await scheduler.stop();
      await delivery?.stop();
      await checkpointer?.stop();
      database.close();
      logger.info("stopped");
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

/** The Discord gateway of the circles relay, each event handed to the relay use case. */
async function startRelayGateway(options: { db: Database; logger: Logger; token: string; apiUrl: string }) {
  const { db, logger } = options;
  const [{ startGatewayWhenNeeded }, { relayChatMessage }, { hasLinkedDiscordChannel }] = await Promise.all([
    import("../platforms/discord/gateway/index.js"),
    import("../relay/index.js"),
    import("../db/repositories/discord-relay.js"),
  ]);
  return startGatewayWhenNeeded({
    token: options.token,
    apiUrl: options.apiUrl,
    logger,
    needed: () => hasLinkedDiscordChannel(db),
    onMessage: async (event) => {
      await relayChatMessage({ db, logger, now: () => new Date() }, event);
    },
  });
}

main().catch((error: unknown) => {
  console.error(startupFailure(error));
  process.exit(1);
});
