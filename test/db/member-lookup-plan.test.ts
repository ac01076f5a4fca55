import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { findMemberByRef } from "../../src/db/repositories/member-lookup.js";
import { freshDatabase } from "../support/database.js";
import { queryPlans } from "../support/query-plans.js";

const MEMBERS = 3_000;

/**
 * Every member page, chat command and API call looks a member up by slug or code, case-insensitively
 * (issue 12, "Member lookup by slug or code must use an index"). The statement `findMemberByRef`
 * really sends is captured and its plan asked of SQLite: an index search on each lower-cased column,
 * never a scan of the table, before and after `ANALYZE` has given the planner the table's statistics.
 */
describe("findMemberByRef's query plan", () => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await freshDatabase();
    await handle.client.execute(`
      insert into members (id, slug, code, name, country, jurisdiction_type, joined_on, created_at)
      with recursive n(i) as (select 1 union all select i + 1 from n where i < ${MEMBERS})
      select 'member-' || i, 'town-' || i, 'tw' || i, 'Town ' || i, 'NZ', 'municipality', '2024-01-01', 0 from n`);
  });
  afterAll(() => handle.close());

  async function lookUp(ref: string): Promise<{ slug: string | null; plan: string[] }> {
    const { result: member, statements } = await queryPlans(handle).of((db) => findMemberByRef(db, ref));
    expect(statements).toHaveLength(1);
    return { slug: member?.slug ?? null, plan: statements[0]!.plan };
  }

  function expectIndexSearch(plan: string[]): void {
    expect(plan).toContainEqual(
      expect.stringMatching(/^SEARCH members USING INDEX members_slug_lower_idx\b/),
    );
    expect(plan).toContainEqual(
      expect.stringMatching(/^SEARCH members USING INDEX members_code_lower_idx\b/),
    );
    expect(plan.filter((detail) => /^SCAN members\b/.test(detail))).toEqual([]);
  }

  it("searches the slug and code indexes, whatever the case typed", async () => {
    const bySlug = await lookUp("TOWN-1234");
    expect(bySlug.slug).toBe("town-1234");
    expectIndexSearch(bySlug.plan);

    const byCode = await lookUp("Tw2999");
    expect(byCode.slug).toBe("town-2999");
    expectIndexSearch(byCode.plan);
  });

  it("still searches the indexes once the planner has the table's statistics", async () => {
    await handle.client.execute("analyze");
    const found = await lookUp("town-17");
    expect(found.slug).toBe("town-17");
    expectIndexSearch(found.plan);
  });
});
