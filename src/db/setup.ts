import type { Env } from "../config/env.js";
import type { Logger } from "../logging/logger.js";
import { type DatabaseHandle, migrateDatabase, openDatabase } from "./client.js";
import { seedDemoDataIfEmpty } from "./demo.js";

export { seedDemoData } from "./demo.js";

/** Opens the configured database, applies migrations and, unless switched off, loads the demo into an empty one. */
export async function prepareDatabase(env: Env, logger: Logger): Promise<DatabaseHandle> {
  const handle = await openDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
  await migrateDatabase(handle.db);
  if (env.DEMO_DATA === "on") await seedDemoDataIfEmpty(handle.db, logger);
  return handle;
}
