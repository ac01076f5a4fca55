import { type DatabaseHandle, migrateDatabase, openDatabase } from "../../src/db/client.js";

/** A migrated, empty in-memory database for one test. */
export async function freshDatabase(): Promise<DatabaseHandle> {
  const handle = await openDatabase({ url: ":memory:" });
  await migrateDatabase(handle.db);
  return handle;
}
