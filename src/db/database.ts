import { sql } from "drizzle-orm";
import type { LibSQLDatabase } from "drizzle-orm/libsql";
import type * as schema from "./schema/index.js";

/**
 * The database as every repository sees it, on every runtime: drizzle's libSQL driver over a local
 * file or Turso (Node, client.ts), or over D1 or Turso on a Worker (d1-client.ts).
 */
export type Schema = typeof schema;
export type Database = LibSQLDatabase<Schema>;
/** What a repository writes through: the database or an open transaction. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

/** True when the database answers a trivial query (used by `/healthz`). */
export async function pingDatabase(db: Database): Promise<boolean> {
  try {
    await db.run(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
