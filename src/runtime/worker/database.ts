import { createClient } from "@libsql/client/web";
import { drizzle } from "drizzle-orm/libsql/web";
import type { Env } from "../../config/env.js";
import { d1Client } from "../../db/d1-client.js";
import type { Database } from "../../db/database.js";
import * as schema from "../../db/schema/index.js";
import type { WorkerBindings } from "./bindings.js";

/** The Worker's database cannot be reached as configured; the message says what to fix. */
export class WorkerDatabaseError extends Error {}

/**
 * Turso when DATABASE_URL is a remote libSQL URL (interactive transactions, over HTTP), else the D1
 * binding `DB` (batched transactions). Migrations are applied before deploying, never here: D1's with
 * `wrangler d1 migrations apply`, Turso's by the Node CLI (README, Workers).
 */
export function workerDatabase(env: Env, bindings: WorkerBindings): { db: Database; kind: "d1" | "turso" } {
  if (/^(libsql|https|wss):\/\//.test(env.DATABASE_URL)) {
    const client = createClient({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
    return { db: drizzle(client, { schema }), kind: "turso" };
  }
  if (!bindings.DB)
    throw new WorkerDatabaseError(
      "No database: bind a D1 database as DB in wrangler.toml, or set DATABASE_URL to a libsql:// (Turso) URL.",
    );
  return { db: drizzle(d1Client(bindings.DB), { schema }), kind: "d1" };
}
