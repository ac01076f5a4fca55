import type { Env } from "../config/env.js";
import { type DatabaseHandle, migrateDatabase, openDatabase } from "../db/client.js";

/** CLI commands open the configured database and bring its schema up to date first. */
export async function withDatabase<T>(env: Env, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
  try {
    await migrateDatabase(handle.db);
    return await work(handle);
  } finally {
    handle.close();
  }
}
