import type { SQL } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { factPageStatement } from "../../src/db/repositories/member-facts.js";
import { seedDemoData } from "../../src/db/setup.js";
import { freshDatabase } from "../support/database.js";

describe("the facts loader's query plan", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await freshDatabase();
    await seedDemoData(handle);
  });
  afterAll(() => handle.close());

  async function planOf(statement: SQL): Promise<string[]> {
    const query = new SQLiteAsyncDialect().sqlToQuery(statement);
    const plan = await handle.client.execute({
      sql: `explain query plan ${query.sql}`,
      args: query.params as never,
    });
    return plan.rows.map((row) => String(row.detail));
  }

  it("reaches every table through an index, from the page outwards", async () => {
    const details = await planOf(factPageStatement({ batchSize: 100 }, ""));
    // Scanning is only allowed over the page's own CTEs (aliases m, o, x); a SCAN of a table such as
    // progress_updates means SQLite reordered the joins (it cannot size the CTEs) and every page
    // would read the whole table.
    const tableScans = details.filter((detail) =>
      /^SCAN (?!(m|o|x|page|owned|plans)\b|CONSTANT|json_each)/.test(detail),
    );
    expect(tableScans).toEqual([]);
    expect(details.some((detail) => detail.includes("AUTOMATIC"))).toBe(false);
  });

  it("looks named members up by id and slug rather than walking every member", async () => {
    // The scheduler loads the facts of the members whose status changes by name: a walk of the
    // members per call made a first tick over 100k members take minutes.
    const details = await planOf(factPageStatement({ members: ["kowhai-coast", "m-1"], batchSize: 100 }, ""));
    expect(details.filter((detail) => /^SCAN (members|member)\b/.test(detail))).toEqual([]);
    expect(details.some((detail) => /SEARCH members USING .*INDEX members_slug_unique/.test(detail))).toBe(
      true,
    );
  });
});
