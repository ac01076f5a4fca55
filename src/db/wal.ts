import { type Client, createClient } from "@libsql/client";

/** SQLite's own threshold for a connection's automatic checkpoints, in WAL pages. */
export const DEFAULT_AUTO_CHECKPOINT_PAGES = 1_000;

/**
 * How many WAL pages a commit on this connection may leave before the commit itself copies them into
 * the database file (0: never). Set per connection.
 */
export async function setWalAutoCheckpoint(client: Client, pages: number): Promise<void> {
  await client.execute(`PRAGMA wal_autocheckpoint = ${Math.max(0, Math.trunc(pages))}`);
}

/** Rows inserted, updated or deleted through this connection since it opened. */
export async function rowsChangedByConnection(client: Client): Promise<number> {
  const result = await client.execute("select total_changes()");
  return Number(result.rows[0]?.[0] ?? 0);
}

/**
 * A passive checkpoint: copies into the database file what the WAL holds and no reader still needs,
 * without waiting for any lock, so writers on other connections never wait for it.
 */
export async function checkpointWal(client: Client): Promise<void> {
  await client.execute("PRAGMA wal_checkpoint(PASSIVE)");
}

/**
 * A connection of its own for checkpointing a local database file from another thread: the driver
 * alone, without the schema and query builder a thread of the application loads.
 */
export async function openCheckpointConnection(fileUrl: string): Promise<Client> {
  const client = createClient({ url: fileUrl });
  // Checkpoints sync the WAL, then the database file; NORMAL is what the application's connection uses.
  await client.execute("PRAGMA synchronous = NORMAL");
  return client;
}
