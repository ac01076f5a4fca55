import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { systemActor, writeAudited } from "../../src/db/audit.js";
import {
  BatchedTransactionError,
  READS_PAST_OWN_WRITES,
  withBatchedTransactions,
} from "../../src/db/batched-transactions.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import type { Database } from "../../src/db/database.js";
import { deleteWhereStill, isFenceBreak, updateWhereStill } from "../../src/db/fenced-change.js";
import * as schema from "../../src/db/schema/index.js";
import { auditLog, organizations } from "../../src/db/schema/index.js";
import { freshDatabase } from "../support/database.js";

/**
 * Transactions as D1 runs them (src/db/batched-transactions.ts): reads at once, writes held and
 * committed as one atomic batch. Exercised on libSQL, whose batches are atomic too.
 */
describe("batched transactions", () => {
  let handle: DatabaseHandle;
  let batched: Database;
  beforeEach(async () => {
    handle = await freshDatabase();
    batched = drizzle(withBatchedTransactions(handle.client), { schema });
  });
  afterEach(() => handle.close());

  const organizationNames = async () =>
    (await handle.db.select({ name: organizations.name }).from(organizations)).map((row) => row.name).sort();

  it("stores nothing before commit, then every write with its audit rows", async () => {
    let seenInside: string[] = [];
    await writeAudited(batched, systemActor("cli"), async (writer) => {
      await writer.insert(organizations, { name: "Civic Lab", kind: "civil_society_org" });
      await writer.insert(organizations, { name: "City Hall", kind: "government" });
      seenInside = await organizationNames();
    });
    expect(seenInside).toEqual([]);
    expect(await organizationNames()).toEqual(["City Hall", "Civic Lab"]);
    expect(await handle.db.$count(auditLog)).toBe(2);
  });

  it("returns an inserted row exactly as stored: generated id, defaults and all", async () => {
    const returned = await writeAudited(batched, systemActor("cli"), (writer) =>
      writer.insert(schema.members, {
        slug: "springfield",
        code: "usspr",
        name: "Springfield",
        country: "US",
        jurisdictionType: "municipality",
        joinedOn: "2024-01-15",
      }),
    );
    const [stored] = await handle.db.select().from(schema.members).where(eq(schema.members.id, returned.id));
    expect(returned).toEqual(stored);
    expect(returned).toMatchObject({ language: "en", timeZone: "UTC", status: "active" });
  });

  it("stores nothing at all when one statement of the batch fails at commit", async () => {
    await handle.db.insert(organizations).values({ name: "Taken", kind: "media" });
    const attempt = writeAudited(batched, systemActor("cli"), async (writer) => {
      await writer.insert(organizations, { name: "Fresh", kind: "media" });
      // Violates the kind CHECK only when the batch runs.
      await writer.tx.insert(organizations).values({ name: "Broken", kind: "not-a-kind" as "media" });
    });
    await expect(attempt).rejects.toThrow();
    expect(await organizationNames()).toEqual(["Taken"]);
    expect(await handle.db.$count(auditLog)).toBe(0);
  });

  it("refuses RETURNING and a read of a table it has written, and then stores nothing", async () => {
    const returning = batched.transaction((tx) =>
      tx.insert(organizations).values({ name: "R", kind: "media" }).returning(),
    );
    await expect(returning.catch((error: Error) => Promise.reject(error.cause))).rejects.toBeInstanceOf(
      BatchedTransactionError,
    );
    const readBack = batched.transaction(async (tx) => {
      await tx.insert(organizations).values({ name: "W", kind: "media" });
      await tx.select().from(organizations);
    });
    await expect(readBack.catch((error: Error) => Promise.reject(error.cause))).rejects.toThrow(
      /read "organizations" after writing it/,
    );
    expect(await organizationNames()).toEqual([]);
  });

  it("lets a marked read through: its caller accounts for its own writes", async () => {
    const counted = await batched.transaction(async (tx) => {
      await tx.insert(organizations).values({ name: "W", kind: "media" });
      const rows = await tx.all<{ n: number }>(
        sql`${sql.raw(READS_PAST_OWN_WRITES)} select count(*) as n from ${organizations}`,
      );
      return rows[0]?.n;
    });
    expect(counted).toBe(0);
    expect(await organizationNames()).toEqual(["W"]);
  });

  it("undoes a nested transaction's writes alone when it throws (savepoints)", async () => {
    await batched.transaction(async (tx) => {
      await tx.insert(organizations).values({ name: "Kept", kind: "media" });
      await tx
        .transaction(async (nested) => {
          await nested.insert(organizations).values({ name: "Dropped", kind: "media" });
          throw new Error("nested failure");
        })
        .catch(() => {});
      await tx.insert(organizations).values({ name: "Also kept", kind: "media" });
    });
    expect(await organizationNames()).toEqual(["Also kept", "Kept"]);
  });
});

describe("fenced changes (compare-and-set on both kinds of transaction)", () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await freshDatabase();
  });
  afterEach(() => handle.close());

  it("changes the rows the condition still selects and answers them as changed", async () => {
    const [org] = await handle.db.insert(organizations).values({ name: "A", kind: "media" }).returning();
    const changed = await handle.db.transaction((tx) =>
      updateWhereStill(tx, organizations, eq(organizations.name, "A"), { website: "https://a.example" }),
    );
    expect(changed).toEqual([{ ...org, website: "https://a.example" }]);
    const none = await handle.db.transaction((tx) =>
      deleteWhereStill(tx, organizations, eq(organizations.name, "nobody")),
    );
    expect(none).toEqual([]);
  });

  it("of two batched decisions on the same row, stores only the first; the second fails whole", async () => {
    const [org] = await handle.db.insert(organizations).values({ name: "A", kind: "media" }).returning();
    const batched = drizzle(withBatchedTransactions(handle.client), { schema });
    const stillNamedA = eq(organizations.name, "A");
    // Both read the row before either commits, as two Worker isolates would.
    let secondHasRead!: () => void;
    const secondRead = new Promise<void>((resolve) => {
      secondHasRead = resolve;
    });
    let firstCommitted!: () => void;
    const firstDone = new Promise<void>((resolve) => {
      firstCommitted = resolve;
    });
    const rename = (name: string, afterRead: () => Promise<void> | void) =>
      writeAudited(batched, systemActor("cli"), async (writer) => {
        const changed = await updateWhereStill(writer.tx, organizations, stillNamedA, { name });
        await afterRead();
        writer.record("organizations", org!.id, "update", { name });
        return changed.length;
      });
    const second = rename("B2", () => {
      secondHasRead();
      return firstDone;
    });
    await secondRead;
    const first = await rename("B1", () => {});
    firstCommitted();
    expect(first).toBe(1);
    const failure = await second.then(
      () => null,
      (error: unknown) => error,
    );
    expect(isFenceBreak(failure)).toBe(true);
    expect(await handle.db.select({ name: organizations.name }).from(organizations)).toEqual([
      { name: "B1" },
    ]);
    expect(await handle.db.$count(auditLog)).toBe(1);
  });
});
