import type { Platform } from "../../src/domain/vocabularies.js";
import {
  describeCrossPlatformTable,
  discordDriver,
  runScenario,
  type ScenarioRun,
  slackDriver,
  type Transport,
  useFakes,
} from "../platforms/cross-platform/scenario.js";
import { APPLICATION_ID, generateDiscordKeys } from "../platforms/discord/discord-requests.js";
import { SIGNING_SECRET } from "../platforms/slack/slack-requests.js";
import { eventually, startWorker, type TestWorker } from "./harness.js";

/**
 * The cross-platform table on a Worker: the bundle `npm run deploy` uploads, in workerd, each
 * platform on its own local D1. The Worker keeps the real clock, so requests are signed now and link
 * codes made now; its work after each answer runs under `waitUntil`, which `settled` waits out.
 */

const fakes = useFakes();

async function onWorker(
  bindings: Record<string, string>,
  run: (worker: TestWorker, transport: Transport) => Promise<ScenarioRun>,
): Promise<ScenarioRun> {
  const worker = await startWorker({ bindings });
  const transport: Transport = {
    target: { request: (path, init) => worker.fetch(path, init) },
    timestamp: () => Math.floor(Date.now() / 1000),
    settled: async (arrived) => {
      await eventually(arrived);
    },
  };
  try {
    return await run(worker, transport);
  } finally {
    await worker.close();
  }
}

describeCrossPlatformTable(
  "the same scenario through Slack and Discord, on a Worker with D1",
  async () => {
    const keys = await generateDiscordKeys();
    const runs = new Map<Platform, ScenarioRun>();
    runs.set(
      "slack",
      await onWorker(
        {
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_BOT_TOKEN: "xoxb-cross",
          SLACK_API_URL: fakes.slack.apiUrl,
        },
        (worker, transport) =>
          runScenario(worker.db, "slack", new Date(), slackDriver(transport, fakes.slack)),
      ),
    );
    runs.set(
      "discord",
      await onWorker(
        {
          DISCORD_PUBLIC_KEY: keys.publicKeyHex,
          DISCORD_APPLICATION_ID: APPLICATION_ID,
          DISCORD_API_URL: fakes.discord.apiUrl,
        },
        (worker, transport) =>
          runScenario(worker.db, "discord", new Date(), discordDriver(transport, fakes.discord, keys)),
      ),
    );
    return runs;
  },
  { clock: "real" },
);
