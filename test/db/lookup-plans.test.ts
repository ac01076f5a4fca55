import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "../../src/db/client.js";
import { findCircleBySlug } from "../../src/db/repositories/circles.js";
import { findCommitmentByCode } from "../../src/db/repositories/commitments.js";
import { findMemberByRef } from "../../src/db/repositories/member-lookup.js";
import { findPlanByRef } from "../../src/db/repositories/plans.js";
import { seedDemoData } from "../../src/db/setup.js";
import { freshDatabase } from "../support/database.js";
import { queryPlans } from "../support/query-plans.js";

/**
 * What people type in chat (a member's slug or code, a commitment code, a plan, a circle) is looked up
 * case-insensitively on every command: through an index on the lower-cased column, never by reading
 * every row (a scan of 100k members took ~10 ms a command).
 */
describe("case-insensitive lookups", () => {
  let handle: DatabaseHandle;
  let plans: ReturnType<typeof queryPlans>;

  beforeAll(async () => {
    handle = await freshDatabase();
    await seedDemoData(handle);
    plans = queryPlans(handle);
  });
  afterAll(() => handle.close());

  async function scansOf(lookup: (db: Database) => Promise<unknown>): Promise<string[]> {
    const { statements } = await plans.of(lookup);
    expect(statements.length).toBeGreaterThan(0);
    return statements.flatMap(({ sql, plan }) =>
      plan
        .filter((detail) => /^SCAN (members|commitments|circles|coalitions)\b/.test(detail))
        .map((detail) => `${sql} → ${detail}`),
    );
  }

  it.each([
    ["a member by slug or code", (db: Database) => findMemberByRef(db, "KOWHAI-COAST")],
    ["a commitment by code", (db: Database) => findCommitmentByCode(db, "NZKWC0003")],
    ["a plan by its owner", (db: Database) => findPlanByRef(db, "Kowhai-Coast")],
    ["a circle by slug", (db: Database) => findCircleBySlug(db, "Open-Data")],
  ])("finds %s through an index", async (_label, lookup) => {
    expect(await scansOf(lookup)).toEqual([]);
  });

  it("still finds what was typed in another case", async () => {
    expect((await findMemberByRef(plans.db, "KOWHAI-COAST"))?.slug).toBe("kowhai-coast");
    expect((await findCommitmentByCode(plans.db, "NZKWC0003"))?.commitment.code).toBe("nzkwc0003");
  });
});
