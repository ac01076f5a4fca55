import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { factPageStatement } from "../../src/db/repositories/member-facts.js";
import { seedDemoData } from "../../src/db/setup.js";
import { freshDatabase } from "../support/database.js";

describe("the facts loader's query plan", () => {
  it("reaches every table through an index, from the page outwards", async () => {
    const handle = await freshDatabase();
    await seedDemoData(handle);
    const query = new SQLiteAsyncDialect().sqlToQuery(factPageStatement({ batchSize: 100 }, ""));
    const plan = await handle.client.execute({
      sql: `explain query plan ${query.sql}`,
      args: query.params as never,
    });
    const details = plan.rows.map((row) => String(row.detail));
    // Scanning is only allowed over the page's own CTEs (aliases m, o, x) and the members index;
    // a SCAN of a table such as progress_updates means SQLite reordered the joins (it cannot size
    // the CTEs) and every page would read the whole table.
    const tableScans = details.filter((detail) =>
      /^SCAN (?!(m|o|x|page|owned|plans)\b|CONSTANT|json_each)/.test(detail),
    );
    expect(tableScans).toEqual([]);
    expect(details.some((detail) => detail.includes("AUTOMATIC"))).toBe(false);
    handle.close();
  });
});
