import { loadEnv } from "../../config/env.js";
import { seedDemoDataIfEmpty } from "../../db/demo.js";
import { chatStores } from "../../db/stores.js";
import { createLogger, describeError, type Logger } from "../../logging/logger.js";
import { Metrics } from "../../logging/metrics.js";
import { ChannelPacer, deliverDue } from "../../outbox/index.js";
import { createDiscordEndpoints, discordSettingsFromEnv } from "../../platforms/discord/index.js";
import { createSenders } from "../../platforms/senders.js";
import { createSlackEndpoints, slackSettingsFromEnv } from "../../platforms/slack/index.js";
// Not scheduler/index.js: it brings node-cron, which reads its own file path when it loads.
import { createFailureNoticeHook } from "../../scheduler/failure-notice.js";
import { housekeep } from "../../scheduler/housekeeping.js";
import { tickUnderLease } from "../../scheduler/lease.js";
import { createApp } from "../../web/app.js";
import { settingsOf, type WorkerBindings } from "./bindings.js";
import { workerDatabase } from "./database.js";

/**
 * Rows one invocation delivers at most: each send is a subrequest, and an invocation has a budget of
 * them (50 on the free plan, 1,000 on paid; chat-platforms.md). What is left waits for the next one.
 */
const DELIVERIES_PER_INVOCATION = 40;

/** Passes stop starting after this: `waitUntil` work may be cut off about 30 s after the response. */
const DELIVERY_TIME_BUDGET_MS = 20_000;

export interface WorkerRuntime {
  fetch(request: Request): Promise<Response>;
  /** The work a response leaves (acknowledged commands, then the alerts they wrote): for `waitUntil`. */
  afterResponse(request: Request): Promise<void>;
  /**
   * A Cron Trigger: the rules tick when it is SCHEDULE_CRON's trigger; on every trigger, the webhook
   * work left behind, then delivery of what the outbox has due. `/metrics` counts per isolate.
   */
  scheduled(at: Date, cron: string): Promise<void>;
}

/**
 * The same application as `npm start`, composed for one Worker isolate: the Hono app with the chat
 * adapters that are configured, on D1 or Turso. What Node runs in the background (node-cron, the
 * delivery loop, the job runners' timers, the circles relay's Discord gateway) runs here from Cron
 * Triggers and `waitUntil` instead.
 */
export async function createWorkerRuntime(bindings: WorkerBindings): Promise<WorkerRuntime> {
  const env = loadEnv(settingsOf(bindings));
  const logger = createLogger(env.LOG_LEVEL, (line) => console.log(line));
  const { db } = workerDatabase(env, bindings);
  if (env.DEMO_DATA === "on") await seedDemoDataIfEmpty(db, logger);

  const chat = { commands: { db, logger, linkCodeSecret: env.LINK_CODE_SECRET }, ...chatStores(db) };
  const slackSettings = slackSettingsFromEnv(env);
  const slack = slackSettings ? createSlackEndpoints(slackSettings, chat) : undefined;
  const discordSettings = discordSettingsFromEnv(env);
  const discord = discordSettings ? createDiscordEndpoints(discordSettings, chat) : undefined;
  const app = createApp({
    db,
    logger,
    slack,
    discord,
    metrics: new Metrics(),
    metricsToken: env.METRICS_TOKEN,
    clientAddress: (c) => c.req.header("cf-connecting-ip") ?? "unknown",
    publicBaseUrl: env.PUBLIC_BASE_URL,
  });
  const senders = await createSenders(env, {
    slackToken: slack ? (teamId) => slack.botToken(teamId) : undefined,
    discordToken: env.DISCORD_BOT_TOKEN,
  });
  // A pass claims one row per channel: passes repeat, within the invocation's budgets, so a channel
  // with several alerts due (the Support Unit's, after a tick) is not served one a minute.
  const deliver = async () => {
    if (Object.keys(senders).length === 0) return;
    const started = Date.now();
    // One pacer for the invocation's passes: a channel's next message still waits its turn.
    const pacer = new ChannelPacer();
    let claimed = 0;
    while (claimed < DELIVERIES_PER_INVOCATION && Date.now() - started < DELIVERY_TIME_BUDGET_MS) {
      const report = await deliverDue(db, senders, {
        workerId: `worker:${crypto.randomUUID()}`,
        batchSize: DELIVERIES_PER_INVOCATION - claimed,
        pacer,
        logger,
        onPermanentFailure: createFailureNoticeHook(),
      });
      if (report.claimed === 0) return;
      claimed += report.claimed;
    }
  };
  const settled = () => Promise.all([slack?.settled(), discord?.settled()]);

  return {
    fetch: (request) => Promise.resolve(app.fetch(request)),
    afterResponse: async (request) => {
      // Only webhooks leave work behind; a page view must not cost a delivery pass.
      if (request.method !== "POST") return;
      await settled();
      await guarded(logger, "delivery after a webhook", deliver);
    },
    scheduled: async (at, cron) => {
      if (cron === env.SCHEDULE_CRON)
        await guarded(logger, "scheduler tick", async () => {
          const outcome = await tickUnderLease(db, at, {
            lease: { holder: `worker:${crypto.randomUUID()}` },
            logger,
            publicBaseUrl: env.PUBLIC_BASE_URL,
            countryDigestMonths: env.COUNTRY_DIGEST_MONTHS,
          });
          if (outcome.ran)
            logger.info("scheduler tick", {
              evaluated: outcome.report.evaluated,
              transitions: outcome.report.transitions.length,
              alerts: outcome.report.alerts,
            });
          logger.info("housekeeping", { pruned: await housekeep(db, at) });
        });
      // Acknowledged work whose isolate was evicted before it finished is taken up here.
      await guarded(logger, "left-behind webhook work", async () => {
        await Promise.all([slack?.catchUp(), discord?.catchUp()]);
      });
      await guarded(logger, "outbox delivery", deliver);
    },
  };
}

/** A failed step is logged and the next one still runs: the next trigger retries what failed. */
async function guarded(logger: Logger, step: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.error(`${step} failed`, { error: describeError(error) });
  }
}
