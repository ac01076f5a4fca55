import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { type Client, createClient } from "@libsql/client";
import { sql } from "drizzle-orm";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { DEFAULT_DATABASE_URL } from "../config/defaults.js";
import * as schema from "./schema/index.js";
import { serializeClient } from "./serialized-client.js";

export type Schema = typeof schema;
export type Database = LibSQLDatabase<Schema>;
/** What a repository writes through: the database or an open transaction. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../drizzle", import.meta.url));

export interface DatabaseHandle {
  db: Database;
  client: Client;
  url: string;
  close(): void;
}

export interface DatabaseOptions {
  url?: string | undefined;
  authToken?: string | undefined;
}

/**
 * Opens the configured libSQL database: a local file (its folder created on first run), `:memory:`,
 * or a remote libSQL/Turso URL with its auth token — the rest of the code does not know which.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  const url = options.url ?? DEFAULT_DATABASE_URL;
  const local = url.startsWith("file:") || url === ":memory:";
  if (url.startsWith("file:")) {
    const path = url.slice("file:".length).split("?")[0] ?? "";
    if (path && path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  }
  const connection = createClient({
    url,
    authToken: options.authToken,
    // A local database gets one connection. With several, a write on one connection while another
    // holds a transaction fails with SQLITE_BUSY, or stalls the event loop in SQLite's synchronous
    // busy wait while the transaction it waits for needs that loop to finish. On one connection,
    // statements queue instead (serializeClient). Other processes still wait up to `timeout`.
    ...(local ? { concurrency: 1, timeout: 5_000 } : {}),
  });
  const client = local ? serializeClient(connection) : connection;
  const db = drizzle(client, { schema });
  if (url.startsWith("file:") && !url.includes(":memory:")) {
    // WAL lets other processes (the CLI, a second instance) read while this one writes; NORMAL
    // sync stays durable across a process crash and makes commits several times cheaper.
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA synchronous = NORMAL");
  }
  await client.execute("PRAGMA foreign_keys = ON");
  return { db, client, url, close: () => client.close() };
}

/** Applies the committed migrations in `drizzle/`; idempotent. */
export async function migrateDatabase(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** True when the database answers a trivial query (used by `/healthz`). */
export async function pingDatabase(db: Database): Promise<boolean> {
  try {
    await db.run(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
