import { closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { type Client, createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { DEFAULT_DATABASE_URL } from "../config/defaults.js";
import type { Database } from "./database.js";
import * as schema from "./schema/index.js";
import { serializeClient } from "./serialized-client.js";
import { keepPreparedStatements } from "./statement-cache.js";

export { type Database, type Executor, pingDatabase, type Schema } from "./database.js";

/** `drizzle/` at the package's root: two folders up from the sources (`src/db/`), one from the bundle (`dist/`). */
const MIGRATIONS_FOLDER = ["../../drizzle", "../drizzle"]
  .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
  .find((folder) => existsSync(`${folder}/meta/_journal.json`));

export interface DatabaseHandle {
  db: Database;
  client: Client;
  url: string;
  close(): void;
}

/** The database cannot be opened as configured; the message says what to fix. */
export class DatabaseUnavailableError extends Error {}

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
  if (url.startsWith("file:")) prepareLocalFile(url);
  if (local) keepPreparedStatements();
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
  try {
    await client.execute("select 1");
  } catch (error) {
    client.close();
    throw new DatabaseUnavailableError(
      `Cannot open the database at ${describeUrl(url)}: ${error instanceof Error ? error.message : String(error)}. Check DATABASE_URL${local ? "" : " and DATABASE_AUTH_TOKEN, and that the server is reachable"}.`,
    );
  }
  if (url.startsWith("file:") && !url.includes(":memory:")) {
    // WAL lets other processes (the CLI, a second instance) read while this one writes; NORMAL
    // sync stays durable across a process crash and makes commits several times cheaper.
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA synchronous = NORMAL");
  }
  await client.execute("PRAGMA foreign_keys = ON");
  return { db, client, url, close: () => client.close() };
}

/**
 * A local file's folder must exist, except the default's (`./data`, made on first run): a mistyped
 * path would otherwise start an empty database somewhere unexpected. A new file and folder are made
 * readable by this user only (0600, 0700): the database holds people's contacts and tokens.
 */
function prepareLocalFile(url: string): void {
  const path = url.slice("file:".length).split("?")[0] ?? "";
  if (!path || path === ":memory:" || existsSync(path)) return;
  const folder = dirname(path);
  if (!existsSync(folder)) {
    if (url !== DEFAULT_DATABASE_URL)
      throw new DatabaseUnavailableError(
        `DATABASE_URL is ${url}, but the folder ${folder} does not exist. Create it, or correct the path.`,
      );
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  }
  // SQLite gives its -wal and -shm files the database file's permissions.
  closeSync(openSync(path, "a", 0o600));
}

/** Remote URLs can embed credentials: messages and logs get the scheme and host only. */
export function describeUrl(url: string): string {
  if (url.startsWith("file:") || url === ":memory:") return url;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return "[unparseable url]";
  }
}

/** Applies the committed migrations in `drizzle/`; idempotent. */
export async function migrateDatabase(db: Database): Promise<void> {
  if (!MIGRATIONS_FOLDER) throw new Error("The migrations folder (drizzle/) is missing beside the code");
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
