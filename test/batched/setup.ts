import { drizzle } from "drizzle-orm/libsql";
import { vi } from "vitest";

/**
 * The whole suite once more with transactions as a Worker on D1 has them (src/db/batched-transactions.ts):
 * a read of a table after writing it, or RETURNING inside a transaction, fails the test that does it.
 */
vi.mock("../../src/db/client.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/db/client.js")>();
  const [{ withBatchedTransactions }, schema] = await Promise.all([
    import("../../src/db/batched-transactions.js"),
    import("../../src/db/schema/index.js"),
  ]);
  return {
    ...original,
    openDatabase: async (options: Parameters<typeof original.openDatabase>[0]) => {
      const handle = await original.openDatabase(options);
      const client = withBatchedTransactions(handle.client);
      return { ...handle, client, db: drizzle(client, { schema }) };
    },
  };
});
