import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { systemActor, writeAudited } from "../../src/db/audit.js";
import { type DatabaseHandle, migrateDatabase, openDatabase } from "../../src/db/client.js";
import { auditLog, organizations } from "../../src/db/schema/index.js";

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Transactions that yield to the event loop between statements, as request handlers do. */
const slowInsert = (handle: DatabaseHandle, name: string) =>
  writeAudited(handle.db, systemActor("cli"), async (writer) => {
    await pause();
    await writer.insert(organizations, { name, kind: "civil_society_org" });
    await pause();
  });

describe("concurrent writes in one process", () => {
  let handle: DatabaseHandle | undefined;
  let directory: string | undefined;
  afterEach(() => {
    handle?.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  for (const kind of ["file", "memory"] as const) {
    it(`lets overlapping transactions and plain writes all succeed (${kind} database)`, async () => {
      directory = mkdtempSync(join(tmpdir(), "ogp-concurrency-"));
      handle = await openDatabase({ url: kind === "file" ? `file:${join(directory, "c.db")}` : ":memory:" });
      await migrateDatabase(handle.db);
      const results = await Promise.allSettled([
        slowInsert(handle, "A"),
        slowInsert(handle, "B"),
        handle.db.insert(organizations).values({ name: "C", kind: "media" }),
        slowInsert(handle, "D"),
      ]);
      expect(results.filter((result) => result.status === "rejected")).toEqual([]);
      expect(await handle.db.$count(organizations)).toBe(4);
      expect(await handle.db.$count(auditLog)).toBe(3);
    });
  }
});
