import type { DatabaseHandle } from "../../../src/db/client.js";
import { chatStores } from "../../../src/db/stores.js";
import type { Platform } from "../../../src/domain/vocabularies.js";
import { createLogger } from "../../../src/logging/logger.js";
import { createDiscordEndpoints } from "../../../src/platforms/discord/index.js";
import { createSlackEndpoints } from "../../../src/platforms/slack/index.js";
import { createApp } from "../../../src/web/app.js";
import { NOW } from "../../commands/fixtures.js";
import { freshDatabase } from "../../support/database.js";
import { generateDiscordKeys } from "../discord/discord-requests.js";
import { SIGNING_SECRET } from "../slack/slack-requests.js";
import {
  describeCrossPlatformTable,
  discordDriver,
  runScenario,
  type ScenarioRun,
  slackDriver,
  type Transport,
  useFakes,
} from "./scenario.js";

/** The cross-platform table on Node: the app in this process, its clock the fixtures' `NOW`. */

const logger = createLogger("silent");
const fakes = useFakes();

async function onFreshDatabase(run: (handle: DatabaseHandle) => Promise<ScenarioRun>): Promise<ScenarioRun> {
  const handle = await freshDatabase();
  try {
    return await run(handle);
  } finally {
    handle.close();
  }
}

const inProcess = (app: Transport["target"], settled: () => Promise<void>): Transport => ({
  target: app,
  timestamp: () => Math.floor(NOW.getTime() / 1000),
  settled,
});

describeCrossPlatformTable("the same scenario through Slack and Discord, on Node", async () => {
  const keys = await generateDiscordKeys();
  const runs = new Map<Platform, ScenarioRun>();
  runs.set(
    "slack",
    await onFreshDatabase((handle) => {
      const slack = createSlackEndpoints(
        { signingSecret: SIGNING_SECRET, botToken: "xoxb-cross", apiUrl: fakes.slack.apiUrl, retries: 0 },
        { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
      );
      const app = createApp({ db: handle.db, logger, slack });
      return runScenario(handle.db, "slack", NOW, slackDriver(inProcess(app, slack.settled), fakes.slack));
    }),
  );
  runs.set(
    "discord",
    await onFreshDatabase((handle) => {
      const discord = createDiscordEndpoints(
        { publicKey: keys.publicKeyHex, apiUrl: fakes.discord.apiUrl, retries: 0 },
        { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
      );
      const app = createApp({ db: handle.db, logger, discord });
      return runScenario(
        handle.db,
        "discord",
        NOW,
        discordDriver(inProcess(app, discord.settled), fakes.discord, keys),
      );
    }),
  );
  return runs;
});
