import { drizzle } from "drizzle-orm/libsql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "../../src/db/client.js";
import { findCircleBySlug } from "../../src/db/repositories/circles.js";
import { findCommitmentByCode } from "../../src/db/repositories/commitments.js";
import { findMemberByRef } from "../../src/db/repositories/member-lookup.js";
import { findPlanByRef } from "../../src/db/repositories/plans.js";
import * as schema from "../../src/db/schema/index.js";
import { seedDemoData } from "../../src/db/setup.js";
import { freshDatabase } from "../support/database.js";

/**
 * What people type in chat (a member's slug or code, a commitment code, a plan, a circle) is looked up
 * case-insensitively on every command: through an index on the lower-cased column, never by reading
 * every row (a scan of 100k members took ~10 ms a command).
 */
describe("case-insensitive lookups", () => {
  let handle: DatabaseHandle;
  let recorded: { sql: string; params: unknown[] }[];
  let db: Database;

  beforeAll(async () => {
    handle = await freshDatabase();
    await seedDemoData(handle);
    db = drizzle(handle.client, {
      schema,
      logger: { logQuery: (sql, params) => recorded.push({ sql, params }) },
    });
  });
  afterAll(() => handle.close());

  async function scansOf(lookup: () => Promise<unknown>): Promise<string[]> {
    recorded = [];
    await lookup();
    const scans: string[] = [];
    for (const query of recorded) {
      const plan = await handle.client.execute({
        sql: `explain query plan ${query.sql}`,
        args: query.params as never,
      });
      for (const row of plan.rows)
        if (/^SCAN (members|commitments|circles|coalitions)\b/.test(String(row.detail)))
          scans.push(`${query.sql} → ${row.detail}`);
    }
    expect(recorded.length).toBeGreaterThan(0);
    return scans;
  }

  it.each([
    ["a member by slug or code", () => findMemberByRef(db, "KOWHAI-COAST")],
    ["a commitment by code", () => findCommitmentByCode(db, "NZKWC0003")],
    ["a plan by its owner", () => findPlanByRef(db, "Kowhai-Coast")],
    ["a circle by slug", () => findCircleBySlug(db, "Open-Data")],
  ])("finds %s through an index", async (_label, lookup) => {
    expect(await scansOf(lookup)).toEqual([]);
  });

  it("still finds what was typed in another case", async () => {
    expect((await findMemberByRef(db, "KOWHAI-COAST"))?.slug).toBe("kowhai-coast");
    expect((await findCommitmentByCode(db, "NZKWC0003"))?.commitment.code).toBe("nzkwc0003");
  });
});
