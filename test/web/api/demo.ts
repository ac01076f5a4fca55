import type { DatabaseHandle } from "../../../src/db/client.js";
import { seedDemoData } from "../../../src/db/setup.js";
import { silentLogger } from "../../../src/logging/logger.js";
import { createApp } from "../../../src/web/app.js";
import { freshDatabase } from "../../support/database.js";

/** The day the open-data tests read the demo on: Kōwhai Coast inactive, Santa Clara on probation. */
export const DEMO_DAY = new Date("2026-11-15T12:00:00Z");

export interface DemoApp {
  handle: DatabaseHandle;
  /** The app answering as on `DEMO_DAY`, or as on the day `clock` says. */
  app: ReturnType<typeof createApp>;
  clock: { now: Date };
}

/** The demo data in a fresh database, served by the whole app (open data mounted as in production). */
export async function demoApp(): Promise<DemoApp> {
  const handle = await freshDatabase();
  await seedDemoData(handle);
  const clock = { now: DEMO_DAY };
  const app = createApp({ db: handle.db, logger: silentLogger, now: () => clock.now });
  return { handle, app, clock };
}
